/*
 * spsc-bench: validates the requested placement, places memory, runs one measurement method, proves where threads
 * ran and where pages stayed, and prints one JSON line. See native/README.md for the method and the format.
 */
#include <stdio.h>
#include <stdlib.h>

#include "options.h"
#include "report.h"

static bool placement_possible(const struct bench_options *options) {
    placement_error error = "";
    int cpus[2] = {options->producer_cpu, options->consumer_cpu};
    int nodes[2] = {options->slots_node, options->index_node};
    for (int index = 0; index < 2; index++) {
        if ((cpus[index] >= 0 && !placement_cpu_usable(cpus[index], error)) ||
            (nodes[index] >= 0 && !placement_node_usable(nodes[index], error))) {
            fprintf(stderr, "spsc-bench: cannot place the run: %s\n", error);
            return false;
        }
    }
    return true;
}

static void check_pages(struct run_report *report, const char *what, const void *region, size_t bytes, int node,
                        struct page_nodes *pages, const char *when) {
    placement_error error = "";
    if (!placement_page_nodes(region, bytes, pages, error)) {
        report_invalid(report, "%s pages %s the run: %s", what, when, error);
        return;
    }
    if (node >= 0 && (pages->node_count != 1 || pages->nodes[0] != node)) {
        char nodes[PLACEMENT_ERROR_BYTES / 2] = "";
        for (int index = 0, used = 0; index < pages->node_count && used < (int)sizeof nodes - 8; index++) {
            used += snprintf(nodes + used, sizeof nodes - (size_t)used, "%s%d", index ? "," : "", pages->nodes[index]);
        }
        report_invalid(report, "%s pages %s the run are on node(s) %s, not on the bound node %d", what, when, nodes, node);
    }
}

static void check_thread(struct run_report *report, const char *who, const struct thread_observation *seen, int cpu) {
    if (seen->pin_error[0] != '\0') report_invalid(report, "%s could not be pinned: %s", who, seen->pin_error);
    if (cpu < 0) return;
    for (int index = 0; index < seen->cpu_count; index++) {
        if (seen->cpus[index] != cpu) {
            report_invalid(report, "%s pinned to CPU %d was seen on CPU %d", who, cpu, seen->cpus[index]);
            return;
        }
    }
}

static int run_method(const struct bench_options *options, const struct bench_memory *memory, struct bench_result *result) {
    switch (options->mode) {
    case MODE_THROUGHPUT: return run_throughput(options, memory, result);
    case MODE_PINGPONG: return run_pingpong(options, memory, result);
    case MODE_SAME_THREAD: return run_same_thread(options, memory, result);
    case MODE_C2C: return run_c2c(options, memory, result);
    }
    return -1;
}

int main(int argc, char **argv) {
    struct bench_options options;
    bool help;
    if (!parse_options(argc, argv, &options, &help)) {
        print_usage(stderr);
        return EXIT_USAGE;
    }
    if (help) {
        print_usage(stdout);
        return EXIT_OK;
    }
    if (!placement_possible(&options)) return EXIT_PLACEMENT;

    /* Allocate from the producer's CPU so that unbound memory is first-touched where a producer would touch it. */
    placement_error error = "";
    if (options.producer_cpu >= 0 && !placement_pin_self(options.producer_cpu, error)) {
        fprintf(stderr, "spsc-bench: %s\n", error);
        return EXIT_PLACEMENT;
    }
    size_t rings = options.mode == MODE_PINGPONG ? 2 : 1;
    size_t slots_bytes = rings * ring_slots_bytes(&options);
    size_t index_bytes = 2 * INDEX_BLOCK_STRIDE;
    struct bench_memory memory = {
        .slots = placement_alloc(slots_bytes, options.slots_node, error),
        .index_block = NULL,
    };
    if (memory.slots != NULL) memory.index_block = placement_alloc(index_bytes, options.index_node, error);
    if (memory.slots == NULL || memory.index_block == NULL) {
        fprintf(stderr, "spsc-bench: cannot place the ring's memory: %s\n", error);
        placement_free(memory.slots, slots_bytes);
        return EXIT_PLACEMENT;
    }

    struct bench_result result = {0};
    struct run_report report = {.options = &options, .result = &result};
    check_pages(&report, "slots", memory.slots, slots_bytes, options.slots_node, &report.slots_before, "before");
    check_pages(&report, "index", memory.index_block, index_bytes, options.index_node, &report.index_before, "before");
    if (run_method(&options, &memory, &result) != 0) {
        fprintf(stderr, "spsc-bench: the %s run failed (thread or memory allocation)\n", mode_name(options.mode));
        return EXIT_INTERNAL;
    }
    check_pages(&report, "slots", memory.slots, slots_bytes, options.slots_node, &report.slots_after, "after");
    check_pages(&report, "index", memory.index_block, index_bytes, options.index_node, &report.index_after, "after");
    check_thread(&report, "producer", &result.producer, options.producer_cpu);
    if (options.mode != MODE_SAME_THREAD) check_thread(&report, "consumer", &result.consumer, options.consumer_cpu);
    if (result.sequence_errors > 0) {
        report_invalid(&report, "%s (%llu in all)", result.first_sequence_error, (unsigned long long)result.sequence_errors);
    }
    if (options.mode == MODE_C2C) report_write_c2c(stdout, &report);
    else report_write(stdout, &report);
    placement_free(memory.slots, slots_bytes);
    placement_free(memory.index_block, index_bytes);
    return EXIT_OK;
}
