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

static const char *const MODE_NAMES[] = {"throughput", "pingpong", "same-thread"};

const char *mode_name(enum bench_mode mode) { return MODE_NAMES[mode]; }

void print_usage(FILE *stream) {
    fprintf(stream,
            "usage: spsc-bench [options]\n"
            "Measures the reference SPSC ring and prints one JSON line (see native/README.md).\n\n"
            "  --mode M               throughput | pingpong | same-thread (default throughput)\n"
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
            "  --check                verify every payload byte, not just the sequence number\n"
            "  --inject-gap N         test aid: skip one sequence number every N messages\n"
            "  --help                 this text\n\n"
            "exit status: 0 measured (the JSON says whether the run is valid), 1 internal failure,\n"
            "             2 bad arguments, 3 a placement this machine cannot honour\n",
            DEFAULT_PADDING, MAX_CAPACITY, DEFAULT_CAPACITY, DEFAULT_PAYLOAD, DEFAULT_MESSAGES_STREAMING,
            DEFAULT_MESSAGES_PINGPONG);
}

static bool parse_number(const char *name, const char *text, uint64_t max, uint64_t *value) {
    char *end;
    errno = 0;
    unsigned long long parsed = strtoull(text, &end, 10);
    if (text[0] == '\0' || text[0] == '-' || *end != '\0' || errno != 0 || parsed > max) {
        fprintf(stderr, "spsc-bench: --%s: \"%s\" is not a whole number from 0 to %" PRIu64 "\n", name, text, max);
        return false;
    }
    *value = parsed;
    return true;
}

static bool one_of(const char *name, uint64_t value, const uint64_t *allowed, size_t count) {
    for (size_t index = 0; index < count; index++) {
        if (allowed[index] == value) return true;
    }
    fprintf(stderr, "spsc-bench: --%s: %" PRIu64 " is not one of the allowed values (see --help)\n", name, value);
    return false;
}

static bool check_combination(struct bench_options *options, bool messages_given, bool warmup_given) {
    if ((options->producer_cpu < 0) != (options->consumer_cpu < 0) && options->mode != MODE_SAME_THREAD) {
        fprintf(stderr, "spsc-bench: give both --producer-cpu and --consumer-cpu, or neither for an unpinned run\n");
        return false;
    }
    if (options->producer_cpu >= 0 && options->producer_cpu == options->consumer_cpu && options->mode != MODE_SAME_THREAD) {
        fprintf(stderr, "spsc-bench: producer and consumer on the same CPU: two spinning threads would starve each other\n");
        return false;
    }
    if (messages_given && options->duration_ms != 0) {
        fprintf(stderr, "spsc-bench: --messages and --duration-ms are alternatives; give one\n");
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
        {"inject-gap", required_argument, 0, 'g'},   {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    static const uint64_t PADDINGS[] = {0, 64, 128, 256};
    static const uint64_t PAYLOADS[] = {8, 16, 32, 64, 128, 256};
    bool messages_given = false, warmup_given = false;
    uint64_t value;
    *options = (struct bench_options){.mode = MODE_THROUGHPUT, .producer_cpu = -1, .consumer_cpu = -1,
                                      .slots_node = -1, .index_node = -1, .padding = DEFAULT_PADDING,
                                      .capacity = DEFAULT_CAPACITY, .payload = DEFAULT_PAYLOAD};
    *help = false;
    opterr = 0;
    optind = 1;
    for (int option; (option = getopt_long(argc, argv, "", LONG_OPTIONS, NULL)) != -1;) {
        const char *name = optind > 0 && optind <= argc ? argv[optind - 1] + 2 : "?";
        switch (option) {
        case 'm':
            if (strcmp(optarg, "throughput") == 0) options->mode = MODE_THROUGHPUT;
            else if (strcmp(optarg, "pingpong") == 0) options->mode = MODE_PINGPONG;
            else if (strcmp(optarg, "same-thread") == 0) options->mode = MODE_SAME_THREAD;
            else {
                fprintf(stderr, "spsc-bench: --mode: \"%s\" is not throughput, pingpong or same-thread\n", optarg);
                return false;
            }
            break;
        case 'p': case 'c': case 's': case 'i':
            if (!parse_number(option == 'p' || option == 'c' ? "cpu" : "node", optarg, 65535, &value)) return false;
            if (option == 'p') options->producer_cpu = (int)value;
            if (option == 'c') options->consumer_cpu = (int)value;
            if (option == 's') options->slots_node = (int)value;
            if (option == 'i') options->index_node = (int)value;
            break;
        case 'P':
            if (!parse_number("padding", optarg, 256, &value) || !one_of("padding", value, PADDINGS, 4)) return false;
            options->padding = value;
            break;
        case 'B':
            if (!parse_number("payload", optarg, 256, &value) || !one_of("payload", value, PAYLOADS, 6)) return false;
            options->payload = value;
            break;
        case 'C':
            if (!parse_number("capacity", optarg, MAX_CAPACITY, &value) || value < 2 || (value & (value - 1)) != 0) {
                fprintf(stderr, "spsc-bench: --capacity: \"%s\" is not a power of two from 2 to %" PRIu64 "\n", optarg,
                        MAX_CAPACITY);
                return false;
            }
            options->capacity = value;
            break;
        case 'n':
            if (!parse_number("messages", optarg, UINT64_C(1000000000000), &value)) return false;
            if (value == 0) {
                fprintf(stderr, "spsc-bench: --messages: at least 1\n");
                return false;
            }
            options->messages = value;
            messages_given = true;
            break;
        case 'd':
            if (!parse_number("duration-ms", optarg, UINT64_C(86400000), &options->duration_ms)) return false;
            if (options->duration_ms == 0) {
                fprintf(stderr, "spsc-bench: --duration-ms: at least 1\n");
                return false;
            }
            break;
        case 'w':
            if (!parse_number("warmup-messages", optarg, UINT64_C(1000000000000), &options->warmup_messages)) return false;
            warmup_given = true;
            break;
        case 'k':
            options->check = true;
            break;
        case 'g':
            if (!parse_number("inject-gap", optarg, UINT64_C(1000000000000), &options->inject_gap)) return false;
            break;
        case 'h':
            *help = true;
            return true;
        default:
            fprintf(stderr, "spsc-bench: unknown or incomplete option \"%s\"\n", name);
            return false;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "spsc-bench: unexpected argument \"%s\"\n", argv[optind]);
        return false;
    }
    return check_combination(options, messages_given, warmup_given);
}
