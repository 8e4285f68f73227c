#include "report.h"

#include <stdarg.h>
#include <string.h>

#include "options.h"

void report_invalid(struct run_report *report, const char *format, ...) {
    if (report->reason_count == MAX_INVALID_REASONS) return;
    char *text = report->reason_text[report->reason_count];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(text, PLACEMENT_ERROR_BYTES, format, arguments);
    va_end(arguments);
    report->reasons[report->reason_count++] = text;
}

static void write_string(FILE *stream, const char *text) {
    fputc('"', stream);
    for (const unsigned char *cursor = (const unsigned char *)text; *cursor != '\0'; cursor++) {
        if (*cursor == '"' || *cursor == '\\') fprintf(stream, "\\%c", *cursor);
        else if (*cursor < 0x20) fprintf(stream, "\\u%04x", *cursor);
        else fputc(*cursor, stream);
    }
    fputc('"', stream);
}

static void write_int_or_null(FILE *stream, long value) {
    if (value < 0) fputs("null", stream);
    else fprintf(stream, "%ld", value);
}

static void write_ints(FILE *stream, const int *values, int count) {
    fputc('[', stream);
    for (int index = 0; index < count; index++) fprintf(stream, "%s%d", index ? "," : "", values[index]);
    fputc(']', stream);
}

static void write_pages(FILE *stream, const struct page_nodes *before, const struct page_nodes *after) {
    fprintf(stream, "{\"pages\":%zu,\"nodesBefore\":", before->pages);
    write_ints(stream, before->nodes, before->node_count);
    fputs(",\"nodesAfter\":", stream);
    write_ints(stream, after->nodes, after->node_count);
    fputc('}', stream);
}

static bool counted_value(const struct perf_reading *reading, const char *name, uint64_t *value) {
    for (int index = 0; index < reading->event_count; index++) {
        if (reading->counted[index] && strcmp(reading->names[index], name) == 0) {
            *value = reading->values[index];
            return true;
        }
    }
    return false;
}

/* One generic event summed over both threads, or null when either thread did not count it. */
static void write_total(FILE *stream, const char *key, const char *event, const struct perf_reading *producer,
                        const struct perf_reading *consumer) {
    uint64_t produced = 0, consumed = 0;
    bool counted =
        counted_value(producer, event, &produced) && (consumer == NULL || counted_value(consumer, event, &consumed));
    if (counted) fprintf(stream, "\"%s\":%llu,", key, (unsigned long long)(produced + consumed));
    else fprintf(stream, "\"%s\":null,", key);
}

/* The generic events summed over both threads (kept for older readers), then each thread's own counts by event name. */
static void write_perf(FILE *stream, const struct bench_result *result, bool two_threads) {
    const struct perf_reading *producer = &result->producer.perf;
    const struct perf_reading *consumer = two_threads ? &result->consumer.perf : NULL;
    char side[PERF_SIDE_JSON_BYTES];
    fputc('{', stream);
    write_total(stream, "cycles", "cycles", producer, consumer);
    write_total(stream, "instructions", "instructions", producer, consumer);
    write_total(stream, "llcMisses", "cache-misses", producer, consumer);
    fputs("\"unavailableReason\":", stream);
    if (!producer->available) write_string(stream, producer->unavailable_reason);
    else if (consumer != NULL && !consumer->available) write_string(stream, consumer->unavailable_reason);
    else fputs("null", stream);
    perf_side_json(producer, side, sizeof side);
    fprintf(stream, ",\"producer\":%s", side);
    if (consumer != NULL) perf_side_json(consumer, side, sizeof side);
    fprintf(stream, ",\"consumer\":%s}", consumer != NULL ? side : "null");
}

static void write_validity(FILE *stream, const struct run_report *report) {
    fprintf(stream, "\"valid\":%s,\"invalidReasons\":[", report->reason_count == 0 ? "true" : "false");
    for (int index = 0; index < report->reason_count; index++) {
        if (index > 0) fputc(',', stream);
        write_string(stream, report->reasons[index]);
    }
    fputs("]}\n", stream);
}

