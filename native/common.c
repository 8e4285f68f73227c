#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench.h"

void observe_cpu(struct thread_observation *observation) {
    int cpu = sched_getcpu();
    for (int index = 0; index < observation->cpu_count; index++) {
        if (observation->cpus[index] == cpu) return;
    }
    if (observation->cpu_count < MAX_OBSERVED_CPUS) observation->cpus[observation->cpu_count++] = cpu;
}

void thread_begin(int cpu, struct thread_observation *observation) {
    if (cpu >= 0) placement_pin_self(cpu, observation->pin_error);
    observe_cpu(observation);
}

void thread_end(struct thread_observation *observation) {
    observe_cpu(observation);
    struct rusage usage;
    observation->involuntary_switches = getrusage(RUSAGE_THREAD, &usage) == 0 ? usage.ru_nivcsw : -1;
}

size_t ring_slots_bytes(const struct bench_options *options) {
    return (options->capacity * options->payload + SPSC_LINE - 1) / SPSC_LINE * SPSC_LINE;
}

bool make_ring(struct spsc_ring *ring, const struct bench_options *options, const struct bench_memory *memory, int which) {
    return spsc_init(ring, memory->slots + (size_t)which * ring_slots_bytes(options), options->capacity, options->batch,
                     memory->index_block + (size_t)which * INDEX_BLOCK_STRIDE, options->padding);
}

/* The sequence number goes first; the rest is derived from it so a torn or stale copy is detectable. */
void fill_message(unsigned char *message, size_t size, uint64_t sequence) {
    memcpy(message, &sequence, sizeof sequence);
    for (size_t offset = sizeof sequence; offset < size; offset++) message[offset] = (unsigned char)(sequence + offset);
}

void record_sequence_error(struct bench_result *result, uint64_t expected, uint64_t received) {
    if (result->sequence_errors++ == 0) {
        snprintf(result->first_sequence_error, sizeof result->first_sequence_error,
                 "sequence error: expected message %llu, received %llu%s", (unsigned long long)expected,
                 (unsigned long long)received, received == expected ? " with a corrupted payload" : "");
    }
}

static int compare_u64(const void *left, const void *right) {
    uint64_t a = *(const uint64_t *)left, b = *(const uint64_t *)right;
    return (a > b) - (a < b);
}

void sort_samples(uint64_t *samples, uint64_t count) { qsort(samples, count, sizeof *samples, compare_u64); }

double nearest_rank(const uint64_t *sorted, uint64_t count, double fraction) {
    uint64_t rank = (uint64_t)(fraction * (double)count + 0.999999);
    if (rank < 1) rank = 1;
    if (rank > count) rank = count;
    return (double)sorted[rank - 1];
}
