#!/usr/bin/env bash
# The conformance suite: every operation of the OpenAPI description ($DO_OPENAPI_DIR), called
# through its method of the built package (pkg/) over HTTP on 127.0.0.1 against Prism's mock
# of the same description (`prism mock`, npm @stoplight/prism-cli, a pinned dev dependency).
# An operation passes when Prism accepted every request of the call (2xx, no request violation)
# and the request on the wire is the one the spec describes (tests/conformance/run.mjs).
# Exclusions, each with its reason: tests/conformance/allowlist.mjs. One line per failure, known
# client bugs, a summary by category, then "conformance: N passed, N failed". Builds pkg/ when
# missing. CONFORMANCE_STRICT=1 counts known client bugs as failures; ARGS is passed on:
# "--only op1,op2", --verbose (the allowlist with reasons), --all-query (every declared query
# parameter, not only the required ones). Artefacts (results.json, prism.log):
# tests/artifacts/conformance/.
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/env
artifacts=tests/artifacts/conformance
mkdir -p "$artifacts"

die() { echo "conformance: $*"; echo "conformance: 0 passed, 1 failed"; exit 1; }

[ -f pkg/package.json ] || bash pkg-template/build.sh >"$artifacts/build.log" 2>&1 ||
  die "pkg-template/build.sh failed (see $artifacts/build.log)"
[ -x node_modules/.bin/prism ] || die "no node_modules/.bin/prism: run bash .ci/setup (npm ci)"
[ -f "$DO_OPENAPI_DIR/digitalocean-v2.json" ] || die "no $DO_OPENAPI_DIR/digitalocean-v2.json (set DO_OPENAPI_DIR)"

# shellcheck disable=SC2086 # ARGS is a word list on purpose
timeout 600 node tests/conformance/run.mjs ${ARGS:-}
rc=$?
[ "$rc" -eq 124 ] && die "timed out after 600 s"
exit "$rc"
