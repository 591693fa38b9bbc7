#!/usr/bin/env bash
# Every test of digitalocean-wasm, from a fresh machine: set-up, lint, native tests (core,
# catalogue sync, simulator + contract), ONE release build of the package, wasm tests in Node,
# headless Chromium and headless Firefox, the runtime matrix, types, conformance (every method
# against Prism's mock of the OpenAPI description), the console's end-to-end tests, and the size
# and speed reports (figures only, never pass/fail on timing).
# Prints each suite's counts and, last, the total as "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash .ci/setup || { echo "set-up failed"; exit 1; }
source .ci/env
mkdir -p tests/artifacts/logs
logs=tests/artifacts/logs

passed=0; failed=0; bad_suites=()
t_start=$(date +%s)

# count_cargo LOG: sums cargo's "test result:" lines.
count_cargo() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { printf "%d %d\n", p, f }' "$1"
}
# count_plain LOG: the last "N passed, N failed" line a suite printed.
count_plain() {
  grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n1 | awk '{ printf "%d %d\n", $1, $3 }'
}

# suite NAME COUNTER COMMAND...: runs a suite, tees its log, adds its counts.
suite() {
  local name=$1 counter=$2; shift 2
  local log="$logs/$name.log" t0 rc p f
  t0=$(date +%s)
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  read -r p f < <($counter "$log")
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # a suite that broke before counting
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" -eq 0 ] || bad_suites+=("$name")
  echo "=== $name: $p passed, $f failed (exit $rc, $(( $(date +%s) - t0 )) s)"
}

lint() {
  cargo fmt --all -- --check || return 1
  cargo clippy --workspace --all-targets -- -D warnings || return 1
  cargo clippy -p digitalocean-wasm --target wasm32-unknown-unknown -- -D warnings || return 1
  # The rustdoc of the crate builds without broken or private links.
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p digitalocean-wasm -p do-sim -q || return 1
  # The sans-IO core never touches JS, a clock or randomness.
  # (comment lines may name what is banned.)
  if grep -rnE 'wasm_bindgen|js_sys|web_sys|gloo|Date::now|Instant::now|SystemTime' src/core \
      | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//'; then
    echo "src/core must stay sans-IO"; return 1
  fi
  echo "lint: 1 passed, 0 failed"
}

suite lint        count_plain lint
suite native      count_cargo cargo test --workspace --no-fail-fast
suite package     count_plain bash pkg-template/build.sh
suite wasm        count_plain bash tests/wasm.sh
suite types       count_plain bash tests/types/run.sh
suite runtimes    count_plain bash tests/runtimes.sh
suite conformance count_plain bash tests/conformance.sh
suite e2e         count_plain bash tests/e2e.sh
suite size        count_plain bash tests/size.sh
suite bench       count_plain bash tests/bench/run.sh

echo
echo "total time: $(( $(date +%s) - t_start )) s"
[ ${#bad_suites[@]} -eq 0 ] || echo "suites that failed: ${bad_suites[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#bad_suites[@]} -eq 0 ]
