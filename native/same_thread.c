/*
 * One thread sends then receives, message after message: how single-thread headline numbers are made. Nothing
 * crosses a core, so the report shows it next to a real two-thread figure rather than instead of one.
 */
#include "bench.h"

/* Sends and receives `count` messages; false if the ring refused one (it never holds more than one message). */
SPSC_INLINE bool send_and_receive(struct spsc_producer *producer, struct spsc_consumer *consumer,
                                  const struct bench_options *options, struct bench_result *result,
                                  const unsigned char *template, uint64_t *sequence, uint64_t count, uint64_t *work,
                                  size_t size, bool batched, bool careful) {
    uint64_t fold = 0;
    for (uint64_t index = 0; index < count; index++) {
        if (options->extra_work != 0) *work = extra_work(*work, options->extra_work);
        unsigned char *slot = spsc_producer_slot(producer, size, batched);
        if (slot == NULL) return false;
        uint64_t sent = outgoing_sequence(options, *sequence, careful);
        write_message(slot, size, sent, template, careful, options->check);
        spsc_producer_commit(producer, batched);
        if (batched) spsc_producer_flush(producer);
        const unsigned char *received_slot = spsc_consumer_slot(consumer, size, batched);
        if (received_slot == NULL) return false;
        bool intact = true;
        uint64_t received = read_message(received_slot, size, careful, options->check, &fold, &intact);
        spsc_consumer_release(consumer, batched);
        if (__builtin_expect(received != *sequence || !intact, 0)) record_sequence_error(result, *sequence, received);
        *sequence = sent + 1;
    }
    keep(fold);
    return true;
}

SPSC_INLINE int alone(const struct bench_options *options, const struct spsc_ring *ring, struct bench_result *result,
                      size_t size, bool batched, bool careful) {
    struct spsc_producer producer;
    struct spsc_consumer consumer;
    unsigned char template[256];
    struct perf_counters perf;
    uint64_t sequence = 0, count = 0, work = 1;

    spsc_producer_init(&producer, ring);
    spsc_consumer_init(&consumer, ring);
    fill_message(template, size, 0);
    perf_open(&perf);
    if (!send_and_receive(&producer, &consumer, options, result, template, &sequence, options->warmup_messages, &work,
                          size, batched, careful)) {
        return -1;
    }
    perf_start(&perf);
    uint64_t start = now_ns();
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (;;) {
        uint64_t chunk = options->messages == 0 ? 4096 : options->messages - count < 4096 ? options->messages - count : 4096;
        if (chunk == 0 || (deadline != 0 && now_ns() >= deadline)) break;
        if ((count & CPU_CHECK_MASK) == 0) observe_cpu(&result->producer);
        if (!send_and_receive(&producer, &consumer, options, result, template, &sequence, chunk, &work, size, batched,
                              careful)) {
            return -1;
        }
        count += chunk;
    }
    result->elapsed_ns = now_ns() - start;
    result->messages = count;
    keep(work);
    perf_finish(&perf, &result->producer.perf);
    return 0;
}

#define INSTANCE(size, batched, careful)                                                                             \
    static int alone_##size##_##batched##_##careful(const struct bench_options *options,                            \
                                                     const struct spsc_ring *ring, struct bench_result *result) {    \
        return alone(options, ring, result, size, batched, careful);                                                  \
    }
FOR_EACH_SHAPE(INSTANCE)
#define ALONE_NAME(size, batched, careful) alone_##size##_##batched##_##careful,
static int (*const METHODS[])(const struct bench_options *, const struct spsc_ring *, struct bench_result *) = {
    FOR_EACH_SHAPE(ALONE_NAME)};

int run_same_thread(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct spsc_ring ring;
    if (!make_ring(&ring, options, memory, 0)) return -1;
    thread_begin(options->producer_cpu, &result->producer);
    int status = METHODS[shape_index(options)](options, &ring, result);
    thread_end(&result->producer);
    return status;
}
