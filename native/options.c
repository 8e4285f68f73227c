#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "options.h"

#define DEFAULT_CAPACITY 1024
#define DEFAULT_PAYLOAD 8
#define DEFAULT_PADDING 128
#define DEFAULT_MESSAGES_STREAMING UINT64_C(2000000)
#define DEFAULT_MESSAGES_PINGPONG UINT64_C(100000)
#define MAX_CAPACITY (UINT64_C(1) << 24)
#define DEFAULT_BATCH 32
#define DEFAULT_ROUND_TRIPS 1000
#define DEFAULT_BATCHES 300
#define MAX_EXTRA_WORK UINT64_C(1000000)

static const char *const MODE_NAMES[] = {"throughput", "pingpong", "same-thread", "c2c"};
static const char *const RING_NAMES[] = {"reference", "batched"};

const char *mode_name(enum bench_mode mode) { return MODE_NAMES[mode]; }
const char *ring_name(enum ring_kind ring) { return RING_NAMES[ring]; }

void print_usage(FILE *stream) {
    fprintf(stream,
            "usage: spsc-bench [options]\n"
            "Measures the reference SPSC ring and prints one JSON line (see native/README.md).\n\n"
            "  --mode M               throughput | pingpong | same-thread | c2c (default throughput)\n"
            "  --ring R               reference | batched (default reference)\n"
            "  --batch B              batched ring: publish the index every B messages, 1 to --capacity\n"
            "                         (default %d, or the capacity when smaller)\n"
            "  --producer-cpu N       pin the producer (pingpong: the initiator); omit with --consumer-cpu for unpinned\n"
            "  --consumer-cpu N       pin the consumer (pingpong: the echo thread)\n"
            "  --slots-node N         bind the slots to NUMA node N (default: first touch by the producer)\n"
            "  --index-node N         bind the indices to NUMA node N (default: first touch by the producer)\n"
            "  --padding B            bytes between producer and consumer index: 0, 64, 128, 256 (default %d)\n"
            "  --capacity N           slots, a power of two from 2 to %" PRIu64 " (default %d)\n"
            "  --payload B            bytes per message: 8, 16, 32, 64, 128, 256 (default %d)\n"
            "  --messages N           timed messages (default %" PRIu64 ", pingpong %" PRIu64 ")\n"
            "  --duration-ms N        time the run instead of counting messages\n"
            "  --warmup-messages N    untimed messages first (default messages/10)\n"
            "  --extra-work N         N iterations of arithmetic per message in the producer, timed (default 0)\n"
            "  --round-trips N        c2c: round trips per timed batch (default %d)\n"
            "  --batches N            c2c: timed batches; the minimum and median over them are reported (default %d)\n"
            "  --check                verify every payload byte, not just the sequence number\n"
            "  --inject-gap N         test aid: skip one sequence number every N messages\n"
            "  --help                 this text\n\n"
            "exit status: 0 measured (the JSON says whether the run is valid), 1 internal failure,\n"
            "             2 bad arguments, 3 a placement this machine cannot honour\n",
            DEFAULT_BATCH, DEFAULT_PADDING, MAX_CAPACITY, DEFAULT_CAPACITY, DEFAULT_PAYLOAD,
            DEFAULT_MESSAGES_STREAMING, DEFAULT_MESSAGES_PINGPONG, DEFAULT_ROUND_TRIPS, DEFAULT_BATCHES);
}

static bool parse_whole(const char *text, uint64_t *value) {
    char *end;
    errno = 0;
    unsigned long long parsed = strtoull(text, &end, 10);
    if (text[0] == '\0' || text[0] == '-' || *end != '\0' || errno != 0) return false;
    *value = parsed;
    return true;
}

static bool parse_number(const char *name, const char *text, uint64_t min, uint64_t max, uint64_t *value) {
    if (!parse_whole(text, value) || *value < min || *value > max) {
        fprintf(stderr, "spsc-bench: --%s: \"%s\" is not a whole number from %" PRIu64 " to %" PRIu64 "\n", name, text,
                min, max);
        return false;
    }
    return true;
}

