/*
 * Single-thread properties of both rings: FIFO order, full and empty, wrap-around, the layout each separation gives,
 * and for the batched ring when the peer may see an index: every `batch` messages, and always before a side waits.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "spsc.h"

static int failures;

#define EXPECT(condition)                                                            \
    do {                                                                             \
        if (!(condition)) {                                                          \
            fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

static _Alignas(SPSC_LINE) unsigned char index_block[1024];
static _Alignas(SPSC_LINE) uint64_t slots[64];

static bool push(struct spsc_producer *producer, uint64_t value, bool batched) {
    unsigned char *slot = spsc_producer_slot(producer, sizeof value, batched);
    if (slot == NULL) return false;
    memcpy(slot, &value, sizeof value);
    spsc_producer_commit(producer, batched);
    return true;
}

static bool pop(struct spsc_consumer *consumer, uint64_t *value, bool batched) {
    const unsigned char *slot = spsc_consumer_slot(consumer, sizeof *value, batched);
    if (slot == NULL) return false;
    memcpy(value, slot, sizeof *value);
    spsc_consumer_release(consumer, batched);
    return true;
}

static void test_fifo_full_empty_wrap(size_t separation, size_t batch) {
    enum { CAPACITY = 8 };
    bool batched = batch > 1;
    struct spsc_ring ring;
    struct spsc_producer producer;
    struct spsc_consumer consumer;
    EXPECT(spsc_init(&ring, slots, CAPACITY, batch, index_block, separation));
    spsc_producer_init(&producer, &ring);
    spsc_consumer_init(&consumer, &ring);
    uint64_t value = 0, next_in = 0, next_out = 0;
    EXPECT(!pop(&consumer, &value, batched));
    for (int round = 0; round < 5; round++) {
        while (push(&producer, next_in, batched)) next_in++;
        /* Full means full as far as the consumer has published (the reference publishes every message). */
        EXPECT(next_in - atomic_load(ring.consumer_index) == CAPACITY);
        EXPECT(atomic_load(ring.producer_index) == next_in);
        for (int drained = 0; drained < 5; drained++) {
            EXPECT(pop(&consumer, &value, batched));
            EXPECT(value == next_out);
            next_out++;
        }
    }
    while (pop(&consumer, &value, batched)) EXPECT(value == next_out++);
    EXPECT(next_out == next_in);
    EXPECT(!pop(&consumer, &value, batched));
}

static void test_batched_publishing(void) {
    enum { CAPACITY = 16, BATCH = 4 };
    struct spsc_ring ring;
    struct spsc_producer producer;
    struct spsc_consumer consumer;
    uint64_t value;
    EXPECT(spsc_init(&ring, slots, CAPACITY, BATCH, index_block, 128));
    spsc_producer_init(&producer, &ring);
    spsc_consumer_init(&consumer, &ring);
    /* Fewer than a batch: written, not yet visible. */
    for (uint64_t sent = 0; sent < BATCH - 1; sent++) EXPECT(push(&producer, sent, true));
    EXPECT(atomic_load(ring.producer_index) == 0);
    EXPECT(!pop(&consumer, &value, true));
    /* The batch-th message publishes all of them. */
    EXPECT(push(&producer, BATCH - 1, true));
    EXPECT(atomic_load(ring.producer_index) == BATCH);
    /* A flush publishes a partial batch (what the producer does before it waits on anything else). */
    EXPECT(push(&producer, BATCH, true));
    spsc_producer_flush(&producer);
    EXPECT(atomic_load(ring.producer_index) == BATCH + 1);
    /* The consumer hands slots back every batch, and before it would wait on an empty ring. */
    for (uint64_t expected = 0; expected < BATCH - 1; expected++) {
        EXPECT(pop(&consumer, &value, true));
        EXPECT(value == expected);
    }
    EXPECT(atomic_load(ring.consumer_index) == 0);
    EXPECT(pop(&consumer, &value, true));
    EXPECT(atomic_load(ring.consumer_index) == BATCH);
    EXPECT(pop(&consumer, &value, true) && value == BATCH);
    EXPECT(!pop(&consumer, &value, true));
    EXPECT(atomic_load(ring.consumer_index) == BATCH + 1);
    /* A producer that finds the ring full publishes before it reports full, so a waiting consumer can drain it. */
    uint64_t pushed = 0;
    while (push(&producer, 100 + pushed, true)) pushed++;
    EXPECT(pushed == CAPACITY);
    EXPECT(atomic_load(ring.producer_index) == BATCH + 1 + CAPACITY);
}

static void test_layout(void) {
    struct spsc_ring ring;
    const size_t separations[] = {0, 64, 128, 256};
    const size_t expected_offsets[] = {8, 64, 128, 256};
    for (int index = 0; index < 4; index++) {
        EXPECT(spsc_init(&ring, slots, 2, 1, index_block, separations[index]));
        size_t offset = (size_t)((unsigned char *)ring.consumer_index - (unsigned char *)ring.producer_index);
        EXPECT(offset == expected_offsets[index]);
        EXPECT(spsc_index_bytes(separations[index]) == offset + sizeof(_Atomic size_t));
        /* 0 shares the producer's 64-byte line; the others never do. */
        EXPECT((offset / SPSC_LINE == 0) == (separations[index] == 0));
    }
    /* Slots that would share a line with a neighbour are refused. */
    EXPECT(!spsc_init(&ring, (unsigned char *)slots + 8, 2, 1, index_block, 128));
}

static void test_large_payload(void) {
    enum { CAPACITY = 4, PAYLOAD = 64 };
    static _Alignas(SPSC_LINE) unsigned char large_slots[CAPACITY * PAYLOAD];
    unsigned char in[PAYLOAD];
    struct spsc_ring ring;
    struct spsc_producer producer;
    struct spsc_consumer consumer;
    EXPECT(spsc_init(&ring, large_slots, CAPACITY, 1, index_block, 128));
    spsc_producer_init(&producer, &ring);
    spsc_consumer_init(&consumer, &ring);
    for (int message = 0; message < 10; message++) {
        for (int byte = 0; byte < PAYLOAD; byte++) in[byte] = (unsigned char)(message * 7 + byte);
        unsigned char *slot = spsc_producer_slot(&producer, PAYLOAD, false);
        EXPECT(slot != NULL);
        if (slot != NULL) memcpy(slot, in, PAYLOAD);
        spsc_producer_commit(&producer, false);
        const unsigned char *out = spsc_consumer_slot(&consumer, PAYLOAD, false);
        EXPECT(out != NULL && memcmp(out, in, PAYLOAD) == 0);
        spsc_consumer_release(&consumer, false);
    }
}

int main(void) {
    const size_t separations[] = {0, 64, 128, 256};
    for (int index = 0; index < 4; index++) {
        test_fifo_full_empty_wrap(separations[index], 1);
        test_fifo_full_empty_wrap(separations[index], 3);
    }
    test_batched_publishing();
    test_layout();
    test_large_payload();
    printf("test-ring: %s\n", failures == 0 ? "all checks passed" : "FAILED");
    return failures == 0 ? 0 : 1;
}
