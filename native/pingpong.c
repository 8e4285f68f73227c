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
    _Alignas(SPSC_LINE) _Atomic int ready;
    _Alignas(SPSC_LINE) _Atomic uint64_t total;
};

SPSC_INLINE void echo(struct echo_state *state, size_t size, bool batched) {
    const struct bench_options *options = state->options;
    struct spsc_consumer requests;
    struct spsc_producer replies;
    struct perf_counters perf;
    uint64_t echoed = 0;

    spsc_consumer_init(&requests, &state->requests);
    spsc_producer_init(&replies, &state->replies);
    thread_begin(options->consumer_cpu, &state->result->consumer);
    perf_open(&perf);
    atomic_store_explicit(&state->ready, 1, memory_order_release);
    if (options->warmup_messages == 0) perf_start(&perf);
    for (;;) {
        const unsigned char *request = spsc_consumer_slot(&requests, size, batched);
        if (request == NULL) {
            if (echoed == atomic_load_explicit(&state->total, memory_order_acquire)) break;
            spin_pause();
            continue;
        }
        unsigned char *reply;
        while ((reply = spsc_producer_slot(&replies, size, batched)) == NULL) spin_pause();
        memcpy(reply, request, size);
        spsc_producer_commit(&replies, batched);
        if (batched) spsc_producer_flush(&replies); /* the echo waits for the next request now */
        spsc_consumer_release(&requests, batched);
        echoed++;
        if (__builtin_expect((echoed & CPU_CHECK_MASK) == 0 || echoed == options->warmup_messages, 0)) {
            if (echoed == options->warmup_messages) perf_start(&perf);
            observe_cpu(&state->result->consumer);
        }
    }
    perf_finish(&perf, &state->result->consumer.perf);
    thread_end(&state->result->consumer);
}

/* One message there and back; the sequence number is checked on its return. */
SPSC_INLINE void round_trip(struct spsc_producer *requests, struct spsc_consumer *replies, struct echo_state *state,
                            const unsigned char *template, uint64_t *sequence, uint64_t *work, size_t size, bool batched,
                            bool careful) {
    const struct bench_options *options = state->options;
    if (options->extra_work != 0) *work = extra_work(*work, options->extra_work);
    unsigned char *request;
    while ((request = spsc_producer_slot(requests, size, batched)) == NULL) spin_pause();
    uint64_t sent = outgoing_sequence(options, *sequence, careful);
    write_message(request, size, sent, template, careful, options->check);
    spsc_producer_commit(requests, batched);
    if (batched) spsc_producer_flush(requests); /* the initiator waits for the reply now */
    const unsigned char *reply;
    while ((reply = spsc_consumer_slot(replies, size, batched)) == NULL) spin_pause();
    bool intact = true;
    uint64_t fold = 0;
    uint64_t received = read_message(reply, size, careful, options->check, &fold, &intact);
    spsc_consumer_release(replies, batched);
    keep(fold);
    /* The initiator expects back what it sent; with an injected gap that differs from the count of round trips. */
    if (__builtin_expect(received != *sequence || !intact, 0)) record_sequence_error(state->result, *sequence, received);
    *sequence = sent + 1;
}

/* The initiator's side: warm-up, then one sample per round trip; returns the number of samples. */
SPSC_INLINE uint64_t initiate(struct echo_state *state, uint64_t *samples, uint64_t capacity, uint64_t *elapsed_ns,
                              size_t size, bool batched, bool careful) {
    const struct bench_options *options = state->options;
    struct spsc_producer requests;
    struct spsc_consumer replies;
    unsigned char template[256];
    struct perf_counters perf;
    uint64_t sequence = 0, count = 0, work = 1;

    spsc_producer_init(&requests, &state->requests);
    spsc_consumer_init(&replies, &state->replies);
    fill_message(template, size, 0);
    perf_open(&perf);
    for (uint64_t warm = 0; warm < options->warmup_messages; warm++) {
        round_trip(&requests, &replies, state, template, &sequence, &work, size, batched, careful);
    }
    perf_start(&perf);
    uint64_t start = now_ns(), previous = start;
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (; count < capacity; count++) {
        if (deadline != 0 && previous >= deadline) break;
        round_trip(&requests, &replies, state, template, &sequence, &work, size, batched, careful);
        uint64_t now = now_ns();
        samples[count] = now - previous;
        previous = now;
        if ((count & CPU_CHECK_MASK) == 0) observe_cpu(&state->result->producer);
    }
    atomic_store_explicit(&state->total, options->warmup_messages + count, memory_order_release);
    perf_finish(&perf, &state->result->producer.perf);
    keep(work);
    *elapsed_ns = previous - start;
    return count;
}

#define INSTANCE(size, batched, careful)                                                                             \
    static void *echo_##size##_##batched##_##careful(void *state) {                                                 \
        echo(state, size, batched);                                                                                   \
        return NULL;                                                                                                  \
    }                                                                                                                 \
    static uint64_t initiate_##size##_##batched##_##careful(struct echo_state *state, uint64_t *samples,            \
                                                            uint64_t capacity, uint64_t *elapsed_ns) {               \
        return initiate(state, samples, capacity, elapsed_ns, size, batched, careful);                                \
    }
FOR_EACH_SHAPE(INSTANCE)
#define ECHO_NAME(size, batched, careful) echo_##size##_##batched##_##careful,
#define INITIATOR_NAME(size, batched, careful) initiate_##size##_##batched##_##careful,
static void *(*const ECHOES[])(void *) = {FOR_EACH_SHAPE(ECHO_NAME)};
static uint64_t (*const INITIATORS[])(struct echo_state *, uint64_t *, uint64_t, uint64_t *) = {
    FOR_EACH_SHAPE(INITIATOR_NAME)};

int run_pingpong(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct echo_state state = {.options = options, .result = result};
    pthread_t echoer;
    int shape = shape_index(options);
    uint64_t capacity = options->messages != 0 ? options->messages : MAX_RTT_SAMPLES;
    uint64_t *samples = malloc(capacity * sizeof *samples);
    if (samples == NULL) return -1;

    if (!make_ring(&state.requests, options, memory, 0) || !make_ring(&state.replies, options, memory, 1)) {
        free(samples);
        return -1;
    }
    atomic_init(&state.ready, 0);
    atomic_init(&state.total, options->messages != 0 ? options->warmup_messages + options->messages : UINT64_MAX);
    thread_begin(options->producer_cpu, &result->producer);
    if (pthread_create(&echoer, NULL, ECHOES[shape], &state) != 0) {
        free(samples);
        return -1;
    }
    while (!atomic_load_explicit(&state.ready, memory_order_acquire)) spin_pause();
    uint64_t count = INITIATORS[shape](&state, samples, capacity, &result->elapsed_ns);
    pthread_join(echoer, NULL);
    thread_end(&result->producer);

    result->messages = count;
    result->has_rtt = count > 0;
    if (count > 0) {
        sort_samples(samples, count);
        result->rtt_ns = (struct latency_percentiles){
            .p50 = nearest_rank(samples, count, 0.50),
            .p90 = nearest_rank(samples, count, 0.90),
            .p99 = nearest_rank(samples, count, 0.99),
            .p999 = nearest_rank(samples, count, 0.999),
            .max = (double)samples[count - 1],
        };
    }
    free(samples);
    return 0;
}
