#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/packages/NAME.txt for each
# NAME given (every list when none is given) when they are missing. As root it
# runs apt-get; otherwise it prints the exact command to run and fails.
set -euo pipefail
cd "$(dirname "$0")"

lists=(packages/*.txt)
if [[ $# -gt 0 ]]; then
  lists=()
  for name in "$@"; do lists+=("packages/$name.txt"); done
fi
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "${lists[@]}" | sort -u)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "bizmap needs these Debian packages: ${missing[*]}" >&2
  echo "Install them as root with:" >&2
  echo "  apt-get update && $command" >&2
  exit 1
fi

echo "Installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$command
