#!/usr/bin/env bash
# Every test, exactly as CI runs it (.ci/run calls this): installs what is
# missing, then formatting, lints, native tests, the release build, browser
# tests against that build in Chromium, Firefox and WebKit, and the size
# report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown -- -D warnings

step "dependency audit (cargo deny: licences, bans, sources; RustSec advisories from ../shared/rustsec)"
bash scripts/audit.sh

step "the advisory check can fail (synthetic advisories in a throwaway copy of the database)"
bash scripts/audit-can-fail.sh

step "native tests (data validation, chart logic, SVG rendering, doctests)"
cargo test

step "release build (trunk; std rebuilt for size; wasm-opt 132; esbuild; .gz/.br copies)"
bash scripts/release.sh

step "release build with a next period added to the data (tests/fixtures/next-period.csv: invented, test-only)"
bash scripts/next-period-data.sh target/next-period-data
KPOP_DATA_DIR="$PWD/target/next-period-data" RELEASE_DIST=target/dist-next-period bash scripts/release.sh
export KPOP_DIST_NEXT_PERIOD="$PWD/target/dist-next-period"

# The same tests in each engine (tests/browser/engines.mjs); a test that
# needs one engine's tools says so and is reported skipped in the others.
for engine in chromium firefox webkit; do
  step "browser tests in $engine (release build)"
  BROWSER_ENGINE=$engine node --test --test-timeout=300000 --test-reporter=spec tests/browser/
done

step "size report"
node scripts/size-report.mjs dist

step "size budget (gzip bytes of everything the embed page loads)"
node scripts/size-budget.mjs dist
