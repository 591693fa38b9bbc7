// The rows of generated/methods.js by JS method name, as the facade hands them to the wasm.
import { GENERATED, HAND } from "./generated/methods.js";

/** The JS name of an operationId, as the Rust `catalogue::compact::camel`: `droplets_list_neighborsIds` -> `dropletsListNeighborsIds` (characters that cannot be in an identifier are dropped and start a new word). */
export function camel(key) {
  const [first = "", ...rest] = key.split(/[^A-Za-z0-9$]+/).filter(Boolean);
  return first + rest.map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

/** Each method's catalogue lines, newline-separated, by JS name (hand-written rows win). */
export const ROWS = new Map();
const add = (name, line) => ROWS.set(name, ROWS.has(name) ? ROWS.get(name) + "\n" + line : line);
for (const line of HAND.split("\n")) if (line) add(line.slice(0, line.indexOf("|")), line);
const hand = new Set(ROWS.keys());
// A generated line ending in `|*` walks every page: its method is the camelCased operationId + "All".
for (const line of GENERATED.split("\n")) {
  const name = line && camel(line.slice(0, line.indexOf("|"))) + (line.endsWith("|*") ? "All" : "");
  if (name && !hand.has(name)) add(name, line);
}

/** Every method of `DigitalOcean`; each is `(...args) => this.dispatch(name, ROWS.get(name), args)`. */
export const METHODS = [...ROWS.keys()];
