#!/bin/sh
# A benchmark, not a test. On CPUs 0 and 1 with memory on node 0, 8-byte messages, padding 128:
#   1. the reference ring before this hot path (native/ at git revision $BEFORE, built from `git archive` into
#      $BUILD_DIR/before) against the current one, at 1024 and 2^20 slots, and their round-trip p50;
#   2. the batched ring against the reference at 1024 slots;
#   3. c2c's one-way latency for CPUs 0/1 beside half the reference's RTT p50.
# A and B runs alternate (ABAB...) in $SETS sets of $RUNS pairs; each line is one set's medians, with the load
# average at its start (the machine may be shared: read the sets, not one number).
# usage: bench.sh DRIVER BUILD_DIR [BEFORE]
set -eu
driver=$1 build_dir=$2 before_rev=${3:-2f8103d}
SETS=${SETS:-3} RUNS=${RUNS:-5}
pair="--producer-cpu 0 --consumer-cpu 1 --slots-node 0 --index-node 0 --padding 128"
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
median() { sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'; }
millions() { awk '{ printf "%.1f", $1 / 1e6 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

before=""
if root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null); then
    rm -rf "$build_dir/before-src" && mkdir -p "$build_dir/before-src"
    git -C "$root" archive "$before_rev" native | tar -x -C "$build_dir/before-src"
    make -s -C "$build_dir/before-src/native" BUILD_DIR="$build_dir/before" >/dev/null
    before="$build_dir/before/spsc-bench"
else
    echo "not a git checkout: the before/after comparison is skipped"
fi

# ab A_COMMAND B_COMMAND FIELD [B_FIELD]: alternates A and B $RUNS times; prints "medianA medianB"
ab() {
    a=$1 b=$2 name=$3 b_name=${4:-$3}
    : >"$build_dir/a.values"
    : >"$build_dir/b.values"
    for run in $(seq "$RUNS"); do
        $a | field "$name" >>"$build_dir/a.values"
        $b | field "$b_name" >>"$build_dir/b.values"
    done
    echo "$(median <"$build_dir/a.values") $(median <"$build_dir/b.values")"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) CPUs; $(date -u +%Y-%m-%d)"
echo "medians of $RUNS alternating runs per set; throughput in M msg/s, latency in ns"
for set in $(seq "$SETS"); do
    echo "set $set (load average $(load))"
    if [ -n "$before" ]; then
        for capacity in 1024 1048576; do
            read -r old new <<EOT
$(ab "$before --mode throughput $pair --capacity $capacity --messages 5000000" \
     "$driver --mode throughput $pair --capacity $capacity --messages 5000000" messagesPerSecond)
EOT
            echo "  throughput $capacity slots: before $(echo "$old" | millions), after $(echo "$new" | millions)"
        done
        read -r old new <<EOT
$(ab "$before --mode pingpong $pair --messages 100000" "$driver --mode pingpong $pair --messages 100000" p50)
EOT
        echo "  RTT p50: before $old, after $new"
    fi
    read -r reference batched <<EOT
$(ab "$driver --mode throughput $pair --messages 5000000" \
     "$driver --mode throughput --ring batched $pair --messages 5000000" messagesPerSecond)
EOT
    echo "  throughput 1024 slots: reference $(echo "$reference" | millions), batched (32) $(echo "$batched" | millions)"
    read -r rtt one_way <<EOT
$(ab "$driver --mode pingpong $pair --messages 100000" "$driver --mode c2c $pair" p50 oneWayNsMin)
EOT
    echo "  c2c one-way (minimum over batches) $one_way; half the reference's RTT p50 $(awk -v r="$rtt" 'BEGIN { print r / 2 }')"
done
