/* Hardware counters per thread through perf_event_open, or the reason they cannot be read (VMs rarely expose a PMU). */
#ifndef PERF_H
#define PERF_H

#include <stdbool.h>
#include <stdint.h>

struct perf_reading {
    bool available;
    uint64_t cycles;
    uint64_t instructions;
    uint64_t llc_misses;
    char unavailable_reason[160];
};

struct perf_counters {
    int fds[3];
    bool available;
    char unavailable_reason[160];
};

/* Opens disabled counters for the calling thread. */
void perf_open(struct perf_counters *counters);
void perf_start(struct perf_counters *counters);
/* Stops, reads into `reading` and closes. */
void perf_finish(struct perf_counters *counters, struct perf_reading *reading);

#endif
