/* Single-thread properties of the ring: FIFO order, full and empty, wrap-around, and the layout each separation gives. */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "spsc.h"

static int failures;

#define EXPECT(condition)                                                            \
    do {                                                                             \
        if (!(condition)) {                                                          \
            fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

static _Alignas(256) unsigned char index_block[1024];

static void test_fifo_full_empty_wrap(size_t separation) {
    enum { CAPACITY = 8 };
    uint64_t slots[CAPACITY];
    struct spsc_ring ring;
    spsc_init(&ring, slots, CAPACITY, sizeof(uint64_t), index_block, separation);
    uint64_t value = 0, next_in = 0, next_out = 0;
    EXPECT(!spsc_try_pop(&ring, &value));
    for (int round = 0; round < 5; round++) {
        while (spsc_try_push(&ring, &next_in)) next_in++;
        EXPECT(next_in - next_out == CAPACITY);
        for (int drained = 0; drained < 5; drained++) {
            EXPECT(spsc_try_pop(&ring, &value));
            EXPECT(value == next_out);
            next_out++;
        }
    }
    while (spsc_try_pop(&ring, &value)) EXPECT(value == next_out++);
    EXPECT(next_out == next_in);
    EXPECT(!spsc_try_pop(&ring, &value));
}

static void test_layout(void) {
    struct spsc_ring ring;
    uint64_t slots[2];
    const size_t separations[] = {0, 64, 128, 256};
    const size_t expected_offsets[] = {16, 64, 128, 256};
    for (int index = 0; index < 4; index++) {
        spsc_init(&ring, slots, 2, sizeof(uint64_t), index_block, separations[index]);
        size_t offset = (size_t)((unsigned char *)ring.consumer - (unsigned char *)ring.producer);
        EXPECT(offset == expected_offsets[index]);
        EXPECT(spsc_index_bytes(separations[index]) >= offset + sizeof(struct spsc_side));
        /* 0 shares the producer's 64-byte line; the others never do. */
        EXPECT((offset / 64 == 0) == (separations[index] == 0));
    }
}

static void test_large_payload(void) {
    enum { CAPACITY = 4, PAYLOAD = 64 };
    unsigned char slots[CAPACITY * PAYLOAD], in[PAYLOAD], out[PAYLOAD];
    struct spsc_ring ring;
    spsc_init(&ring, slots, CAPACITY, PAYLOAD, index_block, 128);
    for (int message = 0; message < 10; message++) {
        for (int byte = 0; byte < PAYLOAD; byte++) in[byte] = (unsigned char)(message * 7 + byte);
        EXPECT(spsc_try_push(&ring, in));
        EXPECT(spsc_try_pop(&ring, out));
        for (int byte = 0; byte < PAYLOAD; byte++) EXPECT(out[byte] == in[byte]);
    }
}

int main(void) {
    const size_t separations[] = {0, 64, 128, 256};
    for (int index = 0; index < 4; index++) test_fifo_full_empty_wrap(separations[index]);
    test_layout();
    test_large_payload();
    printf("test-ring: %s\n", failures == 0 ? "all checks passed" : "FAILED");
    return failures == 0 ? 0 : 1;
}
