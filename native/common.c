#include <sched.h>
#include <stdio.h>
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

void make_ring(struct spsc_ring *ring, const struct bench_options *options, const struct bench_memory *memory, int which) {
    size_t slots_bytes = options->capacity * options->payload;
    spsc_init(ring, memory->slots + (size_t)which * slots_bytes, options->capacity, options->payload,
              memory->index_block + (size_t)which * INDEX_BLOCK_STRIDE, options->padding);
}

/* The sequence number goes first; the rest is derived from it so a torn or stale copy is detectable. */
void fill_message(unsigned char *message, size_t size, uint64_t sequence) {
    memcpy(message, &sequence, sizeof sequence);
    for (size_t offset = sizeof sequence; offset < size; offset++) message[offset] = (unsigned char)(sequence + offset);
}

bool message_ok(const unsigned char *message, size_t size, uint64_t expected, bool check) {
    uint64_t sequence;
    memcpy(&sequence, message, sizeof sequence);
    if (sequence != expected) return false;
    if (!check) return true;
    for (size_t offset = sizeof sequence; offset < size; offset++) {
        if (message[offset] != (unsigned char)(expected + offset)) return false;
    }
    return true;
}

uint64_t write_outgoing(const struct bench_options *options, unsigned char *message, uint64_t sequence) {
    if (options->inject_gap != 0 && sequence % options->inject_gap == options->inject_gap - 1) sequence++;
    if (options->check) fill_message(message, options->payload, sequence);
    else memcpy(message, &sequence, sizeof sequence);
    return sequence;
}

void record_sequence_error(struct bench_result *result, uint64_t expected, const unsigned char *message) {
    uint64_t got;
    memcpy(&got, message, sizeof got);
    if (result->sequence_errors++ == 0) {
        snprintf(result->first_sequence_error, sizeof result->first_sequence_error,
                 "sequence error: expected message %llu, received %llu%s", (unsigned long long)expected,
                 (unsigned long long)got, got == expected ? " with a corrupted payload" : "");
    }
}

void spin_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}
