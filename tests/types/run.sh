#!/usr/bin/env bash
# TypeScript checks of the package's declarations:
#  1. pkg-template/resources.d.ts is in sync with the OpenAPI description (gen-resources --check);
#  2. good.ts (the API used as documented) passes `tsc --noEmit` (strict, declarations checked too);
#  3. bad.ts fails with exactly the errors its `// expect TSnnnn` comments name, on those lines;
#  4. pkg-template/operations.d.ts (per-operation types): in sync with the OpenAPI description
#     (gen-operations --check), strict-clean alone and beside index.d.ts/resources.d.ts, covering
#     operations.tsv and the generated method rows (operations-cover.mjs); operations.good.ts
#     type-checks and operations.bad.ts fails exactly as marked, like bad.ts;
#  5. with the built pkg/ installed as node_modules/digitalocean-wasm, `import` (node16 ESM and
#     bundler) and `require` (node16 CommonJS) find the types through package.json "exports".
# Prints "types: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source .ci/env
root=$PWD
here=$root/tests/types
tmp=$(mktemp -d /tmp/do-types.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

passed=0; failed=0
check() { # check NAME STATUS [DETAIL_FILE]
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else
    failed=$((failed + 1)); echo "FAIL $1"; [ -n "${3:-}" ] && sed 's/^/       /' "$3" | head -n 30; fi
}

node pkg-template/gen-resources.mjs --check >"$tmp/sync.log" 2>&1
check "resources.d.ts in sync with digitalocean-v2.json" $? "$tmp/sync.log"

tsc --noEmit --pretty false -p "$here/tsconfig.json" >"$tmp/good.log" 2>&1
check "good.ts type-checks" $? "$tmp/good.log"

# expect_errors NAME TSCONFIG: NAME (a .ts file of tests/types) fails to type-check with exactly
# the (line, code) pairs its `// expect TSnnnn` comments name.
expect_errors() {
  local name=$1 config=$2 base=${1%.ts}
  tsc --noEmit --pretty false -p "$here/$config" >"$tmp/$base.log" 2>&1
  local rc=$?
  grep -n -o -E '// expect TS[0-9]+' "$here/$name" | sed -E 's/^([0-9]+):\/\/ expect (TS[0-9]+)/\1 \2/' | sort -u >"$tmp/$base.expected"
  grep -E "^[^(]*${name//./\\.}\([0-9]+,[0-9]+\): error TS[0-9]+" "$tmp/$base.log" |
    sed -E 's/^[^(]*\(([0-9]+),[0-9]+\): error (TS[0-9]+).*/\1 \2/' | sort -u >"$tmp/$base.actual"
  if [ "$rc" -ne 0 ] && diff "$tmp/$base.expected" "$tmp/$base.actual" >"$tmp/$base.diff"; then
    check "$name fails with the $(wc -l <"$tmp/$base.expected") expected errors" 0
  else
    { echo "expected (<) vs tsc (>), as 'line code':"; cat "$tmp/$base.diff"; echo "tsc said:"; cat "$tmp/$base.log"; } >"$tmp/$base.report"
    check "$name fails with the expected errors" 1 "$tmp/$base.report"
  fi
}
expect_errors bad.ts tsconfig.bad.json

# operations.d.ts: generated, strict-clean on its own (no DOM) and beside the package's other
# declarations (node16 resolution, as a published package is read), complete, and usable.
node pkg-template/gen-operations.mjs --check >"$tmp/ops-sync.log" 2>&1
check "operations.d.ts in sync with digitalocean-v2.json" $? "$tmp/ops-sync.log"
tsc --noEmit --pretty false --strict --skipLibCheck false --target es2022 --lib es2022 \
  --module esnext --moduleResolution bundler pkg-template/operations.d.ts >"$tmp/ops-alone.log" 2>&1
check "operations.d.ts type-checks alone (strict)" $? "$tmp/ops-alone.log"
tsc --noEmit --pretty false --strict --skipLibCheck false --target es2022 --lib es2022,dom \
  --module node16 --moduleResolution node16 pkg-template/index.d.ts pkg-template/resources.d.ts \
  pkg-template/operations.d.ts >"$tmp/ops-all.log" 2>&1
check "operations.d.ts type-checks with index.d.ts and resources.d.ts (strict, node16)" $? "$tmp/ops-all.log"
node "$here/operations-cover.mjs" >"$tmp/ops-cover.log" 2>&1
check "operations.d.ts covers operations.tsv and the generated method rows" $? "$tmp/ops-cover.log"
tsc --noEmit --pretty false -p "$here/tsconfig.operations.json" >"$tmp/ops-good.log" 2>&1
check "operations.good.ts type-checks" $? "$tmp/ops-good.log"
expect_errors operations.bad.ts tsconfig.operations-bad.json

# The built package as a dependency: types resolved through "exports" for import and require.
if [ -f pkg/package.json ]; then
  mkdir -p "$tmp/app/node_modules"
  ln -s "$root/pkg" "$tmp/app/node_modules/digitalocean-wasm"
  echo '{ "name": "types-app", "private": true, "type": "module" }' >"$tmp/app/package.json"
  printf '%s\n' 'import { DigitalOcean, DigitalOceanError, type Droplet } from "digitalocean-wasm";' \
    'const client: DigitalOcean = new DigitalOcean({ bearer: "x" });' \
    'export const d: Promise<Droplet> = client.droplet({ id: 1 }).then((r) => r.droplet);' \
    'export const isError = (e: unknown): boolean => e instanceof DigitalOceanError;' >"$tmp/app/esm.mts"
  printf '%s\n' 'import digitalocean = require("digitalocean-wasm");' \
    'export const client = new digitalocean.DigitalOcean({ bearer: "x" });' \
    'export const isError = (e: unknown): boolean => e instanceof digitalocean.DigitalOceanError;' \
    'export const vpc: Promise<digitalocean.OperationResult<"vpcs_create">> = client.vpcsCreate({ name: "a", region: "nyc3" });' \
    'export const app: Promise<string | undefined> = client.appsList({ page: 1 }).then((r) => r.apps?.[0]?.spec.name);' \
    'export const droplet: Promise<digitalocean.Droplet> = client.droplet({ id: 1 }).then((r) => r.droplet);' >"$tmp/app/cjs.cts"
  (cd "$tmp/app" && tsc --noEmit --pretty false --strict --skipLibCheck false --module node16 --moduleResolution node16 \
    --target es2022 --lib es2022,dom esm.mts cjs.cts) >"$tmp/pkg.log" 2>&1
  check "pkg/ types resolve through exports (node16: import and require)" $? "$tmp/pkg.log"
  (cd "$tmp/app" && tsc --noEmit --pretty false --strict --module esnext --moduleResolution bundler \
    --target es2022 --lib es2022,dom esm.mts) >"$tmp/bundler.log" 2>&1
  check "pkg/ types resolve through exports (bundler)" $? "$tmp/bundler.log"
else
  echo "skip pkg/ types resolution (pkg/ not built: bash pkg-template/build.sh)"
fi

echo "types: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
