/*
 * Ping-pong: one message in flight through two rings (producer CPU → consumer CPU → back). Each sample is the time
 * between two consecutive replies, so every round trip costs one clock read, not two, and no sample is a batch mean.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

struct echo_state {
    const struct bench_options *options;
    struct spsc_ring requests, replies;
    struct bench_result *result;
    _Atomic int ready;
    _Atomic uint64_t total;
};

static void *echo(void *argument) {
    struct echo_state *state = argument;
    const struct bench_options *options = state->options;
    unsigned char message[256];
    struct perf_counters perf;
    uint64_t echoed = 0;

    thread_begin(options->consumer_cpu, &state->result->consumer);
    perf_open(&perf);
    atomic_store_explicit(&state->ready, 1, memory_order_release);
    if (options->warmup_messages == 0) perf_start(&perf);
    for (;;) {
        if (spsc_try_pop(&state->requests, message)) {
            while (!spsc_try_push(&state->replies, message)) spin_pause();
            echoed++;
            if (echoed == options->warmup_messages) perf_start(&perf);
            if ((echoed & CPU_CHECK_MASK) == 0) observe_cpu(&state->result->consumer);
        } else if (echoed == atomic_load_explicit(&state->total, memory_order_acquire)) {
            break;
        } else {
            spin_pause();
        }
    }
    perf_finish(&perf, &state->result->consumer.perf);
    thread_end(&state->result->consumer);
    return NULL;
}

static void round_trip(struct echo_state *state, unsigned char *message, uint64_t sequence) {
    const struct bench_options *options = state->options;
    write_outgoing(options, message, sequence);
    while (!spsc_try_push(&state->requests, message)) spin_pause();
    while (!spsc_try_pop(&state->replies, message)) spin_pause();
    if (!message_ok(message, options->payload, sequence, options->check)) record_sequence_error(state->result, sequence, message);
}

static int compare_u64(const void *left, const void *right) {
    uint64_t a = *(const uint64_t *)left, b = *(const uint64_t *)right;
    return (a > b) - (a < b);
}

/* Nearest-rank percentile of sorted samples. */
static double percentile(const uint64_t *sorted, uint64_t count, double fraction) {
    uint64_t rank = (uint64_t)(fraction * (double)count + 0.999999);
    if (rank < 1) rank = 1;
    if (rank > count) rank = count;
    return (double)sorted[rank - 1];
}

int run_pingpong(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct echo_state state = {.options = options, .result = result};
    unsigned char message[256];
    struct perf_counters perf;
    pthread_t echoer;
    uint64_t capacity = options->messages != 0 ? options->messages : MAX_RTT_SAMPLES;
    uint64_t *samples = malloc(capacity * sizeof *samples);
    uint64_t sequence = 0, count = 0;
    if (samples == NULL) return -1;

    make_ring(&state.requests, options, memory, 0);
    make_ring(&state.replies, options, memory, 1);
    atomic_init(&state.ready, 0);
    atomic_init(&state.total, options->messages != 0 ? options->warmup_messages + options->messages : UINT64_MAX);
    fill_message(message, options->payload, 0);
    thread_begin(options->producer_cpu, &result->producer);
    perf_open(&perf);
    if (pthread_create(&echoer, NULL, echo, &state) != 0) {
        free(samples);
        return -1;
    }
    while (!atomic_load_explicit(&state.ready, memory_order_acquire)) spin_pause();
    for (; sequence < options->warmup_messages; sequence++) round_trip(&state, message, sequence);

    perf_start(&perf);
    uint64_t start = now_ns(), previous = start;
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (; count < capacity; count++, sequence++) {
        if (deadline != 0 && previous >= deadline) break;
        round_trip(&state, message, sequence);
        uint64_t now = now_ns();
        samples[count] = now - previous;
        previous = now;
        if ((count & CPU_CHECK_MASK) == 0) observe_cpu(&result->producer);
    }
    atomic_store_explicit(&state.total, options->warmup_messages + count, memory_order_release);
    perf_finish(&perf, &result->producer.perf);
    pthread_join(echoer, NULL);
    thread_end(&result->producer);

    result->messages = count;
    result->elapsed_ns = previous - start;
    result->has_rtt = count > 0;
    if (count > 0) {
        qsort(samples, count, sizeof *samples, compare_u64);
        result->rtt_ns = (struct latency_percentiles){
            .p50 = percentile(samples, count, 0.50),
            .p90 = percentile(samples, count, 0.90),
            .p99 = percentile(samples, count, 0.99),
            .p999 = percentile(samples, count, 0.999),
            .max = (double)samples[count - 1],
        };
    }
    free(samples);
    return 0;
}
