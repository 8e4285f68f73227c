/* Hardware counters per thread through perf_event_open, or the reason they cannot be read (VMs rarely expose a PMU).
 * The events come from NUMA_SPSC_BENCH_PERF_EVENTS ("name=type:config[:config1],..." with perf_event_attr's type and
 * config, numbers decimal or 0x-hex; src/native/counters.ts chooses them per CPU); without it the generic three:
 * cycles, instructions and cache-misses (PERF_COUNT_HW_CACHE_MISSES, whose meaning depends on the CPU). */
#ifndef PERF_H
#define PERF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PERF_EVENTS_VARIABLE "NUMA_SPSC_BENCH_PERF_EVENTS"
#define PERF_MAX_EVENTS 8
#define PERF_NAME_BYTES 64

struct perf_event_choice {
    char name[PERF_NAME_BYTES];
    uint32_t type;
    uint64_t config;
    uint64_t config1;
};

struct perf_reading {
    /* Every requested event was opened and read. */
    bool available;
    /* The generic events' counts when they were requested and counted (the record's summed fields). */
    uint64_t cycles;
    uint64_t instructions;
    uint64_t llc_misses;
    int event_count;
    char names[PERF_MAX_EVENTS][PERF_NAME_BYTES];
    uint64_t values[PERF_MAX_EVENTS];
    bool counted[PERF_MAX_EVENTS];
    char unavailable_reason[160];
};

struct perf_counters {
    int fds[PERF_MAX_EVENTS];
    struct perf_event_choice events[PERF_MAX_EVENTS];
    int event_count;
    bool available;
    char unavailable_reason[160];
};

/* Parses a NUMA_SPSC_BENCH_PERF_EVENTS value; false with the reason in `error` when it is malformed. */
bool perf_parse_events(const char *text, struct perf_event_choice *events, int *count, char *error, size_t error_bytes);
/* Opens disabled counters for the calling thread. */
void perf_open(struct perf_counters *counters);
void perf_start(struct perf_counters *counters);
/* Stops, reads into `reading` and closes. */
void perf_finish(struct perf_counters *counters, struct perf_reading *reading);
/* The counted events of one thread as a JSON object ({"cycles":123,...}), or "null" when none was counted. */
#define PERF_SIDE_JSON_BYTES (PERF_MAX_EVENTS * (PERF_NAME_BYTES + 26) + 8)
void perf_side_json(const struct perf_reading *reading, char *buffer, size_t bytes);

#endif