static bool one_of(const char *name, const char *text, const uint64_t *allowed, size_t count, uint64_t *value) {
    bool found = false;
    if (parse_whole(text, value)) {
        for (size_t index = 0; index < count; index++) found = found || allowed[index] == *value;
    }
    if (!found) {
        char list[64] = "";
        for (size_t index = 0, used = 0; index < count; index++) {
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%" PRIu64, index ? ", " : "", allowed[index]);
        }
        fprintf(stderr, "spsc-bench: --%s: \"%s\" is not one of %s\n", name, text, list);
    }
    return found;
}

static bool check_combination(struct bench_options *options, bool messages_given, bool warmup_given, bool batch_given) {
    bool two_threads = options->mode != MODE_SAME_THREAD;
    if ((options->producer_cpu < 0) != (options->consumer_cpu < 0) && two_threads) {
        fprintf(stderr, "spsc-bench: give both --producer-cpu and --consumer-cpu, or neither for an unpinned run\n");
        return false;
    }
    if (options->producer_cpu >= 0 && options->producer_cpu == options->consumer_cpu && two_threads) {
        fprintf(stderr, "spsc-bench: producer and consumer on the same CPU: two spinning threads would starve each other\n");
        return false;
    }
    if (options->mode == MODE_C2C && options->producer_cpu < 0) {
        fprintf(stderr, "spsc-bench: --mode c2c measures a pair of CPUs: give --producer-cpu and --consumer-cpu\n");
        return false;
    }
    if (messages_given && options->duration_ms != 0) {
        fprintf(stderr, "spsc-bench: --messages and --duration-ms are alternatives; give one\n");
        return false;
    }
    if (batch_given && options->ring != RING_BATCHED) {
        fprintf(stderr, "spsc-bench: --batch applies to --ring batched only\n");
        return false;
    }
    if (options->ring == RING_BATCHED && !batch_given) {
        options->batch = options->capacity < DEFAULT_BATCH ? options->capacity : DEFAULT_BATCH;
    }
    if (options->batch > options->capacity) {
        fprintf(stderr, "spsc-bench: --batch: %zu is not a whole number from 1 to the capacity (%zu)\n", options->batch,
                options->capacity);
        return false;
    }
    if (!messages_given && options->duration_ms == 0) {
        options->messages = options->mode == MODE_PINGPONG ? DEFAULT_MESSAGES_PINGPONG : DEFAULT_MESSAGES_STREAMING;
    }
    if (options->mode == MODE_PINGPONG && options->messages > MAX_RTT_SAMPLES) {
        fprintf(stderr, "spsc-bench: pingpong keeps one sample per round trip: --messages at most %" PRIu64 "\n",
                MAX_RTT_SAMPLES);
        return false;
    }
    if (!warmup_given) options->warmup_messages = options->messages != 0 ? options->messages / 10 : 10000;
    return true;
}

