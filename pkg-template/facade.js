// The public classes of digitalocean-wasm: DigitalOcean (one method per catalogue row, each a
// call of the wasm dispatcher) and DigitalOceanError (what every rejection is, aborts excepted).
import { DigitalOceanCore, setErrorFactory } from "./digitalocean_wasm.js";
import { METHODS } from "./generated/methods.js";

/** A failed call: `status` (0 for client-side errors), `id`, `message`, `requestId`, `method`, `path`, `attempts`. */
export class DigitalOceanError extends Error {
  constructor(fields = {}) {
    super(fields.message);
    this.name = fields.id === "timeout" ? "TimeoutError" : "DigitalOceanError";
    for (const key of ["status", "id", "requestId", "method", "path", "attempts"]) this[key] = fields[key];
  }
}

/** The DigitalOcean API v2 client; see the README for options and methods. */
export class DigitalOcean extends DigitalOceanCore {}

for (const entry of METHODS) {
  const name = typeof entry === "string" ? entry : entry.name ?? entry[0];
  if (name in DigitalOcean.prototype) continue;
  Object.defineProperty(DigitalOcean.prototype, name, {
    value: { [name](...args) { return this.call(name, args); } }[name],
    writable: true,
    configurable: true,
  });
}

setErrorFactory((fields) => new DigitalOceanError(fields));
