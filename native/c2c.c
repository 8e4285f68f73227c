/*
 * Core-to-core latency, the method of nviennot/core-to-core-latency: two pinned threads bounce one cache line with
 * compare-and-swap, the initiator flipping it from PONG to PING and the echo thread back, so each round trip moves the
 * line there and back once. The initiator times batches of round trips; a batch's time over 2 × its round trips is
 * one one-way latency sample. One untimed batch goes first; the minimum and the median over the timed batches are
 * reported. The line is the first line of the index block, so --index-node decides its home node (and move_pages
 * proves it).
 */
#include <pthread.h>
#include <stdlib.h>

#include "bench.h"

enum { PING = 0, PONG = 1 };

struct bounce {
    const struct bench_options *options;
    struct bench_result *result;
    _Atomic uint64_t *line;
    _Alignas(SPSC_LINE) _Atomic int ready;
};

/* A CAS that succeeds only when the peer has flipped the line; no pause, so the line is taken the moment it turns. */
static inline void flip(_Atomic uint64_t *line, uint64_t from, uint64_t to) {
    uint64_t expected = from;
    while (!atomic_compare_exchange_weak_explicit(line, &expected, to, memory_order_relaxed, memory_order_relaxed)) {
        expected = from;
    }
}

static void *echo(void *argument) {
    struct bounce *bounce = argument;
    const struct bench_options *options = bounce->options;
    thread_begin(options->consumer_cpu, &bounce->result->consumer);
    atomic_store_explicit(&bounce->ready, 1, memory_order_release);
    for (uint64_t batch = 0; batch <= options->batches; batch++) {
        for (uint64_t trip = 0; trip < options->round_trips; trip++) flip(bounce->line, PING, PONG);
        observe_cpu(&bounce->result->consumer);
    }
    thread_end(&bounce->result->consumer);
    return NULL;
}

int run_c2c(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct bounce bounce = {.options = options, .result = result, .line = (_Atomic uint64_t *)memory->index_block};
    uint64_t *samples = malloc(options->batches * sizeof *samples);
    pthread_t echoer;
    if (samples == NULL) return -1;

    atomic_store_explicit(bounce.line, PING, memory_order_relaxed);
    atomic_init(&bounce.ready, 0);
    thread_begin(options->producer_cpu, &result->producer);
    if (pthread_create(&echoer, NULL, echo, &bounce) != 0) {
        free(samples);
        return -1;
    }
    while (!atomic_load_explicit(&bounce.ready, memory_order_acquire)) spin_pause();
    uint64_t start = 0;
    for (uint64_t batch = 0; batch <= options->batches; batch++) {
        uint64_t begin = now_ns();
        if (batch == 1) start = begin;
        for (uint64_t trip = 0; trip < options->round_trips; trip++) flip(bounce.line, PONG, PING);
        if (batch > 0) samples[batch - 1] = now_ns() - begin;
        observe_cpu(&result->producer);
    }
    result->elapsed_ns = now_ns() - start;
    pthread_join(echoer, NULL);
    thread_end(&result->producer);

    result->messages = options->batches * options->round_trips;
    sort_samples(samples, options->batches);
    double per_sample = 2.0 * (double)options->round_trips;
    result->one_way_min_ns = (double)samples[0] / per_sample;
    result->one_way_median_ns = nearest_rank(samples, options->batches, 0.5) / per_sample;
    free(samples);
    return 0;
}
