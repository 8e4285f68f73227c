# Sourced by the check scripts of the C driver and the Nim harness: one way to count expectations and to run the
# sanitizer builds. Defines expect, refuses, run_tsan, run_asan, report_counts and $pinning.
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

refuses() { # refuses DESCRIPTION PATTERN COMMAND...: the command must exit 2 (bad arguments) and say PATTERN
    description=$1 pattern=$2
    shift 2
    status=0
    output=$("$@" 2>&1) || status=$?
    if [ "$status" -eq 2 ] && printf '%s' "$output" | grep -q -- "$pattern"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $description (exit $status): $*" >&2
        printf '%s\n' "$output" | head -3 >&2
    fi
}

# ThreadSanitizer maps shadow memory at fixed addresses; high mmap randomisation on newer kernels breaks that.
run_tsan() { setarch "$(uname -m)" -R env TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$@"; }
run_asan() { env ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" UBSAN_OPTIONS="halt_on_error=1" "$@"; }

report_counts() { # report_counts NAME: the closing line, and the exit status
    echo "$1: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
