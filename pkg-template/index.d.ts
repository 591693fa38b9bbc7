// Type declarations of digitalocean-wasm (hand-written). The per-operation method signatures
// are generated from the client's operation table into ./generated/methods.d.ts; the resource
// shapes are generated from DigitalOcean's OpenAPI description into ./resources.d.ts.

import type { DigitalOceanMethods } from "./generated/methods.js";
import type { Action, Links, Meta } from "./resources.js";

export * from "./resources.js";
export type {
  Operations, OperationBody, OperationPath, OperationQuery, OperationResult,
} from "./operations.js";
export type { DigitalOceanMethods } from "./generated/methods.js";

/** One event per HTTP attempt, given to a `tracing` function. Never holds the token. */
export interface TraceEvent {
  /** HTTP method, upper case. */
  method: string;
  /** The full request URL (token-free: the token only travels in the Authorization header). */
  url: string;
  /** HTTP status, or 0 when no reply arrived (network error, abort). */
  status: number;
  /** Milliseconds from sending the request to reading the reply. */
  ms: number;
  /** 1 for the first try, 2 for the first retry, and so on. */
  attempt: number;
  /** The server's `x-request-id`, when it sent one. */
  requestId: string | null;
  /** `ratelimit-remaining` of the reply, when present. */
  rateLimitRemaining: number | null;
  /** What went wrong on this attempt, if anything. */
  error: string | null;
  /** The operation's OpenAPI operationId (`droplets_get`…), or `"request"` for `request()`. */
  operation: string;
}

/** Options of `new DigitalOcean(options)`. */
export interface DigitalOceanOptions {
  /**
   * API root. Omitted: `https://api.digitalocean.com`. `null`: the environment variable
   * `DIGITALOCEAN_API` (Node, Deno); elsewhere, or when unset, the constructor throws.
   */
  endpoint?: string | null;
  /**
   * Bearer token. Omitted: the environment variable `DIGITALOCEAN_BEARER` where the runtime
   * has one. Required with the official endpoint.
   */
  bearer?: string;
  /** `true` logs each request and reply with `console.debug`; a function receives one event per attempt. */
  tracing?: boolean | ((event: TraceEvent) => void);
  /** Seconds between polls of open actions (default 5). */
  rateLimitFrequency?: number;
  /** The `fetch` to use instead of the global one; it is called with one `Request`. */
  fetch?: (request: Request) => Promise<Response>;
  /** A signal that cancels every call of this client. */
  signal?: AbortSignal;
  /** User-Agent suffix: requests send `digitalocean-wasm/<version> <userAgent>` where the runtime allows it. */
  userAgent?: string;
  /** Retries after 5xx and network errors (GET, PUT, DELETE, HEAD only) and after 429s (default 3, at most 20). */
  maxRetries?: number;
  /** Base of the jittered exponential back-off, in milliseconds (default 500). */
  retryBaseMs?: number;
  /** `per_page` used by the `*All` helpers while walking pages, 1 to 200 (default: the server's). */
  pageSize?: number;
  /** Time limit of one HTTP attempt, in milliseconds (default 60000); a poll waits at most max(10 s, 3 poll intervals). */
  requestTimeout?: number;
}

/** The optional last argument of every method. */
export interface CallOptions {
  /** Cancels the request and any wait; the Promise rejects with `signal.reason` (an `AbortError`). */
  signal?: AbortSignal;
  /** `false` resolves with the server's immediate reply instead of waiting for actions (default `true`). */
  wait?: boolean;
  /** Upper bound in milliseconds for the whole call, waits included; rejects with id `timeout`. */
  timeout?: number;
  /** Receives the action object each time a poll sees it change. */
  onProgress?: (action: Action) => void;
}

/** The latest `ratelimit-*` headers seen (`reset` in Unix seconds). */
export interface RateLimit {
  limit: number;
  remaining: number;
  reset: number;
}

/** What a `DigitalOceanError` carries (also the argument of its constructor). */
export interface DigitalOceanErrorFields {
  /** HTTP status; 0 for errors found on the client side. */
  status: number;
  /**
   * The API's error id (`not_found`, `unauthorized`, `too_many_requests`, `server_error`, …) or
   * a client-side one: `bad_argument`, `timeout`, `network`, `invalid_reply`.
   */
  id: string;
  /** The server's message, or the client's. */
  message: string;
  /** The server's request id, to quote to support. */
  requestId?: string | null;
  /** HTTP method of the failed request, when one was made. */
  method?: string | null;
  /** API path of the failed request (no host, no token). */
  path?: string | null;
  /** How many attempts were made (0 when the call failed before any request). */
  attempts?: number;
}

/** Every rejection of the client is a `DigitalOceanError`, aborts excepted (they reject with `signal.reason`). */
export declare class DigitalOceanError extends Error implements DigitalOceanErrorFields {
  constructor(fields?: Partial<DigitalOceanErrorFields>);
  /** `"TimeoutError"` for id `timeout`, else `"DigitalOceanError"`. */
  name: "DigitalOceanError" | "TimeoutError";
  status: number;
  id: string;
  requestId?: string | null;
  method?: string | null;
  path?: string | null;
  attempts?: number;
}

/** A page of a list operation: the list under its key, plus pagination `links` and `meta`. */
export type Page<Key extends string, Item> = { [K in Key]: Item[] } & { links: Links; meta: Meta };

/** Every item of a list, from all pages (`dropletsAll`, `imagesAll`). */
export type AllPages<Key extends string, Item> = { [K in Key]: Item[] } & { meta: Meta };

/** HTTP methods accepted by `request`. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";

/** Query and body of a raw `request`. */
export interface RequestInit {
  /** Query parameters; arrays repeat the key. */
  query?: Record<string, string | number | boolean | ReadonlyArray<string | number> | undefined>;
  /** JSON body. */
  body?: unknown;
}

/** Declaration merging: the class also has one method per operation (see `DigitalOceanMethods`). */
export interface DigitalOcean extends DigitalOceanMethods {}

/**
 * The DigitalOcean API v2 client. Every method returns a Promise of the server's JSON as the
 * API documents it; mutating calls resolve once their actions are `completed`.
 *
 * ```ts
 * const client = new DigitalOcean({ bearer: "dop_v1_…" });
 * const { droplet } = await client.createDroplet({ name: "web-1", region: "nyc3", size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64" });
 * ```
 */
export declare class DigitalOcean {
  /** Throws a `DigitalOceanError` (id `bad_argument`) for bad options. */
  constructor(options?: DigitalOceanOptions);
  /** `null` before the first reply, then the latest rate-limit headers. */
  readonly rateLimit: RateLimit | null;
  /** Any API operation: `path` as the API documents it (`/v2/account`), relative to the endpoint. */
  request<T = unknown>(method: HttpMethod, path: `/${string}`, init?: RequestInit, options?: CallOptions): Promise<T>;
  /** Waits until every given action (ids or action objects) is `completed`; by one id: `{action}`, else `{actions}`. */
  waitForActions(actions: number | Action | ReadonlyArray<number | Action>, options?: CallOptions): Promise<{ action: Action } | { actions: Action[] }>;
  /** Starts polling open actions every `seconds` (default: `rateLimitFrequency`). */
  startActionables(seconds?: number): void;
  /** Stops polling open actions; stopping a stopped timer is fine. */
  stopActionables(): void;
  /** Calls a method by its name: `call("droplet", [{ id }])` is `droplet({ id })`; `args` defaults to `[]`. */
  call(name: string, args?: unknown[]): Promise<unknown>;
  /** Frees the wasm-side client now instead of at garbage collection. */
  free(): void;
}
