#!/bin/sh
# 10^8 messages through the full payload check, pinned where the machine has two CPUs. Minutes, so not in `make check`.
set -eu
driver=$1
if [ "$(nproc)" -ge 2 ]; then pinning="--producer-cpu 0 --consumer-cpu 1"; else pinning=""; fi
output=$("$driver" --mode throughput $pinning --messages 100000000 --payload 64 --check)
printf '%s\n' "$output"
printf '%s' "$output" | grep -q '"valid":true'
echo "check-long: 100000000 messages, sequence and payload verified"
