#include "perf.h"

#include <errno.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static const struct {
    uint32_t type;
    uint64_t config;
    const char *name;
} EVENTS[3] = {
    {PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES, "cycles"},
    {PERF_TYPE_HARDWARE, PERF_COUNT_HW_INSTRUCTIONS, "instructions"},
    {PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_MISSES, "LLC misses"},
};

void perf_open(struct perf_counters *counters) {
    counters->available = true;
    counters->unavailable_reason[0] = '\0';
    for (int index = 0; index < 3; index++) counters->fds[index] = -1;
    for (int index = 0; index < 3; index++) {
        struct perf_event_attr attr;
        memset(&attr, 0, sizeof attr);
        attr.size = sizeof attr;
        attr.type = EVENTS[index].type;
        attr.config = EVENTS[index].config;
        attr.disabled = 1;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        int fd = (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
        if (fd < 0) {
            snprintf(counters->unavailable_reason, sizeof counters->unavailable_reason, "perf_event_open(%s): %s",
                     EVENTS[index].name, strerror(errno));
            counters->available = false;
            break;
        }
        counters->fds[index] = fd;
    }
}

void perf_start(struct perf_counters *counters) {
    if (!counters->available) return;
    for (int index = 0; index < 3; index++) {
        ioctl(counters->fds[index], PERF_EVENT_IOC_RESET, 0);
        ioctl(counters->fds[index], PERF_EVENT_IOC_ENABLE, 0);
    }
}

void perf_finish(struct perf_counters *counters, struct perf_reading *reading) {
    uint64_t values[3] = {0, 0, 0};
    reading->available = counters->available;
    snprintf(reading->unavailable_reason, sizeof reading->unavailable_reason, "%s", counters->unavailable_reason);
    for (int index = 0; index < 3; index++) {
        if (counters->fds[index] < 0) continue;
        ioctl(counters->fds[index], PERF_EVENT_IOC_DISABLE, 0);
        if (reading->available && read(counters->fds[index], &values[index], sizeof values[index]) != sizeof values[index]) {
            snprintf(reading->unavailable_reason, sizeof reading->unavailable_reason, "reading %s: %s",
                     EVENTS[index].name, strerror(errno));
            reading->available = false;
        }
        close(counters->fds[index]);
        counters->fds[index] = -1;
    }
    reading->cycles = values[0];
    reading->instructions = values[1];
    reading->llc_misses = values[2];
}
