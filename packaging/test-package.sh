#!/usr/bin/env bash
# Builds the Debian package as the README says, installs it, and checks it the way a new user would
# meet it: the installed programs run (the CLI from its installed path, the GUI offscreen), the
# desktop entry and AppStream metainfo validate with no warnings or hints, the man pages format
# cleanly, every Qt plugin the GUI loads comes from a package it depends on, and the .deb stays small.
# Run as root it installs with apt (and removes the package afterwards); otherwise it unpacks the
# package into a scratch root with dpkg -x. .ci/run calls it after the tests.
# Usage: packaging/test-package.sh [BUILD_DIR]   (default: the `package` preset's build-package;
# a given BUILD_DIR, already built, is packaged as it is)
set -euo pipefail
build_dir=${1:+$(realpath "$1")}
cd "$(dirname "$0")/.."

# The limit: the stripped build packs to about 6 MB (5.8 MB measured at 0.1.0, each program about
# 6 MB stripped). The package that carried debug information was 39 MB; 8 MB leaves room for growth and fails if debug info or unstripped binaries
# come back.
max_deb_kb=8192

say() { echo "test-package: $*"; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

if [ -z "$build_dir" ]; then
  build_dir=$PWD/build-package
  cmake --preset package >/dev/null
  cmake --build --preset package
  rm -rf "$build_dir/deb"
  cpack --preset package >/dev/null
else
  cmake --build "$build_dir" --target stepwise stepwise-cli stepwise_package_files
  rm -rf "$build_dir/deb"
  cpack --config "$build_dir/CPackConfig.cmake" -B "$build_dir/deb" >/dev/null
fi
deb=$(ls "$build_dir"/deb/stepwise_*.deb)
version=$(sed -n 's/^project(Stepwise VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), project version $version"

deb_kb=$(( $(stat -c %s "$deb") / 1024 ))
installed_kb=$(dpkg-deb -f "$deb" Installed-Size)
say "$deb: ${deb_kb} KiB, installs ${installed_kb} KiB (limit ${max_deb_kb} KiB)"
[ "$deb_kb" -le "$max_deb_kb" ] || fail "the package is ${deb_kb} KiB, over the ${max_deb_kb} KiB limit (debug information?)"
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"

scratch=$(mktemp -d)
installed_with_apt=no
cleanup() {
  if [ "$installed_with_apt" = yes ]; then apt-get purge -y stepwise >/dev/null 2>&1 || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  # Installs the way the README tells a user to; apt pulls in whatever Depends names.
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >/dev/null
  installed_with_apt=yes
  root=""
else
  dpkg -x "$deb" "$scratch/root"
  root="$scratch/root"
fi
bin="$root/usr/bin"
share="$root/usr/share"

# Nothing unstripped: no .debug sections in what was installed.
for f in "$bin/stepwise" "$bin/stepwise-cli"; do
  [ -x "$f" ] || fail "$f is not installed"
  if grep -q '\.debug_' <<<"$(readelf -S "$f")"; then fail "$f carries debug information"; fi
done

# One version, from the CMake project: both programs print it.
[ "$("$bin/stepwise-cli" --version)" = "stepwise-cli $version" ] || fail "stepwise-cli --version: $("$bin/stepwise-cli" --version)"
export QT_QPA_PLATFORM=offscreen
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
[ "$("$bin/stepwise" --version)" = "stepwise $version" ] || fail "stepwise --version: $("$bin/stepwise" --version)"

# The CLI from its installed path: dijkstra with no options runs its example.
out=$("$bin/stepwise-cli" run dijkstra)
grep -q '^path: \|^order: ' <<<"$out" || fail "stepwise-cli run dijkstra printed: $out"

# The GUI starts and keeps running (timeout's 124 means it was still up after 5 s); the plugins it
# loads must come from packages the .deb depends on.
status=0
QT_DEBUG_PLUGINS=1 timeout 5 "$bin/stepwise" >"$scratch/gui.log" 2>&1 || status=$?
[ "$status" = 124 ] || { cat "$scratch/gui.log" >&2; fail "the installed GUI exited with $status within 5 s"; }
for plugin in $(sed -n 's/.*"\([^"]*\)" loaded library.*/\1/p' "$scratch/gui.log" | sort -u); do
  owner=$(dpkg -S "$plugin" 2>/dev/null | cut -d: -f1 | head -1)
  [ -n "$owner" ] || fail "plugin $plugin belongs to no package"
  grep -Eq "(^|, )$owner( |,|$)" <<<"$depends" || fail "the GUI loads $plugin from $owner, which Depends does not name"
  say "plugin $(basename "$plugin") from $owner"
done

# On a desktop the GUI loads xcb (X11, and XWayland) instead of offscreen: it must come with a dependency.
xcb=$(find /usr/lib -path '*qt6/plugins/platforms/libqxcb.so' 2>/dev/null | head -1)
[ -n "$xcb" ] || fail "no xcb platform plugin on this machine"
owner=$(dpkg -S "$xcb" | cut -d: -f1 | head -1)
grep -Eq "(^|, )$owner( |,|$)" <<<"$depends" || fail "the xcb platform plugin comes from $owner, which Depends does not name"

# Desktop integration: validators with no warnings or hints at all (any output counts).
desktop="$share/applications/io.github.stepwise.stepwise.desktop"
metainfo="$share/metainfo/io.github.stepwise.stepwise.metainfo.xml"
out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ] || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || fail "appstreamcli: $out"
grep -q '^✔ Validation was successful\.$' <<<"$out" || fail "appstreamcli found something: $out"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's newest release is not $version"
[ -s "$share/icons/hicolor/scalable/apps/io.github.stepwise.stepwise.svg" ] || fail "no scalable icon"
png="$share/icons/hicolor/48x48/apps/io.github.stepwise.stepwise.png"
grep -q 'PNG image data, 48 x 48' <<<"$(file "$png")" || fail "no 48x48 PNG icon: $(file "$png")"

# Man pages: generated from the catalogue (every item is in stepwise-cli(1)), and groff finds nothing to warn about.
for page in stepwise stepwise-cli; do
  gz="$share/man/man1/$page.1.gz"
  [ -s "$gz" ] || fail "no man page $gz"
  warnings=$(zcat "$gz" | groff -man -Tutf8 -ww -z 2>&1) || true
  [ -z "$warnings" ] || fail "groff on $page.1: $warnings"
done
cli_page=$(zcat "$share/man/man1/stepwise-cli.1.gz")
for item in $("$bin/stepwise-cli" list | cut -d' ' -f1); do
  grep -qxF ".B $(sed 's/-/\\-/g' <<<"$item")" <<<"$cli_page" || fail "stepwise-cli(1) does not list $item"
done

say "passed"
