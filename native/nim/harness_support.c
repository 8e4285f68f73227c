/*
 * What the Nim harness needs beyond ../placement.c and ../perf.c: a memory policy for the thread that creates the
 * channel (the Nim allocator, not we, decides where the ring lives, so the policy must be in force before it
 * allocates) and moving pages the allocator had already faulted elsewhere. Raw syscalls only.
 */
#include "harness_support.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* From <linux/mempolicy.h>; spelled out so the build needs no NUMA headers. */
#define MPOL_BIND_POLICY 2
#define MPOL_MF_STRICT_FLAG (1 << 0)
#define MPOL_MF_MOVE_FLAG (1 << 1)

#define MASK_WORDS (PLACEMENT_MAX_NODES / 64 + 1)

static void node_mask(int node, unsigned long mask[MASK_WORDS]) {
    memset(mask, 0, MASK_WORDS * sizeof mask[0]);
    mask[node / 64] = 1UL << (node % 64);
}

bool harness_bind_memory(int node, placement_error error) {
    unsigned long mask[MASK_WORDS];
    node_mask(node, mask);
    /* The kernel reads maxnode - 1 bits; one spare word keeps the highest node inside the mask. */
    if (syscall(SYS_set_mempolicy, MPOL_BIND_POLICY, mask, (unsigned long)MASK_WORDS * 64) != 0) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "set_mempolicy(MPOL_BIND, node %d): %s", node, strerror(errno));
        return false;
    }
    return true;
}

bool harness_move_region(const void *region, size_t bytes, int node, placement_error error) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = (uintptr_t)region / page * page;
    uintptr_t end = ((uintptr_t)region + bytes + page - 1) / page * page;
    unsigned long mask[MASK_WORDS];
    node_mask(node, mask);
    if (syscall(SYS_mbind, (void *)first, (unsigned long)(end - first), MPOL_BIND_POLICY, mask,
                (unsigned long)MASK_WORDS * 64, MPOL_MF_MOVE_FLAG | MPOL_MF_STRICT_FLAG) != 0) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "mbind(MPOL_MF_MOVE, node %d, %zu bytes): %s", node, (size_t)(end - first),
                 strerror(errno));
        return false;
    }
    return true;
}
