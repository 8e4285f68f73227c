/*
 * The reference SPSC ring and its batched variant: what the hardware allows, so a subject's numbers can be read
 * against it.
 *
 * Shared memory, two separately allocated regions, each bound to a node by the caller:
 *   - the slots: capacity × slot_size bytes, starting on a line of their own;
 *   - the index block: the producer's published index, then the consumer's `separation` bytes later. The separation
 *     is a run-time parameter because "0, 64 or 128 bytes?" is what we measure: 0 puts both indices on one line
 *     (false sharing), 64 on adjacent lines (which Intel's spatial prefetcher fetches as a pair), 128 or 256 on lines
 *     no prefetcher couples.
 * Private memory: each thread holds an endpoint (its own index, its cached copy of the peer's, the slot pointer and
 * mask) on a line of its own, so everything but the two published indices and the slots stays in its core's cache.
 *
 * Cached indices: a side re-reads the peer's index (acquire) only when its cached copy says full or empty. The
 * reference publishes its index (release) after every message; the batched ring publishes every `batch` messages
 * and always before it would wait (FastForward / B-Queue style), so each index line crosses the interconnect about
 * once per batch instead of once per message. Publishing before waiting is what keeps it live: a side that finds
 * the ring full or empty has given the peer everything it has.
 *
 * The functions take the slot size and the ring kind as arguments the callers pass as constants; they are
 * always_inline, so each caller's loop is compiled for its own size (an 8-byte message is one store) and kind.
 */
#ifndef SPSC_H
#define SPSC_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SPSC_LINE 64
#define SPSC_INLINE static inline __attribute__((always_inline))

_Static_assert(ATOMIC_LONG_LOCK_FREE == 2, "size_t atomics must be lock-free for a lock-free ring");
_Static_assert(sizeof(_Atomic size_t) == 8, "separation 0 must put both published indices on one 64-byte line");

struct spsc_producer {
    _Alignas(SPSC_LINE) unsigned char *slots;
    size_t mask;              /* capacity - 1; capacity is a power of two so a slot index is one AND */
    _Atomic size_t *index;    /* published: messages written; read by the consumer */
    _Atomic size_t *peer;     /* the consumer's published index */
    size_t head;              /* messages written, published or not */
    size_t limit;             /* the consumer's index last seen + capacity: the ring is full when head reaches it */
    size_t published;         /* batched: the head last published */
    size_t batch;             /* batched: publish after this many unpublished messages */
};

struct spsc_consumer {
    _Alignas(SPSC_LINE) unsigned char *slots;
    size_t mask;
    _Atomic size_t *index;    /* published: messages consumed; read by the producer */
    _Atomic size_t *peer;     /* the producer's published index */
    size_t tail;              /* messages consumed, published or not */
    size_t limit;             /* the producer's index last seen: the ring is empty when tail reaches it */
    size_t published;
    size_t batch;
};

/* Each endpoint is one line of private state: it never shares a line with anything the other thread writes. */
_Static_assert(_Alignof(struct spsc_producer) == SPSC_LINE && sizeof(struct spsc_producer) == SPSC_LINE,
               "the producer's endpoint must be exactly one line");
_Static_assert(_Alignof(struct spsc_consumer) == SPSC_LINE && sizeof(struct spsc_consumer) == SPSC_LINE,
               "the consumer's endpoint must be exactly one line");

/* Where the rings live: shared by both threads, written only by spsc_init. */
struct spsc_ring {
    unsigned char *slots;     /* line-aligned */
    size_t capacity;
    size_t batch;             /* 1 for the reference ring */
    _Atomic size_t *producer_index;
    _Atomic size_t *consumer_index;
};

/* Offset of the consumer's index from the producer's for a separation (0 means "right after it"). */
static inline size_t spsc_consumer_offset(size_t separation) {
    return separation < sizeof(_Atomic size_t) ? sizeof(_Atomic size_t) : separation;
}

/* Bytes of index block a separation needs; the block must be line-aligned. */
static inline size_t spsc_index_bytes(size_t separation) { return spsc_consumer_offset(separation) + sizeof(_Atomic size_t); }

