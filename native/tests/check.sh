#!/bin/sh
# Runs the driver, and its ThreadSanitizer and AddressSanitizer builds, through every mode with the full payload check,
# and proves the checks can fail: an injected sequence gap must make the run invalid.
# usage: check.sh DRIVER TSAN_DRIVER ASAN_DRIVER
set -eu
driver=$1 tsan=$2 asan=$3
passed=0 failed=0
cpus=$(nproc)
if [ "$cpus" -ge 2 ]; then pinning="--producer-cpu 0 --consumer-cpu 1"; else pinning=""; fi

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

# ThreadSanitizer maps shadow memory at fixed addresses; high mmap randomisation on newer kernels breaks that.
run_tsan() { setarch "$(uname -m)" -R env TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$@"; }
run_asan() { env ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" UBSAN_OPTIONS="halt_on_error=1" "$@"; }

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

echo "native: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
