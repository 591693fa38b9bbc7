#!/usr/bin/env bash
# The demo: installs what is missing, builds the package and the simulator, then serves the API
# and the console on one origin. Open the printed URL and connect with the printed token.
# Ctrl-C stops the simulator.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
listen=127.0.0.1:8383
token=dop_v1_demo   # do-sim's default demo token (not a real DigitalOcean token)

bash .ci/setup
source .ci/env
bash pkg-template/build.sh
cargo build -p do-sim
bash www/assemble.sh "$root/build/site"

out=$(mktemp)
"$CARGO_TARGET_DIR/debug/do-sim" --listen "$listen" --static "$root/build/site" >"$out" &
sim=$!
trap 'kill "$sim" 2>/dev/null; rm -f "$out"' EXIT
trap 'exit 130' INT TERM

url=""
for _ in $(seq 100); do   # up to 10 s for the first stdout line (the base URL)
  url=$(head -n1 "$out")
  [ -n "$url" ] && break
  kill -0 "$sim" 2>/dev/null || { echo "demo: do-sim exited (is $listen already in use?)" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo: do-sim printed no URL" >&2; exit 1; }

cat <<MSG

  DigitalOcean console (simulated API): $url/
  Bearer token for the simulator:        $token
  (actions take 3 s each, so their progress is visible; Ctrl-C stops the demo)

MSG
wait "$sim"
