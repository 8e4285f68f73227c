/* Streaming: the producer never waits for the consumer except when the ring is full; messages per second. */
#include <pthread.h>
#include <string.h>

#include "bench.h"

struct consumer_state {
    const struct bench_options *options;
    struct spsc_ring ring;
    struct bench_result *result;
    _Atomic int ready;
    /* Messages the producer will send in all (warm-up included); unknown (UINT64_MAX) until a timed run ends. */
    _Atomic uint64_t total;
    uint64_t end_ns;
};

static void *consume(void *argument) {
    struct consumer_state *state = argument;
    const struct bench_options *options = state->options;
    struct bench_result *result = state->result;
    unsigned char message[256];
    struct perf_counters perf;
    uint64_t received = 0, expected = 0;

    thread_begin(options->consumer_cpu, &result->consumer);
    perf_open(&perf);
    atomic_store_explicit(&state->ready, 1, memory_order_release);
    if (options->warmup_messages == 0) perf_start(&perf);
    for (;;) {
        if (spsc_try_pop(&state->ring, message)) {
            if (!message_ok(message, options->payload, expected, options->check)) {
                record_sequence_error(result, expected, message);
                memcpy(&expected, message, sizeof expected);
            }
            expected++;
            received++;
            if (received == options->warmup_messages) perf_start(&perf);
            if ((received & CPU_CHECK_MASK) == 0) observe_cpu(&result->consumer);
        } else if (received == atomic_load_explicit(&state->total, memory_order_acquire)) {
            break;
        } else {
            spin_pause();
        }
    }
    state->end_ns = now_ns();
    perf_finish(&perf, &result->consumer.perf);
    thread_end(&result->consumer);
    return NULL;
}

static void push(const struct spsc_ring *ring, const struct bench_options *options, unsigned char *message,
                 uint64_t *sequence) {
    *sequence = write_outgoing(options, message, *sequence) + 1;
    while (!spsc_try_push(ring, message)) spin_pause();
}

int run_throughput(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct consumer_state state = {.options = options, .result = result};
    unsigned char message[256];
    struct perf_counters perf;
    pthread_t consumer;
    uint64_t sequence = 0, sent = 0;

    make_ring(&state.ring, options, memory, 0);
    atomic_init(&state.ready, 0);
    atomic_init(&state.total, options->messages != 0 ? options->warmup_messages + options->messages : UINT64_MAX);
    fill_message(message, options->payload, 0);
    thread_begin(options->producer_cpu, &result->producer);
    perf_open(&perf);
    if (pthread_create(&consumer, NULL, consume, &state) != 0) return -1;
    while (!atomic_load_explicit(&state.ready, memory_order_acquire)) spin_pause();

    for (uint64_t index = 0; index < options->warmup_messages; index++) push(&state.ring, options, message, &sequence);
    /* Time only the steady state: wait until the consumer has drained the warm-up. */
    while (atomic_load_explicit(&state.ring.consumer->index, memory_order_acquire) != options->warmup_messages) spin_pause();

    perf_start(&perf);
    uint64_t start = now_ns();
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (; options->messages == 0 || sent < options->messages; sent++) {
        if (deadline != 0 && (sent & 4095) == 0 && now_ns() >= deadline) break;
        push(&state.ring, options, message, &sequence);
        if ((sent & CPU_CHECK_MASK) == 0) observe_cpu(&result->producer);
    }
    atomic_store_explicit(&state.total, options->warmup_messages + sent, memory_order_release);
    perf_finish(&perf, &result->producer.perf);
    pthread_join(consumer, NULL);
    thread_end(&result->producer);
    result->messages = sent;
    result->elapsed_ns = state.end_ns - start;
    return 0;
}
