#!/bin/sh
# Runs the Nim harness, and its ThreadSanitizer and AddressSanitizer builds, through every mode with the full payload
# check, and proves the check can fail: an injected sequence gap must make the run invalid.
# usage: check.sh HARNESS TSAN_HARNESS ASAN_HARNESS
set -eu
harness=$1 tsan=$2 asan=$3
passed=0 failed=0
if [ "$(nproc)" -ge 2 ]; then pinning="--producer-cpu 0 --consumer-cpu 1"; else pinning=""; fi

expect() { # expect DESCRIPTION PATTERN COMMAND...
    description=$1 pattern=$2
    shift 2
    if output=$("$@" 2>&1) && printf '%s' "$output" | grep -q -- "$pattern"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $description: $*" >&2
        printf '%s\n' "$output" | tail -5 >&2
    fi
}

run_tsan() { setarch "$(uname -m)" -R env TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$@"; }
run_asan() { env ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" "$@"; }

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

echo "nim harness: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
