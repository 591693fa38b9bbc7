#!/usr/bin/env bash
# End-to-end tests of the console (www/) in headless Chromium (Debian's /usr/bin/chromium via
# playwright-core) against do-sim serving the API and the console on one origin.
# Reuses pkg/ when present (else builds it), assembles build/site, starts do-sim on a free port,
# runs tests/e2e/*.test.mjs one file at a time, prints "e2e: N passed, N failed", and stops
# everything it started. Screenshots: tests/artifacts/screenshots/.
# E2E_FILES="tests/e2e/x.test.mjs ..." runs only those files; E2E_ACTION_MS sets do-sim's action time.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source .ci/env
artifacts=$root/tests/artifacts
mkdir -p "$artifacts/screenshots" "$artifacts/logs"

fail() { echo "e2e: $*" >&2; echo "e2e: 0 passed, 1 failed"; exit 1; }

if [ ! -f pkg/browser.js ]; then
  bash pkg-template/build.sh || fail "the package did not build"
fi
bash www/assemble.sh "$root/build/site" || fail "could not assemble build/site"
cargo build -q -p do-sim || fail "do-sim did not build"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (run .ci/setup)"

sim_bin=$CARGO_TARGET_DIR/debug/do-sim
sim_out=$(mktemp)
tap=$(mktemp)
"$sim_bin" --listen 127.0.0.1:0 --static "$root/build/site" --action-ms "${E2E_ACTION_MS:-1200}" \
  >"$sim_out" 2>"$artifacts/logs/e2e-do-sim.log" &
sim=$!
trap 'kill "$sim" 2>/dev/null; wait "$sim" 2>/dev/null; rm -f "$sim_out" "$tap"' EXIT

url=""
for _ in $(seq 100); do   # up to 10 s for the base URL
  url=$(head -n1 "$sim_out")
  [ -n "$url" ] && break
  kill -0 "$sim" 2>/dev/null || fail "do-sim exited early"
  sleep 0.1
done
[ -n "$url" ] || fail "do-sim printed no URL"
echo "e2e: do-sim at $url (action ${E2E_ACTION_MS:-1200} ms)"

E2E_URL=$url E2E_TOKEN=dop_v1_demo E2E_SIM=$sim_bin E2E_SITE=$root/build/site \
E2E_SCREENSHOTS=$artifacts/screenshots \
  node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" \
    ${E2E_FILES:-tests/e2e/*.test.mjs}
rc=$?

pass=$(awk '/^# pass /{print $3}' "$tap"); pass=${pass:-0}
failed=$(awk '/^# fail /{print $3}' "$tap"); failed=${failed:-0}
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "e2e: screenshots in $artifacts/screenshots"
echo "e2e: $pass passed, $failed failed"
exit "$rc"
