#!/usr/bin/env bash
# The dependency audit (deny.toml); cargo-deny runs offline. Licences, bans
# and sources come from the registry's own metadata. Advisories come from the RustSec database,
# which is published only as a git repository on GitHub (unreachable here), so
# they run against the copy in ../shared/rustsec (a git bundle), or against a
# database given with KPOP_ADVISORY_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# cargo-deny reads every locked crate's manifest, for every platform (a build
# downloads only its own): fetch them from the registry first, then work
# offline.
cargo fetch --locked --quiet
# The yanked-crate check reads cargo's index cache, which a locked build never
# refreshes: a dry-run update asks the registry again for every locked crate
# and leaves Cargo.lock as it is.
cargo update --dry-run --quiet
cargo deny --offline check --hide-inclusion-graph licenses bans sources

# cargo-deny opens exactly one directory per database URL under db-path, named
# after the URL: for the default RustSec URL, `advisory-db-` and the xxhash64
# of "https://github.com/rustsec/advisory-db" (cargo-deny's url_to_db_path).
DB_NAME=advisory-db-3157b0e258782691
# Relative to the project root: CI runs in a clean clone with ../shared beside
# it. KPOP_ADVISORY_BUNDLE names another one (to try the no-bundle branches).
bundle="${KPOP_ADVISORY_BUNDLE:-$(dirname "$PWD")/shared/rustsec/advisory-db.bundle}"
MAX_AGE_DAYS=180

fail() { echo "audit: FAILED: $*" >&2; exit 1; }
commit_time() { git -C "$1" log -1 --format=%ct 2>/dev/null || echo 0; }

# Whole days from the date $1 to the date $2 (both YYYY-MM-DD).
days_between() { echo $((($(date -ud "$2" +%s) - $(date -ud "$1" +%s)) / 86400)); }

# Puts the bundle's database at $1 unless a database as new or newer is there
# already (one fetched from GitHub, say). Cloned beside it, then moved, so an
# interrupted run never leaves half a database where cargo-deny looks.
install_bundle() {
  local db=$1 head tmp
  head=$(git bundle list-heads "$bundle" HEAD | cut -d' ' -f1)
  [ "$(git -C "$db" rev-parse -q --verify HEAD 2>/dev/null)" != "$head" ] || return 0
  mkdir -p "$(dirname "$db")"
  tmp=$(mktemp -d "$db.tmp-XXXXXX")
  git -c init.defaultBranch=master clone -q "$bundle" "$tmp/db"
  if [ ! -d "$db/crates" ] || [ "$(commit_time "$tmp/db")" -gt "$(commit_time "$db")" ]; then
    rm -rf "$db"
    mv "$tmp/db" "$db"
    echo "advisory database: installed the copy from $bundle"
  else
    echo "advisory database: kept $db, newer than the copy in $bundle"
  fi
  rm -rf "$tmp"
}

if [ -n "${KPOP_ADVISORY_DB:-}" ]; then
  # Given explicitly: used as it is, never replaced.
  db="$KPOP_ADVISORY_DB/$DB_NAME"
  [ -d "$db/crates" ] || fail "KPOP_ADVISORY_DB=$KPOP_ADVISORY_DB holds no advisory database at $db"
else
  # cargo-deny's default place. deny.toml can't fall back to it by itself:
  # cargo-deny doesn't expand the variable inside `${KPOP_ADVISORY_DB:-...}`.
  export KPOP_ADVISORY_DB="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
  db="$KPOP_ADVISORY_DB/$DB_NAME"
  if [ -f "$bundle" ]; then
    install_bundle "$db"
  elif [ "${CI:-}" = true ]; then
    fail "no RustSec advisory database bundle at $bundle (CI needs ../shared beside the clone)"
  elif [ ! -d "$db/crates" ]; then
    echo "advisories: NOT RUN: no advisory database bundle at $bundle and no database at $db"
    exit 0
  fi
fi

# The database's age is its last commit's date (the upstream date it was
# copied at), not when it was cloned here. KPOP_TODAY (YYYY-MM-DD) stands in
# for today, to try the warning.
db_date=$(git -C "$db" log -1 --format=%cs)
age=$(days_between "$db_date" "${KPOP_TODAY:-$(date -u +%F)}")
echo "advisory database: $db, last commit $db_date ($age days old)"
if [ "$age" -gt "$MAX_AGE_DAYS" ]; then
  echo "warning: the advisory database is $age days old (over $MAX_AGE_DAYS): advisories published since" \
    "$db_date are not checked; replace ../shared/rustsec/advisory-db.bundle with a newer copy." >&2
fi

# Any vulnerability, unsound or yanked crate fails here; cargo-deny's own
# diagnostics (on stderr, not filtered) name the advisory's id and the crate.
cargo deny --offline check --hide-inclusion-graph advisories
