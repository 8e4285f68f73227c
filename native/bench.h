/* The interface every measurement method implements: options in, one result out; main.c only orchestrates. */
#ifndef BENCH_H
#define BENCH_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "perf.h"
#include "placement.h"
#include "spsc.h"

enum bench_mode { MODE_THROUGHPUT, MODE_PINGPONG, MODE_SAME_THREAD, MODE_C2C };
enum ring_kind { RING_REFERENCE, RING_BATCHED };

struct bench_options {
    enum bench_mode mode;
    enum ring_kind ring;
    size_t batch;        /* batched ring: messages per published index; 1 for the reference */
    int producer_cpu;    /* -1: unpinned */
    int consumer_cpu;
    int slots_node;      /* -1: left to first touch */
    int index_node;
    size_t padding;
    size_t capacity;
    size_t payload;
    uint64_t messages;    /* 0 when --duration-ms decides */
    uint64_t duration_ms; /* 0 when --messages decides */
    uint64_t warmup_messages;
    uint64_t extra_work;  /* spin iterations of arithmetic the producer does per message, inside the timed part */
    uint64_t round_trips; /* c2c: round trips per timed batch */
    uint64_t batches;     /* c2c: timed batches (one more runs first, untimed) */
    bool check;           /* verify every payload byte, not just the sequence number */
    uint64_t inject_gap;  /* test aid: the producer skips one sequence number every N messages (0: never) */
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
    /* c2c: one-way latency, the minimum and the median over the timed batches */
    double one_way_min_ns, one_way_median_ns;
    struct thread_observation producer;
    struct thread_observation consumer;
    uint64_t sequence_errors;
    char first_sequence_error[160];
};

/* Memory the method runs on: allocated, bound and pre-faulted by main.c before anything is timed. */
struct bench_memory {
    unsigned char *slots;       /* room for two rings' slots (pingpong uses two), ring_slots_bytes apart */
    unsigned char *index_block; /* two index blocks, INDEX_BLOCK_STRIDE apart */
};
#define INDEX_BLOCK_STRIDE 2048

int run_throughput(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);
int run_pingpong(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);
int run_same_thread(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);
int run_c2c(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result);

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
/* One ring's slot bytes, rounded up to whole lines so the second ring of pingpong starts on a line of its own. */
size_t ring_slots_bytes(const struct bench_options *options);
/* False when the memory is not line-aligned (main.c's mmap regions always are). */
bool make_ring(struct spsc_ring *ring, const struct bench_options *options, const struct bench_memory *memory, int which);
void fill_message(unsigned char *message, size_t size, uint64_t sequence);
void record_sequence_error(struct bench_result *result, uint64_t expected, uint64_t received);
void sort_samples(uint64_t *samples, uint64_t count);
/* Nearest-rank percentile (fraction 0.5 for the median) of sorted samples. */
double nearest_rank(const uint64_t *sorted, uint64_t count, double fraction);

/*
 * Spinning on a ring that is full or empty. `pause` was measured against a bare loop (native/README.md, "Hot path"):
 * SPIN_PAUSE=0 builds the bare loop for that comparison.
 */
#ifndef SPIN_PAUSE
#define SPIN_PAUSE 1
#endif
static inline void spin_pause(void) {
#if SPIN_PAUSE && (defined(__x86_64__) || defined(__i386__))
    __builtin_ia32_pause();
#elif SPIN_PAUSE && defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/*
 * The hot loops are compiled once per shape: payload size, ring kind, and careful (the full payload written and
 * checked byte by byte, or a sequence gap injected) or lean (the sequence number plus a constant-size copy). A method
 * defines its loop as an always_inline function of (size, batched, careful), instantiates it with FOR_EACH_SHAPE
 * and picks the instance with shape_index.
 */
#define SHAPES_OF_SIZE(X, size) X(size, 0, 0) X(size, 0, 1) X(size, 1, 0) X(size, 1, 1)
#define FOR_EACH_SHAPE(X)                                                                                             \
    SHAPES_OF_SIZE(X, 8) SHAPES_OF_SIZE(X, 16) SHAPES_OF_SIZE(X, 32) SHAPES_OF_SIZE(X, 64) SHAPES_OF_SIZE(X, 128)    \
    SHAPES_OF_SIZE(X, 256)

static inline int shape_index(const struct bench_options *options) {
    int size_index = __builtin_ctzll(options->payload) - 3; /* 8 → 0 … 256 → 5 */
    bool careful = options->check || options->inject_gap != 0;
    return size_index * 4 + (options->ring == RING_BATCHED) * 2 + careful;
}

/* Arithmetic the compiler cannot drop or fold: one dependent multiply-add per iteration. */
SPSC_INLINE uint64_t extra_work(uint64_t state, uint64_t iterations) {
    for (; iterations > 0; iterations--) {
        state = state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
        __asm__ volatile("" : "+r"(state));
    }
    return state;
}

/* The sequence number a careful producer writes next: one is skipped every inject_gap messages. */
SPSC_INLINE uint64_t outgoing_sequence(const struct bench_options *options, uint64_t sequence, bool careful) {
    if (careful && options->inject_gap != 0 && sequence % options->inject_gap == options->inject_gap - 1) sequence++;
    return sequence;
}

/* Writes a message into its slot: lean, the sequence number and a constant-size copy of the rest of `template`. */
SPSC_INLINE void write_message(unsigned char *slot, size_t size, uint64_t sequence, const unsigned char *template,
                               bool careful, bool check) {
    if (careful && check) {
        fill_message(slot, size, sequence);
        return;
    }
    memcpy(slot, &sequence, sizeof sequence);
    if (size > sizeof sequence) memcpy(slot + sizeof sequence, template + sizeof sequence, size - sizeof sequence);
}

/*
 * Reads a message from its slot and returns its sequence number; `*intact` says whether (careful with check) every
 * byte agrees with it. The lean path folds the rest of the payload into `*fold` so that every byte is really read.
 */
SPSC_INLINE uint64_t read_message(const unsigned char *slot, size_t size, bool careful, bool check, uint64_t *fold,
                                  bool *intact) {
    uint64_t sequence;
    memcpy(&sequence, slot, sizeof sequence);
    if (careful && check) {
        for (size_t offset = sizeof sequence; offset < size; offset++) {
            if (slot[offset] != (unsigned char)(sequence + offset)) *intact = false;
        }
        return sequence;
    }
    for (size_t offset = sizeof sequence; offset < size; offset += sizeof sequence) {
        uint64_t word;
        memcpy(&word, slot + offset, sizeof word);
        *fold ^= word;
    }
    return sequence;
}

/* Keeps a value the compiler would otherwise see as unused (the folded payload, the extra work). */
SPSC_INLINE void keep(uint64_t value) { __asm__ volatile("" : : "r"(value)); }

#endif
