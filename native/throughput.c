/* Streaming: the producer never waits for the consumer except when the ring is full; messages per second. */
#include <pthread.h>

#include "bench.h"

/* The producer checks the deadline and its CPU between chunks, so the loop inside a chunk does nothing else. */
#define CHUNK UINT64_C(4096)
_Static_assert((CPU_CHECK_MASK + 1) % CHUNK == 0, "chunks must end on every CPU check");

struct throughput {
    const struct bench_options *options;
    struct spsc_ring ring;
    struct bench_result *result;
    /* Written once each, polled by the other thread: on lines of their own, away from the read-only fields above. */
    _Alignas(SPSC_LINE) _Atomic int ready;
    /* Messages the producer will send in all (warm-up included); unknown (UINT64_MAX) until a timed run ends. */
    _Alignas(SPSC_LINE) _Atomic uint64_t total;
    uint64_t start_ns, end_ns;
};

SPSC_INLINE void consume(struct throughput *run, size_t size, bool batched, bool careful) {
    const struct bench_options *options = run->options;
    struct bench_result *result = run->result;
    struct spsc_consumer consumer;
    struct perf_counters perf;
    uint64_t received = 0, expected = 0, fold = 0;

    spsc_consumer_init(&consumer, &run->ring);
    thread_begin(options->consumer_cpu, &result->consumer);
    perf_open(&perf);
    atomic_store_explicit(&run->ready, 1, memory_order_release);
    if (options->warmup_messages == 0) perf_start(&perf);
    for (;;) {
        const unsigned char *slot = spsc_consumer_slot(&consumer, size, batched);
        if (slot == NULL) {
            if (received == atomic_load_explicit(&run->total, memory_order_acquire)) break;
            spin_pause();
            continue;
        }
        bool intact = true;
        uint64_t sequence = read_message(slot, size, careful, options->check, &fold, &intact);
        spsc_consumer_release(&consumer, batched);
        if (__builtin_expect(sequence != expected || !intact, 0)) {
            record_sequence_error(result, expected, sequence);
            expected = sequence;
        }
        expected++;
        received++;
        if (__builtin_expect((received & CPU_CHECK_MASK) == 0 || received == options->warmup_messages, 0)) {
            if (received == options->warmup_messages) perf_start(&perf);
            observe_cpu(&result->consumer);
        }
    }
    run->end_ns = now_ns();
    keep(fold);
    perf_finish(&perf, &result->consumer.perf);
    thread_end(&result->consumer);
}

/* Writes `count` messages, waiting only when the ring is full; returns the next sequence number. */
SPSC_INLINE uint64_t produce(struct spsc_producer *producer, const struct bench_options *options,
                             const unsigned char *template, uint64_t sequence, uint64_t count, uint64_t *work,
                             size_t size, bool batched, bool careful) {
    for (uint64_t index = 0; index < count; index++) {
        if (options->extra_work != 0) *work = extra_work(*work, options->extra_work);
        unsigned char *slot;
        while ((slot = spsc_producer_slot(producer, size, batched)) == NULL) spin_pause();
        sequence = outgoing_sequence(options, sequence, careful);
        write_message(slot, size, sequence, template, careful, options->check);
        spsc_producer_commit(producer, batched);
        sequence++;
    }
    return sequence;
}

/* Returns the number of timed messages sent. */
SPSC_INLINE uint64_t stream(struct throughput *run, size_t size, bool batched, bool careful) {
    const struct bench_options *options = run->options;
    struct spsc_producer producer;
    unsigned char template[256];
    uint64_t sequence = 0, sent = 0, work = 1;
    struct perf_counters perf;

    spsc_producer_init(&producer, &run->ring);
    fill_message(template, size, 0);
    perf_open(&perf);
    sequence = produce(&producer, options, template, sequence, options->warmup_messages, &work, size, batched, careful);
    if (batched) spsc_producer_flush(&producer);
    /* Time only the steady state: wait until the consumer has drained the warm-up. */
    while (atomic_load_explicit(run->ring.consumer_index, memory_order_acquire) != options->warmup_messages) spin_pause();

    perf_start(&perf);
    uint64_t start = now_ns();
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (;;) {
        uint64_t chunk = options->messages == 0 ? CHUNK : options->messages - sent < CHUNK ? options->messages - sent : CHUNK;
        if (chunk == 0 || (deadline != 0 && now_ns() >= deadline)) break;
        if ((sent & CPU_CHECK_MASK) == 0) observe_cpu(&run->result->producer);
        sequence = produce(&producer, options, template, sequence, chunk, &work, size, batched, careful);
        sent += chunk;
    }
    if (batched) spsc_producer_flush(&producer);
    atomic_store_explicit(&run->total, options->warmup_messages + sent, memory_order_release);
    perf_finish(&perf, &run->result->producer.perf);
    keep(work);
    run->start_ns = start;
    return sent;
}

#define INSTANCE(size, batched, careful)                                                                             \
    static void *consume_##size##_##batched##_##careful(void *run) {                                                \
        consume(run, size, batched, careful);                                                                         \
        return NULL;                                                                                                  \
    }                                                                                                                 \
    static uint64_t stream_##size##_##batched##_##careful(struct throughput *run) {                                 \
        return stream(run, size, batched, careful);                                                                   \
    }
FOR_EACH_SHAPE(INSTANCE)
#define CONSUMER_NAME(size, batched, careful) consume_##size##_##batched##_##careful,
#define PRODUCER_NAME(size, batched, careful) stream_##size##_##batched##_##careful,
static void *(*const CONSUMERS[])(void *) = {FOR_EACH_SHAPE(CONSUMER_NAME)};
static uint64_t (*const PRODUCERS[])(struct throughput *) = {FOR_EACH_SHAPE(PRODUCER_NAME)};

int run_throughput(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct throughput run = {.options = options, .result = result};
    pthread_t consumer;
    int shape = shape_index(options);

    if (!make_ring(&run.ring, options, memory, 0)) return -1;
    atomic_init(&run.ready, 0);
    atomic_init(&run.total, options->messages != 0 ? options->warmup_messages + options->messages : UINT64_MAX);
    thread_begin(options->producer_cpu, &result->producer);
    if (pthread_create(&consumer, NULL, CONSUMERS[shape], &run) != 0) return -1;
    while (!atomic_load_explicit(&run.ready, memory_order_acquire)) spin_pause();
    uint64_t sent = PRODUCERS[shape](&run);
    pthread_join(consumer, NULL);
    thread_end(&result->producer);
    result->messages = sent;
    result->elapsed_ns = run.end_ns - run.start_ns;
    return 0;
}
