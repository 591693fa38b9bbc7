#!/usr/bin/env bash
# Builds the npm package into pkg/ (git-ignored): ONE release build of the wasm (wasm-pack
# --target web, wasm-opt -Oz from npm binaryen), shared by every runtime entry, completed with
# pkg-template/ (facade, catalogue, generated methods, entries, package.json, README, LICENSE, .d.ts).
# The wasm is rebuilt only when src/, Cargo.toml or Cargo.lock changed (content hash);
# FORCE=1 rebuilds anyway. Ends with a load check in Node (ESM and CommonJS) and prints
# "package: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env
root=$PWD
template=$root/pkg-template
work=$CARGO_TARGET_DIR/pkg-build
wasm_dir=$work/web
stage=$root/pkg.tmp
out=$root/pkg
cargo_home=${CARGO_HOME:-$HOME/.cargo}

for needed in facade.js catalogue.js generated/methods.js generated/methods.d.ts; do
  [ -f "$template/$needed" ] || { echo "build: pkg-template/$needed is missing"; echo "package: 0 passed, 1 failed"; exit 1; }
done

# --- 1. the wasm, only when its inputs changed ---------------------------------------------
inputs_hash() {
  { cat Cargo.toml Cargo.lock; echo "$cargo_home"; find src -type f -print0 | sort -z | xargs -0 sha256sum; wasm-bindgen --version; rustc --version; wasm-opt --version; } |
    sha256sum | cut -d' ' -f1
}
hash=$(inputs_hash)
if [ "${FORCE:-0}" != 1 ] && [ -f "$wasm_dir/digitalocean_wasm_bg.wasm" ] && [ "$(cat "$wasm_dir/stamp" 2>/dev/null)" = "$hash" ]; then
  echo "build: wasm up to date ($wasm_dir)"
else
  echo "build: wasm-pack build --release --target web"
  rm -rf "$wasm_dir"
  t0=$(date +%s)
  # Panic locations name the source files of dependencies by their absolute path: the cargo
  # home is remapped so the .wasm holds no path of the machine that built it, wherever its
  # cargo home is (only target code: the build scripts keep their paths).
  wasm_pack() {
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo" \
      wasm-pack --log-level warn build --release --target web --no-pack --no-typescript \
      --out-dir "$wasm_dir" --out-name digitalocean_wasm "$root"
  }
  # One retry: a concurrent build in the shared target dir has been seen to make the
  # wasm-opt step fail once with "No such file or directory".
  wasm_pack || { echo "build: wasm-pack failed, retrying once"; rm -rf "$wasm_dir"; wasm_pack; }
  echo "$hash" > "$wasm_dir/stamp"
  echo "build: wasm built in $(( $(date +%s) - t0 )) s"
fi

# --- 2. assemble the package in a staging folder, then swap it in ----------------------------
rm -rf "$stage"
mkdir -p "$stage/generated"
cp "$wasm_dir/digitalocean_wasm_bg.wasm" "$stage/"
# wasm-bindgen's glue is generated code nobody edits: shipped minified (6.6 -> 4.1 KB gzip for a
# page that loads the package without a bundler; bundlers minify it anyway). Export names, the
# import names the .wasm asks for and `new URL("…wasm", import.meta.url)` are kept as they are.
esbuild "$wasm_dir/digitalocean_wasm.js" --minify --format=esm --target=es2022 \
  --outfile="$stage/digitalocean_wasm.js" --log-level=warning
cp "$template/facade.js" "$template/catalogue.js" "$template/index.d.ts" "$template/resources.d.ts" "$template/operations.d.ts" \
  "$template/README.md" "$template/LICENSE" "$stage/"
cp "$template/generated/methods.js" "$template/generated/methods.d.ts" "$stage/generated/"
cp "$template"/entries/* "$stage/"

node "$template/declarations.mjs" "$stage"

# CommonJS for `require` (Node 18/20 cannot require ESM): node.mjs with glue and facade
# inlined; import.meta.url becomes node.cjs's own file URL, so the .wasm is read from beside it.
esbuild "$stage/node.mjs" --bundle --format=cjs --platform=node --target=node18 \
  --outfile="$stage/node.cjs" --log-level=warning \
  --define:import.meta.url=__digitalocean_wasm_url \
  --banner:js='const __digitalocean_wasm_url = require("node:url").pathToFileURL(__filename).href;'

# package.json: the template with the crate's version.
version=$(sed -n '/^\[package\]/,/^\[/{s/^version *= *"\(.*\)"/\1/p}' Cargo.toml)
node -e '
  const fs = require("fs"), path = require("path");
  const [src, version, dir] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(src, "utf8"));
  pkg.version = version;
  const missing = pkg.files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) { console.error("build: files lists missing " + missing.join(", ")); process.exit(1); }
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
' "$template/package.json" "$version" "$stage"

rm -rf "$out"
mv "$stage" "$out"

# --- 3. load check ------------------------------------------------------------------------
passed=0; failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
loads_esm() {
  node --input-type=module -e '
    const m = await import(process.argv[1]);
    if (typeof m.DigitalOcean !== "function" || typeof m.DigitalOceanError !== "function") throw new Error("exports missing");
    if (!(new m.DigitalOceanError({ id: "x" }) instanceof Error)) throw new Error("DigitalOceanError is not an Error");
  ' "$out/node.mjs"
}
loads_cjs() {
  node -e '
    const m = require(process.argv[1]);
    if (typeof m.DigitalOcean !== "function" || typeof m.DigitalOceanError !== "function") throw new Error("exports missing");
  ' "$out/node.cjs"
}
# The package names no path of the machine that built it (home, cargo home, checkout).
no_builder_paths() {
  local path files
  for path in "$HOME" "$cargo_home" "$root"; do
    [ "${#path}" -gt 1 ] || continue
    files=$(grep -rlF -- "$path/" "$out" | tr '\n' ' ')
    [ -z "$files" ] || { echo "build: pkg/ names the builder's path $path in: $files"; return 1; }
  done
}
check "node.mjs loads" loads_esm
check "node.cjs loads" loads_cjs
check "no path of the builder's machine in pkg/" no_builder_paths

wasm_bytes=$(stat -c %s "$out/digitalocean_wasm_bg.wasm")
wasm_gz=$(gzip -9 <"$out/digitalocean_wasm_bg.wasm" | wc -c)
echo "build: pkg/ ready: digitalocean_wasm_bg.wasm $wasm_bytes bytes ($wasm_gz gzip -9), version $version"
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
