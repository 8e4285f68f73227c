#!/bin/sh
# 10^8 messages through the full payload check, through the reference ring and through the batched ring (with a batch
# that does not divide the capacity, so partial batches are published before waits), pinned where the machine has two
# CPUs. Minutes, so not in `make check`.
set -eu
driver=$1
if [ "$(nproc)" -ge 2 ]; then pinning="--producer-cpu 0 --consumer-cpu 1"; else pinning=""; fi
for ring in "--ring reference" "--ring batched --batch 7"; do
    output=$("$driver" --mode throughput $ring $pinning --messages 100000000 --payload 64 --check)
    printf '%s\n' "$output"
    printf '%s' "$output" | grep -q '"valid":true'
    echo "check-long ($ring): 100000000 messages, sequence and payload verified"
done
