#!/usr/bin/env bash
# Runs the client's wasm-bindgen tests (tests/client_*.rs) against one do-sim, first under
# Node (`wasm-pack test --node`), then in headless Chromium (`--headless --chrome`), then in
# headless Firefox ESR (`--headless --firefox`, driven by .ci/setup's pinned geckodriver).
# Prints `wasm tests: N passed, N failed` and exits non-zero on any failure.
# Usage: tests/wasm.sh [-- --test client_droplets ...]   (default: every tests/client_*.rs)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=/dev/null
source .ci/env

for tool in wasm-pack wasm-bindgen geckodriver firefox-esr; do
  command -v "$tool" >/dev/null || { echo "wasm tests: $tool missing (run .ci/setup)"; exit 2; }
done

# The sim URL is compiled into the test binaries (option_env!) in the shared target dir, so two
# runs at once would test against each other's simulator: take turns.
exec 9>"$CARGO_TARGET_DIR/.wasm-tests.lock"
flock 9

cargo build -q -p do-sim || { echo "wasm tests: do-sim does not build"; exit 2; }
sim_out="$(mktemp)"
"$CARGO_TARGET_DIR/debug/do-sim" --listen 127.0.0.1:0 --any-token --action-ms "${DO_SIM_ACTION_MS:-30}" --quiet --per-minute 100000 --per-hour 1000000 \
  >"$sim_out" 2>/dev/null &
sim_pid=$!
logs=()
cleanup() { kill "$sim_pid" 2>/dev/null; rm -f "$sim_out" "${logs[@]}"; }
trap cleanup EXIT INT TERM

DO_SIM_URL=""
for _ in $(seq 1 100); do
  DO_SIM_URL="$(head -n1 "$sim_out" 2>/dev/null | tr -d '\r')"
  [[ "$DO_SIM_URL" == http* ]] && break
  kill -0 "$sim_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ "$DO_SIM_URL" != http* ]]; then echo "wasm tests: do-sim did not start"; exit 2; fi
export DO_SIM_URL
echo "do-sim at $DO_SIM_URL"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"

# Only the client suites (other test files may be native-only); extra args override.
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(--)
  for f in tests/client_*.rs; do targets+=(--test "$(basename "$f" .rs)"); done
fi

passed=0; failed=0; status=0
run() { # label, env..., -- wasm-pack args
  local label="$1"; shift
  local log; log="$(mktemp)"; logs+=("$log")
  echo "== $label"
  local t0=$SECONDS
  env "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  echo "== $label: exit $rc after $((SECONDS - t0)) s"
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; echo "($label exited with $rc)"; fi
  passed=$((passed + p)); failed=$((failed + f))
  [[ $rc -ne 0 ]] && status=1
}
run "node" wasm-pack test --node "${targets[@]}"
run "chrome" WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome "${targets[@]}"
# geckodriver is named explicitly (wasm-pack never downloads one) and given Debian's Firefox ESR.
run "firefox" WASM_BINDGEN_USE_BROWSER=1 GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" \
  wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)" "${targets[@]}"

echo "wasm tests: $passed passed, $failed failed"
exit $status
