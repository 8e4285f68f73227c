#!/bin/sh
# Copies the files src/topology reads (sysfs NUMA and CPU topology, L3 caches, cpuinfo, cgroup cpuset, kernel
# settings and this process's status) from the running machine into DIR, keeping their paths. Runs inside the
# emulated guests (scripts/qemu/capture-fixtures.mjs) but works on any Linux machine with GNU cp.
# One cp for all files: under TCG every process start costs a noticeable fraction of a second.
set -u
out="${1:?usage: capture-sysfs.sh DIR}"
mkdir -p "$out/proc/self"
node=/sys/devices/system/node
cpu=/sys/devices/system/cpu
# Patterns that match nothing stay as written; cp reports them and copies the rest, so its status is not checked.
cp --parents -t "$out" \
  $node/online $node/possible $node/has_cpu $node/has_memory $node/has_normal_memory \
  $node/node[0-9]*/cpulist $node/node[0-9]*/cpumap $node/node[0-9]*/distance $node/node[0-9]*/meminfo \
  $cpu/online $cpu/possible $cpu/present $cpu/cpu[0-9]*/online $cpu/cpu[0-9]*/topology/* \
  $cpu/cpu[0-9]*/cache/index[0-9]*/level $cpu/cpu[0-9]*/cache/index[0-9]*/type \
  $cpu/cpu[0-9]*/cache/index[0-9]*/shared_cpu_list $cpu/cpu[0-9]*/cache/index[0-9]*/shared_cpu_map \
  /sys/kernel/mm/transparent_hugepage/enabled /sys/kernel/mm/transparent_hugepage/defrag \
  /sys/fs/cgroup/cpuset.cpus.effective /sys/fs/cgroup/cpuset.mems.effective 2>"$out/.missing" || :
# The cgroup lines of the mount table only: the rest names the guest's 9p and overlay mounts, which nothing reads.
grep -E '^[^ ]+ [^ ]+ cgroup2? ' /proc/mounts >"$out/proc/mounts" || :
# cp copied /proc/sys/kernel/numa_balancing as an empty file (procfs sizes are 0): procfs files are read with cat.
mkdir -p "$out/proc/sys/kernel"
cat /proc/cpuinfo >"$out/proc/cpuinfo"
cat /proc/sys/kernel/numa_balancing >"$out/proc/sys/kernel/numa_balancing"
cat /proc/self/cgroup >"$out/proc/self/cgroup"
cat /proc/self/status >"$out/proc/self/status"
[ -s "$out/.missing" ] && sed 's/^/capture-sysfs: /' "$out/.missing" >&2
rm -f "$out/.missing"
test -f "$out$node/online" && test -f "$out$cpu/online"
