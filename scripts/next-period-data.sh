#!/usr/bin/env bash
# Writes a data folder for the "next period" test build into $1: the
# shipped data/ files with the invented rows of tests/fixtures/next-period.csv
# added to exports.csv. Built from data/ each time, so the fixture follows
# whatever the shipped files hold.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/next-period-data.sh <out-dir>}"
mkdir -p "$out"
cp data/milestones.csv data/default-period.txt "$out/"
{ sed -e '$a\\' data/exports.csv; grep -v '^#' tests/fixtures/next-period.csv; } > "$out/exports.csv"
