#!/bin/sh
# Runs the driver, and its ThreadSanitizer and AddressSanitizer builds, through every mode and both rings with the
# full payload check, and proves the checks can fail: an injected sequence gap must make the run invalid.
# usage: check.sh DRIVER TSAN_DRIVER ASAN_DRIVER
set -eu
driver=$1 tsan=$2 asan=$3
. "$(dirname "$0")/expect.sh"

for mode in throughput pingpong same-thread; do
    for padding in 0 64 128 256; do
        expect "$mode padding $padding valid" '"valid":true' \
            "$driver" --mode "$mode" $pinning --slots-node 0 --index-node 0 --padding "$padding" --payload 64 \
            --capacity 64 --messages 100000 --check
    done
    # The lean path (sequence numbers only) of every payload size, and the batched ring with a batch that does not
    # divide the capacity, so partial batches are published before each wait.
    for payload in 8 16 32 128 256; do
        expect "$mode payload $payload lean valid" '"valid":true' "$driver" --mode "$mode" $pinning --payload "$payload" \
            --capacity 64 --messages 100000
    done
    expect "$mode batched valid" '"implementation":"batched".*"batch":7.*"valid":true' \
        "$driver" --mode "$mode" --ring batched --batch 7 $pinning --payload 64 --capacity 64 --messages 100000 --check
    expect "$mode unpinned first touch" '"valid":true' "$driver" --mode "$mode" --messages 20000 --check
    expect "$mode extra work recorded" '"extraWork":50.*"valid":true' "$driver" --mode "$mode" $pinning --messages 20000 \
        --extra-work 50
    expect "$mode detects an injected gap" '"valid":false' "$driver" --mode "$mode" $pinning --messages 20000 --inject-gap 997
    expect "$mode batched detects an injected gap" '"valid":false' "$driver" --mode "$mode" --ring batched $pinning \
        --messages 20000 --inject-gap 997
    for ring in reference batched; do
        expect "$mode $ring under ThreadSanitizer" '"valid":true' run_tsan "$tsan" --mode "$mode" --ring "$ring" $pinning \
            --capacity 16 --messages 20000 --check
        expect "$mode $ring under AddressSanitizer" '"valid":true' run_asan "$asan" --mode "$mode" --ring "$ring" $pinning \
            --payload 256 --capacity 16 --messages 20000 --check
    done
done

if [ -n "$pinning" ]; then
    expect "c2c valid" '"schema":"numa-spsc-bench/c2c@1".*"oneWayNsMin":[0-9].*"valid":true' \
        "$driver" --mode c2c $pinning --index-node 0 --round-trips 200 --batches 20
    expect "c2c under ThreadSanitizer" '"valid":true' run_tsan "$tsan" --mode c2c $pinning --round-trips 100 --batches 5
    expect "c2c under AddressSanitizer" '"valid":true' run_asan "$asan" --mode c2c $pinning --round-trips 100 --batches 5
fi

# Usage errors name the option as it is spelled and state one accepted range.
refuses "capacity range" '--capacity: "33554432" is not a power of two from 2 to 16777216' "$driver" --capacity 33554432
refuses "cpu option named" '--producer-cpu: "x" is not a whole number' "$driver" --producer-cpu x --consumer-cpu 1
refuses "node option named" '--index-node: "-1" is not a whole number' "$driver" --index-node -1
refuses "padding choices" '--padding: "100" is not one of 0, 64, 128, 256' "$driver" --padding 100
refuses "batch needs the batched ring" '--batch applies to --ring batched only' "$driver" --batch 4
refuses "batch within the capacity" '--batch: 64 is not a whole number from 1 to the capacity (16)' \
    "$driver" --ring batched --batch 64 --capacity 16
refuses "c2c needs a pair" '--mode c2c measures a pair of CPUs' "$driver" --mode c2c

report_counts "native"
