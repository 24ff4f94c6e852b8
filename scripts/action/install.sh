#!/usr/bin/env bash
# The GitHub Action's first step (action.yml): installs bizmap into
# $RUNNER_TEMP/bizmap and puts it on the job's PATH.
#
# It downloads the release archive of BIZMAP_VERSION (default: the version of
# the action's own checkout) from the action's repository, checks it against
# the .sha256 file published beside it, and unpacks it. Where that version has
# no release archive (HTTP 404), it builds bizmap from the action's checkout,
# $GITHUB_ACTION_PATH, which is that version's sources only when the versions
# agree. Any other download failure, and a checksum that does not match, fail
# the step: a corrupt download is never installed.
#
# Environment: BIZMAP_VERSION, BIZMAP_REPOSITORY (owner/name, empty for an
# action used from the workflow's own repository), BIZMAP_RELEASES (the
# releases' download address, default
# $GITHUB_SERVER_URL/$BIZMAP_REPOSITORY/releases/download), GITHUB_ACTION_PATH,
# RUNNER_TEMP, GITHUB_PATH.
set -euo pipefail

source_dir=${GITHUB_ACTION_PATH:?}
prefix="${RUNNER_TEMP:?}/bizmap"
own_version=$(sed -n 's/^project(bizmap VERSION \([0-9][0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
version=${BIZMAP_VERSION:-$own_version}
version=${version#v}
name="bizmap-$version-linux-$(uname -m)"
releases=${BIZMAP_RELEASES:-}
if [[ -z "$releases" && -n "${BIZMAP_REPOSITORY:-}" ]]; then
  releases="${GITHUB_SERVER_URL:-https://github.com}/$BIZMAP_REPOSITORY/releases/download"
fi

download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT

# Prints the HTTP status; fails on anything but a download or a 404.
fetch() {
  local url=$1 file=$2 status
  status=$(curl --silent --show-error --location --retry 3 --output "$file" \
    --write-out '%{http_code}' "$url") || {
    echo "::error::bizmap: cannot download $url" >&2
    return 1
  }
  if [[ "$status" != 200 && "$status" != 404 ]]; then
    echo "::error::bizmap: downloading $url answered HTTP $status" >&2
    return 1
  fi
  echo "$status"
}

install_release() {
  (cd "$download" && sha256sum --check --strict "$name.tar.gz.sha256") >&2 || {
    echo "::error::bizmap: $name.tar.gz does not match its published SHA-256; nothing was installed" >&2
    return 1
  }
  rm -rf "$prefix"
  mkdir -p "$prefix"
  tar -xzf "$download/$name.tar.gz" -C "$prefix" --strip-components=1
}

build_from_source() {
  if [[ "$version" != "$own_version" ]]; then
    echo "::error::bizmap: version $version has no release archive, and this action's checkout is bizmap $own_version: use the action at the version you want, or a published version" >&2
    return 1
  fi
  echo "::notice::bizmap: no release archive of $version; building it from the action's checkout" >&2
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends cmake g++ make libyaml-cpp-dev libfmt-dev \
    libcli11-dev nlohmann-json3-dev libssl-dev libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null
  cmake -S "$source_dir" -B "$download/build" -DCMAKE_BUILD_TYPE=Release -DBIZMAP_BUILD_TESTS=OFF >/dev/null
  cmake --build "$download/build" -j "$(nproc)" --target bizmap
  rm -rf "$prefix"
  cmake --install "$download/build" --prefix "$prefix" >/dev/null
}

status=404
if [[ -n "$releases" ]]; then
  status=$(fetch "$releases/v$version/$name.tar.gz" "$download/$name.tar.gz")
fi
if [[ "$status" == 200 ]]; then
  status=$(fetch "$releases/v$version/$name.tar.gz.sha256" "$download/$name.tar.gz.sha256")
  if [[ "$status" != 200 ]]; then
    echo "::error::bizmap: $name.tar.gz is published without its .sha256; nothing was installed" >&2
    exit 1
  fi
  install_release
else
  build_from_source
fi
echo "$prefix/bin" >>"${GITHUB_PATH:?}"
"$prefix/bin/bizmap" --version
