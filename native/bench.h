/* The interface every measurement method implements: options in, one result out; main.c only orchestrates. */
#ifndef BENCH_H
#define BENCH_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "perf.h"
#include "placement.h"
#include "spsc.h"

enum bench_mode { MODE_THROUGHPUT, MODE_PINGPONG, MODE_SAME_THREAD };

struct bench_options {
    enum bench_mode mode;
    int producer_cpu; /* -1: unpinned */
    int consumer_cpu;
    int slots_node;   /* -1: left to first touch */
    int index_node;
    size_t padding;
    size_t capacity;
    size_t payload;
    uint64_t messages;    /* 0 when --duration-ms decides */
    uint64_t duration_ms; /* 0 when --messages decides */
    uint64_t warmup_messages;
    bool check;          /* verify every payload byte, not just the sequence number */
    uint64_t inject_gap; /* test aid: the producer skips one sequence number every N messages (0: never) */
};

#define MAX_OBSERVED_CPUS 16
/* Every 2^16 messages each thread asks which CPU it is on: often enough to catch a migration, rare enough to cost nothing. */
#define CPU_CHECK_MASK ((UINT64_C(1) << 16) - 1)
/* Pingpong keeps one sample per round trip; beyond this many the run stops (or is refused as a usage error). */
#define MAX_RTT_SAMPLES UINT64_C(10000000)

struct thread_observation {
    int cpus[MAX_OBSERVED_CPUS];
    int cpu_count;
    long involuntary_switches;
    struct perf_reading perf;
    placement_error pin_error;
};

struct latency_percentiles {
    double p50, p90, p99, p999, max;
};

struct bench_result {
    uint64_t messages;
    uint64_t elapsed_ns;
    bool has_rtt;
    struct latency_percentiles rtt_ns;
    struct thread_observation producer;
    struct thread_observation consumer;
    uint64_t sequence_errors;
    char first_sequence_error[160];
};

/* Memory the method runs on: allocated, bound and pre-faulted by main.c before anything is timed. */
struct bench_memory {
    unsigned char *slots;       /* room for two rings' slots (pingpong uses two) */
    unsigned char *index_block; /* two index blocks, INDEX_BLOCK_STRIDE apart */
};
#define INDEX_BLOCK_STRIDE 2048

int run_throughput(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);
int run_pingpong(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);
int run_same_thread(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);

/* Helpers shared by the methods (common.c). */
static inline uint64_t now_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * UINT64_C(1000000000) + (uint64_t)now.tv_nsec;
}

void observe_cpu(struct thread_observation *observation);
/* Pins (when cpu >= 0) and records the first CPU; a failure is kept in pin_error and makes the run invalid. */
void thread_begin(int cpu, struct thread_observation *observation);
void thread_end(struct thread_observation *observation);
void make_ring(struct spsc_ring *ring, const struct bench_options *options, const struct bench_memory *memory, int which);
void fill_message(unsigned char *message, size_t size, uint64_t sequence);
/* Writes the next message's sequence number (the whole payload with check; one number skipped with --inject-gap) and
 * returns the number written. Without check only 8 bytes change, so the timed loop does no per-byte work. */
uint64_t write_outgoing(const struct bench_options *options, unsigned char *message, uint64_t sequence);
/* Returns true when the message carries `expected` (and, with check, every byte agrees). */
bool message_ok(const unsigned char *message, size_t size, uint64_t expected, bool check);
void record_sequence_error(struct bench_result *result, uint64_t expected, const unsigned char *message);
void spin_pause(void);

#endif
