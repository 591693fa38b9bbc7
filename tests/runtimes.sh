#!/usr/bin/env bash
# The runtime matrix: packs pkg/ (npm pack), installs the tarball into one throwaway project
# per cell (offline), and runs the scenario of tests/runtimes/scenario.mjs against do-sim on
# 127.0.0.1 in Node ESM, Node CommonJS (the machine's Node, and Node 18, the oldest of the
# package's `engines`: $NODE18, installed by .ci/setup), Bun ($BUN, ESM and CommonJS), Deno,
# workerd (miniflare), in headless Chromium: a plain page, a Web Worker, an esbuild bundle, a
# `vite build` and a webpack 5 production bundle (the bundlers run from the repo's node_modules
# and resolve the package from the project's), and in headless Firefox ESR (geckodriver): a plain
# page and a Web Worker. One line per cell, then "runtimes: N passed, N failed". Builds pkg/
# when missing; do-sim when out of date.
# CELLS="node-esm deno" runs a subset.
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/env
root=$PWD
here=$root/tests/runtimes
artifacts=$root/tests/artifacts/runtimes
mkdir -p "$artifacts"
cells=${CELLS:-"node-esm node-cjs node18-esm node18-cjs bun-esm bun-cjs deno workerd chromium-page chromium-worker chromium-esbuild chromium-vite chromium-webpack firefox-page firefox-worker"}

tmp=$(mktemp -d /tmp/do-runtimes.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "runtimes: $*"; echo "runtimes: 0 passed, 1 failed"; exit 1; }

# --- what the matrix needs: the package, the simulator --------------------------------------
[ -f pkg/package.json ] || bash pkg-template/build.sh >"$artifacts/build.log" 2>&1 || die "pkg-template/build.sh failed (see $artifacts/build.log)"
sim_bin=$CARGO_TARGET_DIR/debug/do-sim
cargo build -q -p do-sim || die "cargo build -p do-sim failed"   # a no-op when up to date

