/*
 * One thread sends then receives, message after message: how single-thread headline numbers are made. Nothing
 * crosses a core, so the report shows it next to a real two-thread figure rather than instead of one.
 */
#include <string.h>

#include "bench.h"

static bool send_and_receive(const struct spsc_ring *ring, const struct bench_options *options, unsigned char *message,
                             uint64_t sequence, struct bench_result *result) {
    write_outgoing(options, message, sequence);
    if (!spsc_try_push(ring, message) || !spsc_try_pop(ring, message)) return false;
    if (!message_ok(message, options->payload, sequence, options->check)) record_sequence_error(result, sequence, message);
    return true;
}

int run_same_thread(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    struct spsc_ring ring;
    unsigned char message[256];
    struct perf_counters perf;
    uint64_t sequence = 0, count = 0;

    make_ring(&ring, options, memory, 0);
    fill_message(message, options->payload, 0);
    thread_begin(options->producer_cpu, &result->producer);
    perf_open(&perf);
    for (; sequence < options->warmup_messages; sequence++) {
        if (!send_and_receive(&ring, options, message, sequence, result)) return -1;
    }
    perf_start(&perf);
    uint64_t start = now_ns();
    uint64_t deadline = options->duration_ms != 0 ? start + options->duration_ms * UINT64_C(1000000) : 0;
    for (; options->messages == 0 || count < options->messages; count++, sequence++) {
        if (deadline != 0 && (count & 4095) == 0 && now_ns() >= deadline) break;
        if (!send_and_receive(&ring, options, message, sequence, result)) return -1;
        if ((count & CPU_CHECK_MASK) == 0) observe_cpu(&result->producer);
    }
    result->elapsed_ns = now_ns() - start;
    result->messages = count;
    perf_finish(&perf, &result->producer.perf);
    thread_end(&result->producer);
    return 0;
}
