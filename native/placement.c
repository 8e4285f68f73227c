#include "placement.h"

#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* From <linux/mempolicy.h>; spelled out so the build needs no NUMA headers. */
#define MPOL_BIND_POLICY 2
#define MPOL_MF_STRICT_FLAG (1 << 0)

static bool read_small_file(const char *path, char *buffer, size_t size) {
    FILE *file = fopen(path, "r");
    if (file == NULL) return false;
    size_t length = fread(buffer, 1, size - 1, file);
    fclose(file);
    buffer[length] = '\0';
    return true;
}

/* Is `id` in a kernel cpulist/nodelist such as "0-3,8,10-11"? */
static bool list_contains(const char *list, int id) {
    const char *cursor = list;
    while (*cursor != '\0' && *cursor != '\n') {
        char *end;
        long first = strtol(cursor, &end, 10);
        if (end == cursor) return false;
        long last = first;
        if (*end == '-') {
            cursor = end + 1;
            last = strtol(cursor, &end, 10);
        }
        if (id >= first && id <= last) return true;
        cursor = *end == ',' ? end + 1 : end;
    }
    return false;
}

bool placement_cpu_usable(int cpu, placement_error error) {
    char online[4096];
    if (cpu < 0 || cpu >= CPU_SETSIZE) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "CPU %d does not exist", cpu);
        return false;
    }
    if (read_small_file("/sys/devices/system/cpu/online", online, sizeof online) && !list_contains(online, cpu)) {
        online[strcspn(online, "\n")] = '\0';
        snprintf(error, PLACEMENT_ERROR_BYTES, "CPU %d is not online (online CPUs: %.200s)", cpu, online);
        return false;
    }
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && !CPU_ISSET(cpu, &allowed)) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "CPU %d is outside the CPUs this process may use (affinity/cgroup)", cpu);
        return false;
    }
    return true;
}

bool placement_node_usable(int node, placement_error error) {
    char path[128], list[4096];
    snprintf(path, sizeof path, "/sys/devices/system/node/node%d", node);
    if (node < 0 || node >= PLACEMENT_MAX_NODES || access(path, F_OK) != 0) {
        const char *online = read_small_file("/sys/devices/system/node/online", list, sizeof list) ? list : "unknown\n";
        snprintf(error, PLACEMENT_ERROR_BYTES, "no such NUMA node %d (online nodes: %.*s)", node,
                 (int)strcspn(online, "\n"), online);
        return false;
    }
    if (read_small_file("/sys/devices/system/node/has_memory", list, sizeof list) && !list_contains(list, node)) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "NUMA node %d has no memory", node);
        return false;
    }
    return true;
}

bool placement_pin_self(int cpu, placement_error error) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "sched_setaffinity(CPU %d): %s", cpu, strerror(errno));
        return false;
    }
    return true;
}

static size_t page_size(void) { return (size_t)sysconf(_SC_PAGESIZE); }

static size_t round_to_pages(size_t bytes) {
    size_t page = page_size();
    return (bytes + page - 1) / page * page;
}

void *placement_alloc(size_t bytes, int node, placement_error error) {
    size_t length = round_to_pages(bytes);
    void *region = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "mmap(%zu bytes): %s", length, strerror(errno));
        return NULL;
    }
    if (node >= 0) {
        unsigned long mask = 1UL << node;
        if (syscall(SYS_mbind, region, length, MPOL_BIND_POLICY, &mask, sizeof mask * 8, MPOL_MF_STRICT_FLAG) != 0) {
            snprintf(error, PLACEMENT_ERROR_BYTES, "mbind(node %d): %s", node, strerror(errno));
            munmap(region, length);
            return NULL;
        }
    }
    /* Fault every page now: under MPOL_BIND it lands on `node`; otherwise first touch puts it on this thread's node. */
    memset(region, 0, length);
    return region;
}

void placement_free(void *region, size_t bytes) {
    if (region != NULL) munmap(region, round_to_pages(bytes));
}

static void add_node(struct page_nodes *out, int node) {
    for (int index = 0; index < out->node_count; index++) {
        if (out->nodes[index] == node) return;
    }
    int position = out->node_count++;
    while (position > 0 && out->nodes[position - 1] > node) {
        out->nodes[position] = out->nodes[position - 1];
        position--;
    }
    out->nodes[position] = node;
}

bool placement_page_nodes(const void *region, size_t bytes, struct page_nodes *out, placement_error error) {
    size_t page = page_size();
    size_t count = round_to_pages(bytes) / page;
    void **pages = calloc(count, sizeof *pages);
    int *status = calloc(count, sizeof *status);
    bool ok = pages != NULL && status != NULL;
    if (!ok) snprintf(error, PLACEMENT_ERROR_BYTES, "out of memory checking %zu pages", count);
    for (size_t index = 0; ok && index < count; index++) pages[index] = (unsigned char *)region + index * page;
    /* With a NULL node list move_pages moves nothing and reports each page's current node in `status`. */
    if (ok && syscall(SYS_move_pages, 0, (unsigned long)count, pages, NULL, status, 0) != 0) {
        snprintf(error, PLACEMENT_ERROR_BYTES, "move_pages: %s", strerror(errno));
        ok = false;
    }
    out->pages = count;
    out->node_count = 0;
    for (size_t index = 0; ok && index < count; index++) {
        if (status[index] < 0 || status[index] >= PLACEMENT_MAX_NODES) {
            snprintf(error, PLACEMENT_ERROR_BYTES, "page %zu has no node (%s)", index, strerror(-status[index]));
            ok = false;
        } else {
            add_node(out, status[index]);
        }
    }
    free(pages);
    free(status);
    return ok;
}
