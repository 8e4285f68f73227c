#ifndef REPORT_H
#define REPORT_H

#include <stdio.h>

#include "bench.h"

#define MAX_INVALID_REASONS 8
/* The format of the line report_write prints; schema/native-record.schema.json holds the same constant. */
#define RUN_SCHEMA "numa-spsc-bench/run@1"

struct run_report {
    const struct bench_options *options;
    const struct bench_result *result;
    struct page_nodes slots_before, slots_after, index_before, index_after;
    const char *reasons[MAX_INVALID_REASONS];
    char reason_text[MAX_INVALID_REASONS][PLACEMENT_ERROR_BYTES];
    int reason_count;
};

/* Adds an invalid reason (formatted like printf). */
void report_invalid(struct run_report *report, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Writes the one JSON line of native/README.md. */
void report_write(FILE *stream, const struct run_report *report);
/* --mode c2c writes its own line: the pair, the line's pages and the one-way latency (native/README.md). */
#define C2C_SCHEMA "numa-spsc-bench/c2c@1"
void report_write_c2c(FILE *stream, const struct run_report *report);

#endif