# start_server VAR LOG CMD...: runs CMD in the background and stores its first stdout line (a URL) in VAR.
start_server() {
  local var=$1 log=$2 fifo=$tmp/fifo.$1 line=""
  shift 2
  mkfifo "$fifo"
  "$@" >"$fifo" 2>"$log" &
  pids+=($!)
  exec 3<"$fifo"
  read -r -t 30 line <&3 || true
  cat <&3 >>"$log" &            # keep draining so the server never blocks on stdout
  pids+=($!)
  exec 3<&-
  [[ $line == http://127.0.0.1:* ]] || die "$* did not print its URL (log: $log)"
  printf -v "$var" '%s' "$line"
}

# --- the throwaway projects -----------------------------------------------------------------
npm pack ./pkg --pack-destination "$tmp" --silent >"$tmp/pack.out" 2>&1 || die "npm pack failed: $(cat "$tmp/pack.out")"
tarball=$tmp/$(tail -n1 "$tmp/pack.out")
[ -f "$tarball" ] || die "npm pack wrote no tarball ($(cat "$tmp/pack.out"))"

# project DIR SOURCE: a project with the package installed from the tarball and SOURCE's files;
# made once per run (the node18-* and bun-* cells run the node-* projects).
project() {
  local dir=$tmp/$1 source=$here/$2
  [ -d "$dir/node_modules/digitalocean-wasm" ] && return 0
  mkdir -p "$dir"
  cp -r "$source"/. "$dir/"
  cp "$here/scenario.mjs" "$dir/"
  echo '{ "name": "matrix-'"$1"'", "private": true }' >"$dir/package.json"
  (cd "$dir" && npm install --offline --no-audit --no-fund --silent "$tarball") >"$artifacts/$1.install.log" 2>&1
}

start_server sim_url "$artifacts/do-sim.log" "$sim_bin" --listen 127.0.0.1:0 --any-token --action-ms 30 --page-size 2 --quiet

# The browser project (used by every Chromium and Firefox cell): its esbuild bundle, with the .wasm copied
# beside it, and the static server for its pages. The Vite and webpack cells bundle it
# themselves (into dist-vite/, dist-webpack/), so that their build time and failures are theirs.
if [[ " $cells " == *" chromium-"* || " $cells " == *" firefox-"* ]]; then
  project web web || die "npm install into the web project failed (see $artifacts/web.install.log)"
  esbuild "$tmp/web/app.mjs" --bundle --format=esm --platform=browser --outdir="$tmp/web/dist" \
    --log-level=warning >"$artifacts/esbuild.log" 2>&1 || die "esbuild failed (see $artifacts/esbuild.log)"
  cp "$tmp/web/node_modules/digitalocean-wasm/digitalocean_wasm_bg.wasm" "$tmp/web/dist/"
  start_server web_url "$artifacts/static.log" node "$here/static-server.mjs" "$tmp/web"
fi

# ships_wasm DIR: the bundle in DIR emitted the package's .wasm as one file (not inlined, not
# left behind); lists the bundle's files with their sizes.
ships_wasm() {
  local wasm
  wasm=$(find "$1" -name '*.wasm')
  find "$1" -type f -printf '  %P %s bytes\n' | sort
  [ -n "$wasm" ] && [ "$(wc -l <<<"$wasm")" -eq 1 ] &&
    cmp -s "$wasm" "$tmp/web/node_modules/digitalocean-wasm/digitalocean_wasm_bg.wasm" ||
    { echo "$1 does not hold the package's .wasm as one file (found: ${wasm:-none})"; return 1; }
}

# run_cell NAME: one cell, bounded in time; prints "RESULT {summary}" when the scenario passed.
run_cell() {
  local limit="timeout 120" TIMEFORMAT="$1: bundled in %R s"
  case $1 in
    node-esm) project node-esm node-esm && (cd "$tmp/node-esm" && $limit node main.mjs "$sim_url") ;;
    node-cjs) project node-cjs node-cjs && (cd "$tmp/node-cjs" && $limit node main.cjs "$sim_url") ;;
    node18-esm | node18-cjs | bun-esm | bun-cjs)
      # Another runtime (.ci/setup installs it) on the node-* projects: Node 18, the oldest of
      # the package's `engines`, and Bun (which resolves the "node" condition).
      local form=${1#*-} main=main.mjs binary=$NODE18
      [ "$form" = cjs ] && main=main.cjs
      [[ $1 == bun-* ]] && binary=$BUN
      [ -x "$binary" ] || { echo "no runtime at $binary: run bash .ci/setup"; return 1; }
      echo "${1%-*}: $("$binary" --version)"
      project "node-$form" "node-$form" && (cd "$tmp/node-$form" && $limit "$binary" "$main" "$sim_url") ;;
    deno)
      project deno deno &&
        (cd "$tmp/deno" && DENO_DIR=$tmp/deno-dir DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 \
          $limit deno run --allow-net=127.0.0.1 --allow-read main.js "$sim_url") ;;
    workerd) project workerd workerd && $limit node "$here/workerd/run.mjs" "$tmp/workerd" "$sim_url" ;;
    chromium-page | chromium-worker | chromium-esbuild)
      local page=${1#chromium-}
      [ "$page" = esbuild ] && page=bundle
      $limit node "$here/chromium.mjs" "$web_url/$page.html?api=${sim_url//:/%3A}" "$artifacts/$1.png" ;;
    chromium-vite)
      time (cd "$tmp/web" && $limit vite build --config vite.config.mjs) && ships_wasm "$tmp/web/dist-vite" &&
        $limit node "$here/chromium.mjs" "$web_url/dist-vite/vite.html?api=${sim_url//:/%3A}" "$artifacts/$1.png" ;;
    chromium-webpack)
      time (cd "$tmp/web" && $limit webpack --config webpack.config.mjs) && ships_wasm "$tmp/web/dist-webpack" &&
        $limit node "$here/chromium.mjs" "$web_url/webpack.html?api=${sim_url//:/%3A}" "$artifacts/$1.png" ;;
    firefox-page | firefox-worker)
      $limit node "$here/firefox.mjs" "$web_url/${1#firefox-}.html?api=${sim_url//:/%3A}" "$artifacts/$1.png" ;;
    *) echo "unknown cell $1"; return 1 ;;
  esac
}

passed=0; failed=0
for cell in $cells; do
  curl -fsS -X POST -H "Authorization: Bearer dop_v1_demo" "$sim_url/meta/reset" >/dev/null 2>&1 ||
    echo "  (warning: POST /meta/reset failed)"
  log=$artifacts/$cell.log
  t0=$(date +%s%N)
  run_cell "$cell" >"$log" 2>&1
  rc=$?
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  result=$(grep -m1 '^RESULT ' "$log" | cut -c8-)
  if [ "$rc" -eq 0 ] && [ -n "$result" ]; then
    passed=$((passed + 1)); printf 'ok   %-17s %6d ms  %s\n' "$cell" "$ms" "$result"
  else
    failed=$((failed + 1)); printf 'FAIL %-17s %6d ms  (exit %d, log %s)\n' "$cell" "$ms" "$rc" "${log#"$root"/}"
    tail -n 8 "$log" | sed 's/^/       /'
  fi
done
echo "runtimes: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
