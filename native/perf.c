#include "perf.h"

#include <errno.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static const struct perf_event_choice GENERIC_EVENTS[] = {
    {"cycles", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES, 0},
    {"instructions", PERF_TYPE_HARDWARE, PERF_COUNT_HW_INSTRUCTIONS, 0},
    {"cache-misses", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_MISSES, 0},
};
#define GENERIC_EVENT_COUNT ((int)(sizeof GENERIC_EVENTS / sizeof GENERIC_EVENTS[0]))

static bool name_character(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
           (character >= '0' && character <= '9') || character == '.' || character == '_' || character == '-';
}

static bool parse_number(const char **cursor, uint64_t *value) {
    char *end;
    if (**cursor < '0' || **cursor > '9') return false;
    errno = 0;
    unsigned long long parsed = strtoull(*cursor, &end, 0);
    if (errno != 0) return false;
    *value = parsed;
    *cursor = end;
    return true;
}

bool perf_parse_events(const char *text, struct perf_event_choice *events, int *count, char *error,
                       size_t error_bytes) {
    const char *cursor = text;
    *count = 0;
    while (*cursor != '\0') {
        if (*count == PERF_MAX_EVENTS) {
            snprintf(error, error_bytes, "%s: more than %d events", PERF_EVENTS_VARIABLE, PERF_MAX_EVENTS);
            return false;
        }
        struct perf_event_choice *event = &events[*count];
        memset(event, 0, sizeof *event);
        size_t length = 0;
        while (name_character(cursor[length])) length++;
        uint64_t type = 0;
        const char *numbers = cursor + length + 1;
        bool ok = length > 0 && length < PERF_NAME_BYTES && cursor[length] == '=' && parse_number(&numbers, &type) &&
                  type <= UINT32_MAX && *numbers++ == ':' && parse_number(&numbers, &event->config);
        if (ok && *numbers == ':') {
            numbers++;
            ok = parse_number(&numbers, &event->config1);
        }
        if (!ok || (*numbers != ',' && *numbers != '\0')) {
            snprintf(error, error_bytes, "%s=\"%.60s\": expected name=type:config[:config1] separated by commas",
                     PERF_EVENTS_VARIABLE, text);
            return false;
        }
        memcpy(event->name, cursor, length);
        event->type = (uint32_t)type;
        (*count)++;
        cursor = *numbers == ',' ? numbers + 1 : numbers;
    }
    if (*count == 0) {
        snprintf(error, error_bytes, "%s is empty: expected name=type:config[:config1]", PERF_EVENTS_VARIABLE);
        return false;
    }
    return true;
}

/* ENOENT/EOPNOTSUPP mean the event does not exist here (no PMU in most VMs); EACCES/EPERM mean perf_event_paranoid. */
static const char *open_hint(int error) {
    if (error == ENOENT || error == EOPNOTSUPP) return " (no PMU offers this event here: usual in a VM)";
    if (error == EACCES || error == EPERM) return " (kernel.perf_event_paranoid forbids it)";
    return "";
}

void perf_open(struct perf_counters *counters) {
    counters->available = true;
    counters->unavailable_reason[0] = '\0';
    const char *configured = getenv(PERF_EVENTS_VARIABLE);
    if (configured == NULL || configured[0] == '\0') {
        memcpy(counters->events, GENERIC_EVENTS, sizeof GENERIC_EVENTS);
        counters->event_count = GENERIC_EVENT_COUNT;
    } else if (!perf_parse_events(configured, counters->events, &counters->event_count,
                                  counters->unavailable_reason, sizeof counters->unavailable_reason)) {
        counters->event_count = 0;
        counters->available = false;
    }
    for (int index = 0; index < PERF_MAX_EVENTS; index++) counters->fds[index] = -1;
    for (int index = 0; index < counters->event_count; index++) {
        struct perf_event_attr attr;
        memset(&attr, 0, sizeof attr);
        attr.size = sizeof attr;
        attr.type = counters->events[index].type;
        attr.config = counters->events[index].config;
        attr.config1 = counters->events[index].config1;
        attr.disabled = 1;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        /* More events than counters are time-multiplexed; the enabled/running times scale the count back. */
        attr.read_format = PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
        int fd = (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
        if (fd < 0) {
            int error = errno;
            if (counters->available) {
                snprintf(counters->unavailable_reason, sizeof counters->unavailable_reason,
                         "perf_event_open(%s): %s%s", counters->events[index].name, strerror(error), open_hint(error));
            }
            counters->available = false;
            continue;
        }
        counters->fds[index] = fd;
    }
}

void perf_start(struct perf_counters *counters) {
    for (int index = 0; index < counters->event_count; index++) {
        if (counters->fds[index] < 0) continue;
        ioctl(counters->fds[index], PERF_EVENT_IOC_RESET, 0);
        ioctl(counters->fds[index], PERF_EVENT_IOC_ENABLE, 0);
    }
}

void perf_finish(struct perf_counters *counters, struct perf_reading *reading) {
    memset(reading, 0, sizeof *reading);
    reading->available = counters->available;
    snprintf(reading->unavailable_reason, sizeof reading->unavailable_reason, "%s", counters->unavailable_reason);
    reading->event_count = counters->event_count;
    for (int index = 0; index < counters->event_count; index++) {
        snprintf(reading->names[index], PERF_NAME_BYTES, "%s", counters->events[index].name);
        int fd = counters->fds[index];
        if (fd < 0) continue;
        ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
        uint64_t values[3] = {0, 0, 0}; /* count, time enabled, time running */
        bool read_ok = read(fd, values, sizeof values) == (ssize_t)sizeof values;
        if (read_ok && values[2] > 0) {
            double scale = values[2] >= values[1] ? 1.0 : (double)values[1] / (double)values[2];
            reading->values[index] = scale == 1.0 ? values[0] : (uint64_t)((double)values[0] * scale);
            reading->counted[index] = true;
        } else if (reading->available) {
            snprintf(reading->unavailable_reason, sizeof reading->unavailable_reason, "%s %s",
                     read_ok ? "never scheduled on a counter:" : "reading failed:", counters->events[index].name);
            reading->available = false;
        }
        close(fd);
        counters->fds[index] = -1;
        if (!reading->counted[index]) continue;
        if (strcmp(reading->names[index], "cycles") == 0) reading->cycles = reading->values[index];
        if (strcmp(reading->names[index], "instructions") == 0) reading->instructions = reading->values[index];
        if (strcmp(reading->names[index], "cache-misses") == 0) reading->llc_misses = reading->values[index];
    }
}

void perf_side_json(const struct perf_reading *reading, char *buffer, size_t bytes) {
    size_t used = 0;
    for (int index = 0; index < reading->event_count; index++) {
        if (!reading->counted[index]) continue;
        int written = snprintf(buffer + used, bytes - used, "%c\"%s\":%llu", used == 0 ? '{' : ',',
                               reading->names[index], (unsigned long long)reading->values[index]);
        /* A buffer too small for every event (and the closing brace) gives null rather than half an object. */
        if (written < 0 || (size_t)written + 1 >= bytes - used) {
            snprintf(buffer, bytes, "null");
            return;
        }
        used += (size_t)written;
    }
    snprintf(buffer + used, bytes - used, used == 0 ? "null" : "}");
}
