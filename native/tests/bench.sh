#!/bin/sh
# A benchmark, not a test: throughput and round-trip latency of the reference ring for each index separation, on
# CPUs 0 and 1 with memory on node 0. Five runs each; prints the median of the five. Read the numbers on the machine
# they come from (a VM's are noisy); the report of `numa-spsc-bench run` is the statistically careful version.
set -eu
driver=$1
runs=5
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
median() { sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'; }

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) CPUs"
printf '%-8s %22s %16s %16s\n' padding "throughput (M msg/s)" "RTT p50 (ns)" "RTT p99 (ns)"
for padding in 0 64 128 256; do
    throughput=$(for run in $(seq $runs); do
        "$driver" --mode throughput --producer-cpu 0 --consumer-cpu 1 --slots-node 0 --index-node 0 \
            --padding "$padding" --messages 5000000 | field messagesPerSecond
    done | median)
    rtt=$(for run in $(seq $runs); do
        "$driver" --mode pingpong --producer-cpu 0 --consumer-cpu 1 --slots-node 0 --index-node 0 \
            --padding "$padding" --messages 100000
    done)
    p50=$(printf '%s\n' "$rtt" | field p50 | median)
    p99=$(printf '%s\n' "$rtt" | sed 's/"p999".*//' | field p99 | median)
    printf '%-8s %22s %16s %16s\n' "$padding" "$(awk -v rate="$throughput" 'BEGIN { printf "%.1f", rate / 1e6 }')" "$p50" "$p99"
done