void report_write(FILE *stream, const struct run_report *report) {
    const struct bench_options *options = report->options;
    const struct bench_result *result = report->result;
    bool two_threads = options->mode != MODE_SAME_THREAD;
    const struct thread_observation *consumer = two_threads ? &result->consumer : &result->producer;

    fprintf(stream, "{\"schema\":\"" RUN_SCHEMA "\",\"implementation\":\"%s\",\"params\":{\"mode\":\"%s\",",
            ring_name(options->ring), mode_name(options->mode));
    fputs("\"producerCpu\":", stream);
    write_int_or_null(stream, options->producer_cpu);
    fputs(",\"consumerCpu\":", stream);
    write_int_or_null(stream, two_threads ? options->consumer_cpu : options->producer_cpu);
    fputs(",\"slotsNode\":", stream);
    write_int_or_null(stream, options->slots_node);
    fputs(",\"indexNode\":", stream);
    write_int_or_null(stream, options->index_node);
    fprintf(stream, ",\"padding\":%zu,\"capacity\":%zu,\"payload\":%zu,\"messages\":%llu,\"warmupMessages\":%llu,",
            options->padding, options->capacity, options->payload,
            (unsigned long long)(options->messages != 0 ? options->messages : result->messages),
            (unsigned long long)options->warmup_messages);
    fprintf(stream, "\"ring\":\"%s\",\"batch\":", ring_name(options->ring));
    write_int_or_null(stream, options->ring == RING_BATCHED ? (long)options->batch : -1);
    fprintf(stream, ",\"extraWork\":%llu},", (unsigned long long)options->extra_work);

    fputs("\"observed\":{\"producerCpus\":", stream);
    write_ints(stream, result->producer.cpus, result->producer.cpu_count);
    fputs(",\"consumerCpus\":", stream);
    write_ints(stream, consumer->cpus, consumer->cpu_count);
    fputs(",\"slots\":", stream);
    write_pages(stream, &report->slots_before, &report->slots_after);
    fputs(",\"indices\":", stream);
    write_pages(stream, &report->index_before, &report->index_after);
    /* -1 when getrusage failed: null, as the schema has it, never a negative count. */
    fputs(",\"producerInvoluntarySwitches\":", stream);
    write_int_or_null(stream, result->producer.involuntary_switches);
    fputs(",\"consumerInvoluntarySwitches\":", stream);
    write_int_or_null(stream, consumer->involuntary_switches);
    fputs("},", stream);

    fprintf(stream, "\"results\":{\"messages\":%llu,\"elapsedNs\":%llu,\"messagesPerSecond\":",
            (unsigned long long)result->messages, (unsigned long long)result->elapsed_ns);
    if (options->mode == MODE_PINGPONG || result->elapsed_ns == 0) fputs("null", stream);
    else fprintf(stream, "%.1f", (double)result->messages * 1e9 / (double)result->elapsed_ns);
    fputs(",\"rttNs\":", stream);
    if (result->has_rtt) {
        fprintf(stream, "{\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"p999\":%.1f,\"max\":%.1f}", result->rtt_ns.p50,
                result->rtt_ns.p90, result->rtt_ns.p99, result->rtt_ns.p999, result->rtt_ns.max);
    } else {
        fputs("null", stream);
    }
    fputs("},\"perf\":", stream);
    write_perf(stream, result, two_threads);
    fputc(',', stream);
    write_validity(stream, report);
}

void report_write_c2c(FILE *stream, const struct run_report *report) {
    const struct bench_options *options = report->options;
    const struct bench_result *result = report->result;
    fprintf(stream, "{\"schema\":\"" C2C_SCHEMA "\",\"params\":{\"mode\":\"c2c\",\"producerCpu\":%d,\"consumerCpu\":%d,",
            options->producer_cpu, options->consumer_cpu);
    fputs("\"indexNode\":", stream);
    write_int_or_null(stream, options->index_node);
    fprintf(stream, ",\"roundTrips\":%llu,\"batches\":%llu},\"observed\":{\"producerCpus\":",
            (unsigned long long)options->round_trips, (unsigned long long)options->batches);
    write_ints(stream, result->producer.cpus, result->producer.cpu_count);
    fputs(",\"consumerCpus\":", stream);
    write_ints(stream, result->consumer.cpus, result->consumer.cpu_count);
    fputs(",\"line\":", stream);
    write_pages(stream, &report->index_before, &report->index_after);
    fputs(",\"producerInvoluntarySwitches\":", stream);
    write_int_or_null(stream, result->producer.involuntary_switches);
    fputs(",\"consumerInvoluntarySwitches\":", stream);
    write_int_or_null(stream, result->consumer.involuntary_switches);
    fprintf(stream, "},\"results\":{\"roundTrips\":%llu,\"elapsedNs\":%llu,\"oneWayNsMin\":%.2f,\"oneWayNsMedian\":%.2f},",
            (unsigned long long)result->messages, (unsigned long long)result->elapsed_ns, result->one_way_min_ns,
            result->one_way_median_ns);
    write_validity(stream, report);
}
