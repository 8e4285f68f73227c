#!/bin/sh
# Runs the Nim harness, and its ThreadSanitizer and AddressSanitizer builds, through every mode with the full payload
# check, and proves the check can fail: an injected sequence gap must make the run invalid.
# usage: check.sh HARNESS TSAN_HARNESS ASAN_HARNESS
set -eu
harness=$1 tsan=$2 asan=$3
. "$(dirname "$0")/../../tests/expect.sh"

for mode in throughput pingpong same-thread; do
    for payload in 8 64 256; do
        expect "$mode payload $payload valid" '"valid":true' \
            "$harness" --mode "$mode" $pinning --slots-node 0 --index-node 0 --payload "$payload" --capacity 64 \
            --messages 100000 --check
    done
    expect "$mode unpinned first touch" '"valid":true' "$harness" --mode "$mode" --messages 20000 --check
    expect "$mode detects an injected gap" '"valid":false' "$harness" --mode "$mode" $pinning --messages 20000 --inject-gap 997
    expect "$mode under ThreadSanitizer" '"valid":true' run_tsan "$tsan" --mode "$mode" $pinning --capacity 16 --messages 20000 --check
    expect "$mode under AddressSanitizer" '"valid":true' run_asan "$asan" --mode "$mode" $pinning --payload 256 --capacity 16 --messages 20000 --check
done

report_counts "nim harness"
