#!/bin/sh
# Runs the driver, and its ThreadSanitizer and AddressSanitizer builds, through every mode with the full payload check,
# and proves the checks can fail: an injected sequence gap must make the run invalid.
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
    expect "$mode unpinned first touch" '"valid":true' "$driver" --mode "$mode" --messages 20000 --check
    expect "$mode detects an injected gap" '"valid":false' "$driver" --mode "$mode" $pinning --messages 20000 --inject-gap 997
    expect "$mode under ThreadSanitizer" '"valid":true' run_tsan "$tsan" --mode "$mode" $pinning --capacity 16 --messages 20000 --check
    expect "$mode under AddressSanitizer" '"valid":true' run_asan "$asan" --mode "$mode" $pinning --payload 256 --capacity 16 --messages 20000 --check
done

report_counts "native"
