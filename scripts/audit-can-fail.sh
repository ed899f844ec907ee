#!/usr/bin/env bash
# Shows that the advisory check can fail. An audit that always says
# "advisories ok" (no database read, a directory name cargo-deny doesn't look
# at, a placeholder id it skips) would look exactly like a clean one, so this
# runs scripts/audit.sh against a throwaway copy of the RustSec database:
# unchanged it must pass; with two synthetic advisories for locked crates it
# must fail and name both ids and crates.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle="${KPOP_ADVISORY_BUNDLE:-$(dirname "$PWD")/shared/rustsec/advisory-db.bundle}"
# The directory cargo-deny opens for the default RustSec URL (see audit.sh).
DB_NAME=advisory-db-3157b0e258782691

fail() { echo "audit-can-fail: FAILED: $*" >&2; exit 1; }
# Without its input this test proves nothing, so that is a failure too.
[ -f "$bundle" ] || fail "no advisory database bundle at $bundle"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/$DB_NAME"
git -c init.defaultBranch=master clone -q "$bundle" "$db"

# KPOP_ADVISORY_DB makes audit.sh use this copy as it is, and leaves the real
# database alone.
audit() { KPOP_ADVISORY_DB="$tmp" bash scripts/audit.sh >"$tmp/out" 2>&1; }

# Positive control: the unchanged copy passes.
if ! audit; then
  cat "$tmp/out" >&2
  fail "the audit failed against the unchanged copy of the database"
fi
grep -q "advisories ok" "$tmp/out" || { cat "$tmp/out" >&2; fail "no \"advisories ok\" from the unchanged copy"; }
echo "audit-can-fail: the unchanged database passes"

# The one locked version of crate $1 (the test needs a crate with one version).
locked_version() {
  awk -v n="name = \"$1\"" '$0 == n { getline; gsub(/version = |"/, ""); print }' Cargo.lock
}

# Writes a synthetic advisory in the database's own format (TOML front matter
# in a fenced block, then Markdown), affecting every version up to the locked
# one. Not RUSTSEC-0000-0000: cargo-deny skips that placeholder id.
add_advisory() { # crate id informational-line
  local crate=$1 id=$2 info=$3 version
  version=$(locked_version "$crate")
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "no single locked version of $crate in Cargo.lock"
  mkdir -p "$db/crates/$crate"
  cat >"$db/crates/$crate/$id.md" <<EOF
\`\`\`toml
[advisory]
id = "$id"
package = "$crate"
date = "2026-11-30"
url = "https://example.invalid/$id"
$info

[versions]
patched = ["> $version"]
\`\`\`

# Synthetic advisory for scripts/audit-can-fail.sh

Not a real advisory: it exists only in a throwaway copy of the database.
EOF
}

# A vulnerability in a direct dependency, and an unsound notice in a crate
# only Leptos pulls in (it fails only because deny.toml says unsound = "all").
add_advisory wasm-bindgen RUSTSEC-9999-0001 ""
add_advisory slab RUSTSEC-9999-0002 'informational = "unsound"'
# In HEAD, as a real database update would be.
git -C "$db" add crates
git -C "$db" -c user.name=audit-can-fail -c user.email=audit-can-fail@invalid commit -q -m "synthetic advisories"

if audit; then
  cat "$tmp/out" >&2
  fail "the audit passed although the database has advisories for wasm-bindgen and slab"
fi
for want in RUSTSEC-9999-0001 "wasm-bindgen $(locked_version wasm-bindgen)" RUSTSEC-9999-0002 "slab $(locked_version slab)"; do
  grep -qF "$want" "$tmp/out" || { cat "$tmp/out" >&2; fail "the failing audit's output doesn't name \"$want\""; }
done
grep -E '^error\[|│ (wasm-bindgen|slab) [0-9]|ID: RUSTSEC-9999-|advisories FAILED' "$tmp/out" | sed 's/^/audit-can-fail: seen: /'
echo "audit-can-fail: ok: the synthetic advisories fail the audit, named by id and crate"
