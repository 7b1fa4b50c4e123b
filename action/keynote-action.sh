#!/usr/bin/env bash
# The logic of the KeynoteBuilder action (action.yml), kept in a script so it runs and is tested
# outside GitHub too. Subcommands:
#   resolve  pick the version and the release archive for this runner; write version, rid, dir, outputs
#   install  download the archive and SHA256SUMS, check the archive's SHA-256, unpack it into dir
#   build    build the deck into each output (deck errors appear as annotations under GitHub Actions)
# Settings come from the environment: KEYNOTE_VERSION, KEYNOTE_DECK, KEYNOTE_OUTPUTS, KEYNOTE_DIR, and
# KEYNOTE_RELEASE_BASE, where the release's files are (https://, file:// or a folder; default: the
# action's own repository's release of that version). Results go to GITHUB_OUTPUT when it is set.
set -euo pipefail

fail() { echo "::error::keynote action: $*" >&2; exit 1; }
output() { if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; fi; echo "$1=$2"; }

# The release's name for this machine: linux-x64, linux-arm64, osx-arm64 or win-x64.
rid() {
  local os="${RUNNER_OS:-$(uname -s)}" arch="${RUNNER_ARCH:-$(uname -m)}"
  case "$os" in Linux) os=linux ;; macOS|Darwin) os=osx ;; Windows|MINGW*|MSYS*|CYGWIN*) os=win ;; *) fail "no release for the system $os" ;; esac
  case "$arch" in X64|x86_64|amd64) arch=x64 ;; ARM64|arm64|aarch64) arch=arm64 ;; *) fail "no release for the processor $arch" ;; esac
  case "$os-$arch" in linux-x64|linux-arm64|osx-arm64|win-x64) echo "$os-$arch" ;; *) fail "no release for $os-$arch; build from source" ;; esac
}

archive_name() { if [[ "$2" == win-* ]]; then echo "keynote-$1-$2.zip"; else echo "keynote-$1-$2.tar.gz"; fi; }

# The version asked for; else the action's own tag (uses: owner/repo@v1.2.3); else the latest release.
version() {
  local v="${KEYNOTE_VERSION:-}"
  if [ -z "$v" ] && [[ "${GITHUB_ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then v="$GITHUB_ACTION_REF"; fi
  if [ -z "$v" ] || [ "$v" = latest ]; then
    [ -n "${GITHUB_ACTION_REPOSITORY:-}" ] || fail "no version given, and no repository to ask for the latest release; set the input version"
    v=$(curl -fsSL -H "Authorization: Bearer ${GITHUB_TOKEN:-}" "https://api.github.com/repos/$GITHUB_ACTION_REPOSITORY/releases/latest" \
      | sed -n 's/.*"tag_name": *"\([^"]*\)".*/\1/p' | head -n 1) || true
    [ -n "$v" ] || fail "could not find the latest release of $GITHUB_ACTION_REPOSITORY; set the input version"
  fi
  echo "${v#v}"
}

# Copies one file of the release to $2: from a URL (https:// or file://) or a folder.
fetch() {
  local base="$KEYNOTE_RELEASE_BASE" name="$1" target="$2"
  case "$base" in
    http://*|https://*|file://*) curl -fsSL --retry 3 -o "$target" "$base/$name" || fail "could not download $base/$name" ;;
    *) cp "$base/$name" "$target" 2>/dev/null || fail "the release has no $name ($base/$name)" ;;
  esac
}

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

resolve() {
  local v r
  v=$(version); r=$(rid)
  output version "$v"
  output rid "$r"
  output dir "${KEYNOTE_DIR:-${RUNNER_TOOL_CACHE:-$HOME/.cache}/keynote/$v/$r}"
  local deck="${KEYNOTE_DECK:-deck.yaml}" outputs="${KEYNOTE_OUTPUTS:-}"
  if [ -z "$outputs" ]; then
    local name; name=$(basename "$deck"); name="${name%.*}"
    outputs="$(dirname "$deck")/out/$name.pptx"; outputs="${outputs#./}"
  fi
  output outputs "$outputs"
  # The artifact upload takes one path a line.
  if [ -n "${GITHUB_OUTPUT:-}" ]; then { echo "paths<<KEYNOTE_PATHS"; printf '%s\n' $outputs; echo KEYNOTE_PATHS; } >>"$GITHUB_OUTPUT"; fi
}

install() {
  local v r dir
  v=$(version); r=$(rid); dir="${KEYNOTE_DIR:?}"
  local exe="keynote"; [[ "$r" == win-* ]] && exe="keynote.exe"
  if [ -x "$dir/$exe" ]; then echo "keynote $v ($r) is cached in $dir"; return 0; fi
  KEYNOTE_RELEASE_BASE="${KEYNOTE_RELEASE_BASE:-https://github.com/${GITHUB_ACTION_REPOSITORY:?}/releases/download/v$v}"
  local name tmp; name=$(archive_name "$v" "$r"); tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  fetch SHA256SUMS "$tmp/SHA256SUMS"
  fetch "$name" "$tmp/$name"
  local expected actual
  expected=$(awk -v n="$name" '{ f=$2; sub(/^\*/, "", f); if (f == n) print $1 }' "$tmp/SHA256SUMS")
  [ -n "$expected" ] || fail "SHA256SUMS has no line for $name"
  actual=$(sha256 "$tmp/$name")
  [ "$expected" = "$actual" ] || fail "$name does not match its SHA-256 in SHA256SUMS (expected $expected, got $actual); refusing to run it"
  mkdir -p "$dir"
  tar -xf "$tmp/$name" -C "$dir" || fail "could not unpack $name"
  [ -f "$dir/$exe" ] || fail "$name has no $exe"
  chmod +x "$dir/$exe"
  echo "installed keynote $v ($r) in $dir"
}

build() {
  local dir="${KEYNOTE_DIR:?}" deck="${KEYNOTE_DECK:-deck.yaml}" status=0 out
  local exe="$dir/keynote"; [ -x "$exe" ] || exe="$dir/keynote.exe"
  [ -n "${KEYNOTE_OUTPUTS:-}" ] || { "$exe" build "$deck"; return; }
  for out in $KEYNOTE_OUTPUTS; do
    "$exe" build "$deck" -o "$out" || status=$?
  done
  return "$status"
}

case "${1:-}" in
  resolve|install|build) "$1" ;;
  *) echo "usage: keynote-action.sh resolve|install|build" >&2; exit 2 ;;
esac
