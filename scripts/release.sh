#!/usr/bin/env bash
# The release build: `trunk build --release` with the standard library
# rebuilt for size (about 13% off the wasm), then `.gz` and `.br` copies of
# every text and wasm file. Used by the tests and the benchmark; assumes
# scripts/setup.sh has run (it adds rust-src and fetches std's crates).
#
# Why the pinned stable toolchain with RUSTC_BOOTSTRAP=1 rather than a
# pinned nightly: one compiler for everything, so the wasm is built by the
# very rustc whose clippy and tests pass on it; stable's rust-src installs
# with `rustup component add` wherever stable does, while other whole
# toolchains can't be downloaded here (../shared/TOOLCHAIN.md), so a
# nightly CI could not install would be a hidden dependency; and this is
# how Firefox and the Linux kernel use unstable flags on a release
# compiler. The price: the flags are unstable, so a toolchain bump must
# re-run this build (the budget check catches a silent loss). The flags
# are scoped to this build: -Zbuild-std needs an explicit --target, so it
# never reaches native builds (build scripts, the fallback step, tests),
# which stay plain stable.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

export RUSTC_BOOTSTRAP=1
# Cargo reads its [unstable] table from CARGO_UNSTABLE_* (lists split on
# spaces). No std features at all: the default ones keep backtrace code.
export CARGO_UNSTABLE_BUILD_STD="std panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES=""
# Only the wasm target gets these: panics abort without formatting,
# `{:?}` prints nothing, and panic locations are not embedded.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"

# RELEASE_DIST builds elsewhere (scripts/check.sh's build with a next
# period added to the data, which KPOP_DATA_DIR points build.rs at).
out="${RELEASE_DIST:-dist}"
rm -rf "$out"
trunk build --release --dist "$out" "$@"
# Precompressed copies for static hosts (README, "Serving it").
node scripts/precompress.mjs "$out"
