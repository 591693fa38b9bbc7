// A workerd module worker (Cloudflare Workers). Bundled like wrangler does: the "workerd"
// condition (workerd.js) imports the .wasm as a compiled module.
import { DigitalOcean, DigitalOceanError } from "digitalocean-wasm";
import { scenario } from "./scenario.mjs";

export default {
  async fetch(request) {
    const api = new URL(request.url).searchParams.get("api");
    try {
      return Response.json(await scenario({ DigitalOcean, DigitalOceanError }, api));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