/* Returns false when the slots are not line-aligned (a slot would share a line with a neighbour's data). */
static inline bool spsc_init(struct spsc_ring *ring, void *slots, size_t capacity, size_t batch, void *index_block,
                             size_t separation) {
    if ((uintptr_t)slots % SPSC_LINE != 0 || (uintptr_t)index_block % SPSC_LINE != 0) return false;
    ring->slots = slots;
    ring->capacity = capacity;
    ring->batch = batch;
    ring->producer_index = (_Atomic size_t *)index_block;
    ring->consumer_index = (_Atomic size_t *)((unsigned char *)index_block + spsc_consumer_offset(separation));
    atomic_init(ring->producer_index, 0);
    atomic_init(ring->consumer_index, 0);
    return true;
}

static inline void spsc_producer_init(struct spsc_producer *producer, const struct spsc_ring *ring) {
    *producer = (struct spsc_producer){.slots = ring->slots, .mask = ring->capacity - 1,
                                       .index = ring->producer_index, .peer = ring->consumer_index,
                                       .limit = ring->capacity, .batch = ring->batch};
}

static inline void spsc_consumer_init(struct spsc_consumer *consumer, const struct spsc_ring *ring) {
    *consumer = (struct spsc_consumer){.slots = ring->slots, .mask = ring->capacity - 1, .index = ring->consumer_index,
                                       .peer = ring->producer_index, .batch = ring->batch};
}

/* Batched ring: make every written message visible to the consumer. */
SPSC_INLINE void spsc_producer_flush(struct spsc_producer *producer) {
    if (producer->published != producer->head) {
        producer->published = producer->head;
        atomic_store_explicit(producer->index, producer->head, memory_order_release);
    }
}

/* Batched ring: hand every consumed slot back to the producer. */
SPSC_INLINE void spsc_consumer_flush(struct spsc_consumer *consumer) {
    if (consumer->published != consumer->tail) {
        consumer->published = consumer->tail;
        atomic_store_explicit(consumer->index, consumer->tail, memory_order_release);
    }
}

/* The slot the next message goes into, or NULL when the ring is full (the batched ring has then published). */
SPSC_INLINE unsigned char *spsc_producer_slot(struct spsc_producer *producer, size_t slot_size, bool batched) {
    if (__builtin_expect(producer->head == producer->limit, 0)) {
        if (batched) spsc_producer_flush(producer);
        producer->limit = atomic_load_explicit(producer->peer, memory_order_acquire) + producer->mask + 1;
        if (producer->head == producer->limit) return NULL;
    }
    return producer->slots + (producer->head & producer->mask) * slot_size;
}

/* The message in the slot spsc_producer_slot returned is complete. */
SPSC_INLINE void spsc_producer_commit(struct spsc_producer *producer, bool batched) {
    producer->head++;
    if (!batched) atomic_store_explicit(producer->index, producer->head, memory_order_release);
    else if (producer->head - producer->published >= producer->batch) spsc_producer_flush(producer);
}

/* The next message's slot, or NULL when the ring is empty (the batched ring has then published). */
SPSC_INLINE const unsigned char *spsc_consumer_slot(struct spsc_consumer *consumer, size_t slot_size, bool batched) {
    if (__builtin_expect(consumer->tail == consumer->limit, 0)) {
        if (batched) spsc_consumer_flush(consumer);
        consumer->limit = atomic_load_explicit(consumer->peer, memory_order_acquire);
        if (consumer->tail == consumer->limit) return NULL;
    }
    return consumer->slots + (consumer->tail & consumer->mask) * slot_size;
}

/* The slot spsc_consumer_slot returned has been read and may be reused. */
SPSC_INLINE void spsc_consumer_release(struct spsc_consumer *consumer, bool batched) {
    consumer->tail++;
    if (!batched) atomic_store_explicit(consumer->index, consumer->tail, memory_order_release);
    else if (consumer->tail - consumer->published >= consumer->batch) spsc_consumer_flush(consumer);
}

#endif
