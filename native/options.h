#ifndef OPTIONS_H
#define OPTIONS_H

#include "bench.h"

enum { EXIT_OK = 0, EXIT_INTERNAL = 1, EXIT_USAGE = 2, EXIT_PLACEMENT = 3 };

/* Parses argv into options; on a bad argument prints why and the usage to stderr and returns false. */
bool parse_options(int argc, char **argv, struct bench_options *options, bool *help);
void print_usage(FILE *stream);
const char *mode_name(enum bench_mode mode);
const char *ring_name(enum ring_kind ring);

#endif
