/* C helpers of the Nim harness (harness_support.c); placement.h supplies the placement checks themselves. */
#ifndef HARNESS_SUPPORT_H
#define HARNESS_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "placement.h"

/* MPOL_BIND for the calling thread and the threads it creates afterwards: every page they fault lands on `node`. */
bool harness_bind_memory(int node, placement_error error);

/* Binds the pages under [region, region + bytes) to `node` and moves those already faulted elsewhere. */
bool harness_move_region(const void *region, size_t bytes, int node, placement_error error);

#endif