bool parse_options(int argc, char **argv, struct bench_options *options, bool *help) {
    static const struct option LONG_OPTIONS[] = {
        {"mode", required_argument, 0, 'm'},         {"producer-cpu", required_argument, 0, 'p'},
        {"consumer-cpu", required_argument, 0, 'c'}, {"slots-node", required_argument, 0, 's'},
        {"index-node", required_argument, 0, 'i'},   {"padding", required_argument, 0, 'P'},
        {"capacity", required_argument, 0, 'C'},     {"payload", required_argument, 0, 'B'},
        {"messages", required_argument, 0, 'n'},     {"duration-ms", required_argument, 0, 'd'},
        {"warmup-messages", required_argument, 0, 'w'}, {"check", no_argument, 0, 'k'},
        {"inject-gap", required_argument, 0, 'g'},   {"ring", required_argument, 0, 'r'},
        {"batch", required_argument, 0, 'b'},        {"extra-work", required_argument, 0, 'x'},
        {"round-trips", required_argument, 0, 't'},  {"batches", required_argument, 0, 'T'},
        {"help", no_argument, 0, 'h'},               {0, 0, 0, 0}};
    static const uint64_t PADDINGS[] = {0, 64, 128, 256};
    static const uint64_t PAYLOADS[] = {8, 16, 32, 64, 128, 256};
    bool messages_given = false, warmup_given = false, batch_given = false;
    uint64_t value;
    *options = (struct bench_options){.mode = MODE_THROUGHPUT, .ring = RING_REFERENCE, .batch = 1, .producer_cpu = -1,
                                      .consumer_cpu = -1, .slots_node = -1, .index_node = -1,
                                      .padding = DEFAULT_PADDING, .capacity = DEFAULT_CAPACITY,
                                      .payload = DEFAULT_PAYLOAD, .round_trips = DEFAULT_ROUND_TRIPS,
                                      .batches = DEFAULT_BATCHES};
    *help = false;
    opterr = 0;
    optind = 1;
    for (int option; (option = getopt_long(argc, argv, "", LONG_OPTIONS, NULL)) != -1;) {
        /* The option as the user typed it, for errors about it (getopt has consumed it and its argument by now). */
        const char *name = NULL;
        for (const struct option *entry = LONG_OPTIONS; entry->name != NULL; entry++) {
            if (entry->val == option) name = entry->name;
        }
        switch (option) {
        case 'm':
            if (strcmp(optarg, "throughput") == 0) options->mode = MODE_THROUGHPUT;
            else if (strcmp(optarg, "pingpong") == 0) options->mode = MODE_PINGPONG;
            else if (strcmp(optarg, "same-thread") == 0) options->mode = MODE_SAME_THREAD;
            else if (strcmp(optarg, "c2c") == 0) options->mode = MODE_C2C;
            else {
                fprintf(stderr, "spsc-bench: --mode: \"%s\" is not throughput, pingpong, same-thread or c2c\n", optarg);
                return false;
            }
            break;
        case 'r':
            if (strcmp(optarg, "reference") == 0) options->ring = RING_REFERENCE;
            else if (strcmp(optarg, "batched") == 0) options->ring = RING_BATCHED;
            else {
                fprintf(stderr, "spsc-bench: --ring: \"%s\" is not reference or batched\n", optarg);
                return false;
            }
            break;
        case 'b':
            if (!parse_number(name, optarg, 1, MAX_CAPACITY, &value)) return false;
            options->batch = value;
            batch_given = true;
            break;
        case 'p': case 'c': case 's': case 'i':
            if (!parse_number(name, optarg, 0, 65535, &value)) return false;
            if (option == 'p') options->producer_cpu = (int)value;
            if (option == 'c') options->consumer_cpu = (int)value;
            if (option == 's') options->slots_node = (int)value;
            if (option == 'i') options->index_node = (int)value;
            break;
        case 'P':
            if (!one_of(name, optarg, PADDINGS, 4, &value)) return false;
            options->padding = value;
            break;
        case 'B':
            if (!one_of(name, optarg, PAYLOADS, 6, &value)) return false;
            options->payload = value;
            break;
        case 'C':
            if (!parse_whole(optarg, &value) || value < 2 || value > MAX_CAPACITY || (value & (value - 1)) != 0) {
                fprintf(stderr, "spsc-bench: --capacity: \"%s\" is not a power of two from 2 to %" PRIu64 "\n", optarg,
                        MAX_CAPACITY);
                return false;
            }
            options->capacity = value;
            break;
        case 'n':
            if (!parse_number(name, optarg, 1, UINT64_C(1000000000000), &options->messages)) return false;
            messages_given = true;
            break;
        case 'd':
            if (!parse_number(name, optarg, 1, UINT64_C(86400000), &options->duration_ms)) return false;
            break;
        case 'w':
            if (!parse_number(name, optarg, 0, UINT64_C(1000000000000), &options->warmup_messages)) return false;
            warmup_given = true;
            break;
        case 'x':
            if (!parse_number(name, optarg, 0, MAX_EXTRA_WORK, &options->extra_work)) return false;
            break;
        case 't':
            if (!parse_number(name, optarg, 1, UINT64_C(100000000), &options->round_trips)) return false;
            break;
        case 'T':
            if (!parse_number(name, optarg, 1, UINT64_C(1000000), &options->batches)) return false;
            break;
        case 'k':
            options->check = true;
            break;
        case 'g':
            if (!parse_number(name, optarg, 0, UINT64_C(1000000000000), &options->inject_gap)) return false;
            break;
        case 'h':
            *help = true;
            return true;
        default:
            fprintf(stderr, "spsc-bench: unknown or incomplete option \"%s\"\n", argv[optind - 1]);
            return false;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "spsc-bench: unexpected argument \"%s\"\n", argv[optind]);
        return false;
    }
    return check_combination(options, messages_given, warmup_given, batch_given);
}
