/*
 * Thread and memory placement through raw syscalls (no libnuma at run time), and the checks that prove it happened:
 * which CPU a thread runs on (sched_getcpu) and which node each page lives on (move_pages with no target nodes).
 */
#ifndef PLACEMENT_H
#define PLACEMENT_H

#include <stdbool.h>
#include <stddef.h>

#define PLACEMENT_MAX_NODES 64
#define PLACEMENT_ERROR_BYTES 256

/* Why a requested placement cannot be honoured, or an empty string. */
typedef char placement_error[PLACEMENT_ERROR_BYTES];

/* Checks that `cpu` is online and inside this process's affinity mask (call before any thread pins itself). */
bool placement_cpu_usable(int cpu, placement_error error);

/* Checks that NUMA node `node` exists and has memory. */
bool placement_node_usable(int node, placement_error error);

/* Pins the calling thread to one CPU. */
bool placement_pin_self(int cpu, placement_error error);

/* mmap()s `bytes` (rounded up to pages); with node >= 0 binds them there (MPOL_BIND); then writes every page so
 * that each is faulted in before anything is timed. Returns NULL with `error` set on failure. */
void *placement_alloc(size_t bytes, int node, placement_error error);

void placement_free(void *region, size_t bytes);

/* Where the pages of a region live: the number of pages and the distinct nodes they are on (ascending). A page the
 * kernel cannot place (not faulted, error status) is reported through `error`. */
struct page_nodes {
    size_t pages;
    int nodes[PLACEMENT_MAX_NODES];
    int node_count;
};

bool placement_page_nodes(const void *region, size_t bytes, struct page_nodes *out, placement_error error);

#endif
