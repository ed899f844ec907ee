#!/usr/bin/env bash
# The benchmark (not a test: it prints figures and never fails on them):
# installs what is missing, builds the release and the Chart.js peer page,
# then runs both in one headless Chromium, alternating rounds.
# Usage: bash scripts/bench.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
bash scripts/release.sh
node bench/build-peer.mjs
node bench/run.mjs "$@"
