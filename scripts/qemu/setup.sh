#!/usr/bin/env bash
# Prepares what the emulated-NUMA integration tests boot (run as root on Debian 12). Idempotent.
#   qemu-system-x86: the emulated machines; busybox-static: the initramfs's tools; xz-utils: unpacking the kernel.
#   The kernel comes from the Debian package that linux-image-amd64 depends on, unpacked with dpkg-deb rather than
#   installed, because installing it spends minutes in update-initramfs for an initramfs we do not use.
# Result, in $NUMA_SPSC_QEMU_CACHE (default /var/cache/numa-spsc-bench-qemu):
#   vmlinux          the uncompressed ELF kernel, booted through PVH (skips seconds of decompression under TCG)
#   initramfs.cpio.gz busybox, the 9p/overlay modules of the same kernel and scripts/qemu/init
#   kernel-release   e.g. 6.1.0-41-amd64
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${NUMA_SPSC_QEMU_CACHE:-/var/cache/numa-spsc-bench-qemu}"
export DEBIAN_FRONTEND=noninteractive

need_packages=()
# busybox-static, not busybox: the initramfs has no shared libraries.
for package in qemu-system-x86 busybox-static xz-utils cpio kmod; do
  dpkg -s "$package" >/dev/null 2>&1 || need_packages+=("$package")
done
if [ ${#need_packages[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

image_package="$(apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -n 1)"
if [ -z "$image_package" ]; then
  echo "setup.sh: cannot tell which kernel package linux-image-amd64 depends on (apt-get update?)" >&2
  exit 1
fi
release="${image_package#linux-image-}"
if [ -f "$cache/kernel-release" ] && [ "$(cat "$cache/kernel-release")" = "$release" ] &&
   [ -f "$cache/vmlinux" ] && [ -f "$cache/initramfs.cpio.gz" ] && [ "$cache/initramfs.cpio.gz" -nt "$here/init" ]; then
  echo "setup.sh: $cache is ready for $release"
  exit 0
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/work.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The download runs as root: the _apt sandbox user cannot write into this private work directory.
(cd "$work" && apt-get download -qq -o APT::Sandbox::User=root "$image_package")
dpkg-deb -x "$work"/"$image_package"_*.deb "$work/pkg"
# The package ships no modules.dep (installing it would run depmod); generate it in the unpacked tree.
depmod -b "$work/pkg" "$release"

# The bzImage carries the kernel as an xz stream; the first offset that decompresses to an ELF file is the kernel.
bzimage="$work/pkg/boot/vmlinuz-$release"
found=""
for offset in $(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$bzimage" | cut -d: -f1); do
  if tail -c +"$((offset + 1))" "$bzimage" | xz -dc 2>/dev/null >"$work/vmlinux"; [ -s "$work/vmlinux" ] &&
     [ "$(head -c 4 "$work/vmlinux" | od -An -tx1 | tr -d ' ')" = "7f454c46" ]; then
    found=yes
    break
  fi
done
if [ -z "$found" ]; then
  echo "setup.sh: no xz-compressed ELF kernel found in $bzimage" >&2
  exit 1
fi

# The initramfs: busybox, the modules that mount the host's root (with their dependencies, in load order) and init.
modules_dir="$work/pkg/lib/modules/$release"
initramfs="$work/initramfs"
mkdir -p "$initramfs"/{bin,dev,proc,sys,mnt,modules}
cp /bin/busybox "$initramfs/bin/busybox"
ln -s busybox "$initramfs/bin/sh"
: >"$initramfs/modules/load-order"
declare -A loaded=()
load_with_dependencies() {
  local name="$1" line path dep
  line="$(grep -E "(^|/)$name\.ko(\.xz)?:" "$modules_dir/modules.dep" || true)"
  if [ -z "$line" ]; then
    # Built into this kernel: nothing to load.
    grep -qE "(^|/)$name\.ko$" "$modules_dir/modules.builtin" && return 0
    echo "setup.sh: module $name is neither in modules.dep nor built in" >&2
    exit 1
  fi
  path="${line%%:*}"
  [ -n "${loaded[$path]:-}" ] && return 0
  for dep in ${line#*:}; do
    dep="$(basename "$dep")"
    load_with_dependencies "${dep%%.ko*}"
  done
  loaded[$path]=1
  local target="$initramfs/modules/$(basename "${path%.xz}")"
  case "$path" in
    *.xz) xz -dc "$modules_dir/$path" >"$target" ;;
    *) cp "$modules_dir/$path" "$target" ;;
  esac
  basename "$target" >>"$initramfs/modules/load-order"
}
for module in virtio_pci 9pnet_virtio 9p overlay; do
  load_with_dependencies "$module"
done
cp "$here/init" "$initramfs/init"
chmod 755 "$initramfs/init"
(cd "$initramfs" && find . | cpio -o -H newc --quiet | gzip -9) >"$work/initramfs.cpio.gz"

mv -f "$work/vmlinux" "$cache/vmlinux"
mv -f "$work/initramfs.cpio.gz" "$cache/initramfs.cpio.gz"
echo "$release" >"$cache/kernel-release"
echo "setup.sh: $cache holds vmlinux and initramfs for $release"
