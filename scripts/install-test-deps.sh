#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian 12 machine (run as root). Idempotent.
#   cc/make: the native benchmark; hwloc: topology oracle; python3-scipy: statistics reference vectors;
#   nim: the nimsync harness; git: the baseline data branch; scripts/qemu/setup.sh: emulated NUMA machines.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends build-essential make git hwloc python3-scipy nim >/dev/null
# QEMU, busybox and a Debian kernel for the emulated-NUMA integration tests (__tests__/qemu/).
bash scripts/qemu/setup.sh
