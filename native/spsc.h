/*
 * The reference SPSC ring: what the hardware allows, so a subject's numbers can be read against it.
 *
 * Layout. The ring is a handle of read-only fields (copied into each thread, so reading them costs no coherence
 * traffic) pointing at two separately allocated regions, each bound to a node by the caller:
 *   - the slots: capacity × slot_size bytes;
 *   - the index block: the producer's side, then the consumer's side `separation` bytes later.
 * Each side holds its own index (written by its owner, read by the peer) and its cached copy of the peer's index
 * (private to its owner). The separation is a run-time parameter because the question "0, 64 or 128 bytes?" is what
 * we measure: 0 puts both sides on one line (false sharing), 64 on adjacent lines (which Intel's spatial prefetcher
 * fetches as a pair), 128 or 256 on lines no prefetcher couples.
 *
 * Memory orders: a side publishes its index with a release store after touching the slot, and the peer loads it with
 * acquire before touching the slot; its own index and its cached copy are only ever read by itself, so relaxed.
 */
#ifndef SPSC_H
#define SPSC_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One side of the ring: 16 bytes, so that separation 0 really puts both sides on one 64-byte line. */
struct spsc_side {
    _Atomic size_t index;  /* messages this side has completed; written only by the owner */
    size_t cached_peer;    /* owner's last view of the peer's index; refreshed only when the ring looks full/empty */
};

_Static_assert(sizeof(struct spsc_side) == 16, "a side must stay 16 bytes for the separation-0 layout");
_Static_assert(ATOMIC_LONG_LOCK_FREE == 2, "size_t atomics must be lock-free for a lock-free ring");

struct spsc_ring {
    unsigned char *slots;
    size_t mask;       /* capacity - 1; capacity is a power of two so a slot index is one AND */
    size_t capacity;
    size_t slot_size;  /* bytes per message, at least 8: the first 8 carry the sequence number */
    struct spsc_side *producer;
    struct spsc_side *consumer;
};

/* Bytes of index block needed for a separation; the block must be at least this big and 256-byte aligned. */
static inline size_t spsc_index_bytes(size_t separation) {
    size_t offset = separation < sizeof(struct spsc_side) ? sizeof(struct spsc_side) : separation;
    return offset + sizeof(struct spsc_side);
}

static inline void spsc_init(struct spsc_ring *ring, void *slots, size_t capacity, size_t slot_size, void *index_block,
                             size_t separation) {
    size_t offset = separation < sizeof(struct spsc_side) ? sizeof(struct spsc_side) : separation;
    ring->slots = slots;
    ring->capacity = capacity;
    ring->mask = capacity - 1;
    ring->slot_size = slot_size;
    ring->producer = (struct spsc_side *)index_block;
    ring->consumer = (struct spsc_side *)((unsigned char *)index_block + offset);
    atomic_init(&ring->producer->index, 0);
    atomic_init(&ring->consumer->index, 0);
    ring->producer->cached_peer = 0;
    ring->consumer->cached_peer = 0;
}

static inline bool spsc_try_push(const struct spsc_ring *ring, const void *message) {
    struct spsc_side *self = ring->producer;
    size_t head = atomic_load_explicit(&self->index, memory_order_relaxed);
    if (head - self->cached_peer == ring->capacity) {
        self->cached_peer = atomic_load_explicit(&ring->consumer->index, memory_order_acquire);
        if (head - self->cached_peer == ring->capacity) return false;
    }
    memcpy(ring->slots + (head & ring->mask) * ring->slot_size, message, ring->slot_size);
    atomic_store_explicit(&self->index, head + 1, memory_order_release);
    return true;
}

static inline bool spsc_try_pop(const struct spsc_ring *ring, void *message) {
    struct spsc_side *self = ring->consumer;
    size_t tail = atomic_load_explicit(&self->index, memory_order_relaxed);
    if (tail == self->cached_peer) {
        self->cached_peer = atomic_load_explicit(&ring->producer->index, memory_order_acquire);
        if (tail == self->cached_peer) return false;
    }
    memcpy(message, ring->slots + (tail & ring->mask) * ring->slot_size, ring->slot_size);
    atomic_store_explicit(&self->index, tail + 1, memory_order_release);
    return true;
}

#endif
