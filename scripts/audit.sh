#!/usr/bin/env bash
# The dependency audit (deny.toml), offline. Licences, bans and sources come
# from the registry's own metadata, so they always run. Advisories need the
# RustSec database, which is published only on GitHub: they run when a copy is
# at $KPOP_ADVISORY_DB (or cargo-deny's default place) and are otherwise
# reported as not run, never as passed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# cargo-deny reads every locked crate's manifest, for every platform (a build
# downloads only its own): fetch them from the registry first, then work
# offline.
cargo fetch --locked --quiet
cargo deny --offline check --hide-inclusion-graph licenses bans sources

db="${KPOP_ADVISORY_DB:-${CARGO_HOME:-$HOME/.cargo}/advisory-dbs}"
if compgen -G "$db/advisory-db-*/crates" >/dev/null; then
  for d in "$db"/advisory-db-*/; do
    echo "advisory database: $d (last commit $(git -C "$d" log -1 --format=%cs 2>/dev/null || echo unknown))"
  done
  cargo deny --offline check --hide-inclusion-graph advisories
else
  echo "advisories: NOT RUN: no RustSec advisory database at $db (it is published on GitHub only," \
    "which this machine can't reach); see RELIABILITY.md for the last run against a copy."
fi
