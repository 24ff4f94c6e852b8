#!/usr/bin/env bash
# Usage: scripts/make-dist.sh BUILD DIST
# Packs the static bizmap built in BUILD (cmake -DBIZMAP_STATIC=ON, see
# `make dist`) into DIST/bizmap-VERSION-linux-ARCH.tar.gz, with its SHA-256
# in DIST/bizmap-VERSION-linux-ARCH.tar.gz.sha256 as `sha256sum -c` reads it.
# The archive holds one folder laid out like a prefix, so that
#   tar -xzf ARCHIVE -C ~/.local --strip-components=1
# installs bin/bizmap, share/man/man1/bizmap.1.gz and share/doc/bizmap/README.md.
# It is the same byte for byte when built again from the same commit: sorted
# names, no owners, and every time the commit's time.
set -euo pipefail
build=$1
dist=$2
cd "$(dirname "$0")/.."

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
name="bizmap-$version-linux-$(uname -m)"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cmake --install "$build" --prefix "$stage/$name" --strip >/dev/null

# A binary that asks for a shared library would not run where none is installed.
if readelf -d "$stage/$name/bin/bizmap" | grep -q NEEDED; then
  echo "make-dist: $build/bizmap is linked dynamically; configure it with -DBIZMAP_STATIC=ON" >&2
  exit 1
fi

# Written under temporary names in DIST and renamed into place, so that an
# interrupted run never leaves a truncated archive under the final name.
mkdir -p "$dist"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" --format=gnu \
  -C "$stage" -cf - "$name" | gzip -9n >"$stage/$name.tar.gz"
(cd "$stage" && sha256sum "$name.tar.gz") >"$stage/$name.tar.gz.sha256"
for file in "$name.tar.gz" "$name.tar.gz.sha256"; do
  cp "$stage/$file" "$dist/.$file.partial"
  mv -f "$dist/.$file.partial" "$dist/$file"
done
echo "$dist/$name.tar.gz ($(stat -c %s "$dist/$name.tar.gz") bytes), $dist/$name.tar.gz.sha256"
