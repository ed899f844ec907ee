#!/usr/bin/env bash
# Installs everything the preview and the tests need, skipping what is already
# installed at the right version, so a second run takes seconds.
# Versions come from ../shared/TOOLCHAIN.md: each one was verified on this kind
# of machine, and the wrong one fails silently (an old wasm-opt corrupts wasm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen` crate pinned with `=` in Cargo.toml.
WASM_BINDGEN_VERSION=0.2.130
CARGO_DENY_VERSION=0.20.2
# Drives Debian's firefox-esr for the browser tests (tests/browser/engines.mjs).
GECKODRIVER_VERSION=0.37.1

export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy rust-src; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done
# The release build rebuilds std for size (scripts/release.sh), and Trunk
# runs cargo offline: fetch the crates std's own lock file names (seconds
# once cached). RUSTC_BOOTSTRAP: that manifest uses unstable cargo keys.
RUSTC_BOOTSTRAP=1 cargo fetch --quiet \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  log "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# No --locked: the registry lacks a version its lock file names (TOOLCHAIN.md).
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The dependency audit (deny.toml). Built from crates.io with its own lock file.
if ! cargo-deny --version 2>/dev/null | grep -q " $CARGO_DENY_VERSION\$"; then
  log "installing cargo-deny $CARGO_DENY_VERSION (about 10 minutes)"
  cargo install cargo-deny --locked --version "$CARGO_DENY_VERSION"
fi

# geckodriver, the WebDriver server for Firefox. Built from crates.io with its lock file.
# (Its output is read whole: it panics when a pipe closes early.)
gecko="$(geckodriver --version 2>/dev/null || true)"
if ! printf '%s\n' "$gecko" | grep -q "^geckodriver $GECKODRIVER_VERSION\b"; then
  log "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes)"
  cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
fi

# The three engines from Debian's packages; never a test tool's own browser
# download (no internet). Chromium with its driver; firefox-esr; WebKitGTK's
# WebDriver server with the engine's GObject bindings, which the tests'
# bare WebKit window uses (tests/browser/webkit-shell.py), and Xvfb, since
# WebKitGTK has no headless mode. fonts-nanum: a Korean font, so Korean
# renders (and wraps, and can be looked at) in every engine; readers'
# devices have their own.
PACKAGES="chromium chromium-driver firefox-esr webkit2gtk-driver gir1.2-webkit2-4.1 python3-gi xvfb fonts-nanum"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  log "installing Debian's$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# npm packages: binaryen 132's wasm-opt (Debian's v108 corrupts release
# builds) and playwright-core. Reinstall only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
fi
log "tools ready: $(trunk --version), $(wasm-bindgen --version), $(cargo-deny --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
log "engines: $(chromium --version 2>/dev/null); $(firefox-esr --version 2>/dev/null) with $(geckodriver --version 2>/dev/null | sed -n 1p); WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0)"
