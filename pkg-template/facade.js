// The public classes of digitalocean-wasm: DigitalOcean (one method per catalogue row, each a
// call of the wasm dispatcher with the method's rows) and DigitalOceanError (what every
// rejection is, aborts excepted). The catalogue lives on the JS side (catalogue.js); the wasm
// receives the rows of the method being called.
import { DigitalOceanCore, setErrorFactory } from "./digitalocean_wasm.js";
import { METHODS, ROWS } from "./catalogue.js";

/** A failed call: `status` (0 for client-side errors), `id`, `message`, `requestId`, `method`, `path`, `attempts`. */
export class DigitalOceanError extends Error {
  constructor(fields = {}) {
    super(fields.message);
    this.name = fields.id === "timeout" ? "TimeoutError" : "DigitalOceanError";
    for (const key of ["status", "id", "requestId", "method", "path", "attempts"]) this[key] = fields[key];
  }
}

/** The DigitalOcean API v2 client; see the README for options and methods. */
export class DigitalOcean extends DigitalOceanCore {
  /** The dispatcher under every generated method: `name` is the method's name, `args` its arguments. */
  call(name, args = []) {
    return this.dispatch(name, ROWS.get(name), args);
  }
}

for (const name of METHODS) {
  if (name in DigitalOcean.prototype) continue;
  const rows = ROWS.get(name);
  Object.defineProperty(DigitalOcean.prototype, name, {
    value: { [name](...args) { return this.dispatch(name, rows, args); } }[name],
    writable: true,
    configurable: true,
  });
}

setErrorFactory((fields) => new DigitalOceanError(fields));
