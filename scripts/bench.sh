#!/usr/bin/env bash
# The benchmark (not a test: it prints figures and never fails on them):
# installs what is missing, builds the release and the Chart.js peer page,
# then runs both in one headless Chromium, alternating rounds, and then
# Lighthouse (mobile) on each page served compressed as a CDN would.
# Usage: bash scripts/bench.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
bash scripts/release.sh
node bench/build-peer.mjs
node bench/run.mjs "$@"
# Lighthouse in its own folder: only the benchmark installs and loads it.
if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  npm ci --prefix bench/lighthouse --no-audit --no-fund
fi
node bench/lighthouse.mjs
