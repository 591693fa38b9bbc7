#!/usr/bin/env bash
# Runs the client benchmark: builds do-sim (debug) and the package (pkg/, if missing), then
# tests/bench/client.mjs. Prints figures; asserts nothing about timing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source .ci/env
cargo build -q -p do-sim
[ -f pkg/node.mjs ] || bash pkg-template/build.sh
node tests/bench/client.mjs
