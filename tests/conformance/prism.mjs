// Prism for the conformance suite: `prism mock` on 127.0.0.1 (a free port, a bounded start-up
// wait), and a recorder in front of it that forwards every request as it came (method, path and
// query, headers, body bytes) and keeps each exchange: what the client put on the wire and
// Prism's whole reply, its `sl-violations` header included (Prism's request-validation details,
// which its 4xx bodies do not carry: it answers an invalid request with the spec's own 422/400
// or `default` error example).
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import http from "node:http";

/** Starts `prism mock` on `specFile`; resolves `{ url, child, ms }` once it listens, rejects
 * after `timeoutMs` (the process is then killed). Prism's output goes to `logFile`. */
export function startPrism({ bin, specFile, logFile, timeoutMs = 90_000, extraArgs = [] }) {
  const t0 = Date.now();
  // `info`: below it Prism does not print the line that says it listens (and its port).
  const args = ["mock", "--host", "127.0.0.1", "--port", "0", "--verboseLevel", "info", ...extraArgs, specFile];
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(logFile);
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`prism did not listen within ${timeoutMs} ms (log: ${logFile})`));
    }, timeoutMs);
    const onData = (chunk) => {
      log.write(chunk);
      if (seen === null) return;
      seen += chunk.toString().replace(/\x1b\[[0-9;]*m/g, "");
      const match = seen.match(/Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        seen = null;
        clearTimeout(timer);
        resolve({ url: match[1], child, ms: Date.now() - t0 });
      } else if (seen.length > 1 << 20) seen = seen.slice(-4096);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code, signal) => {
      log.end();
      if (seen !== null) {
        clearTimeout(timer);
        reject(new Error(`prism exited (${signal ?? code}) before listening (log: ${logFile})`));
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Stops a process started here: SIGTERM, then SIGKILL after `graceMs`. */
export function stop(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A recording pass-through proxy to `target` on 127.0.0.1: resolves `{ url, exchanges, close }`;
 * `exchanges` is an array the caller may empty between calls. */
export function startRecorder(target) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const exchanges = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const exchange = {
        request: { method: req.method, url: req.url, headers: { ...req.headers }, body: body.toString("utf8") },
        response: null,
      };
      exchanges.push(exchange);
      const out = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
        (reply) => {
          const parts = [];
          reply.on("data", (c) => parts.push(c));
          reply.on("end", () => {
            const text = Buffer.concat(parts);
            exchange.response = { status: reply.statusCode, headers: { ...reply.headers }, body: text.toString("utf8") };
            const headers = { ...reply.headers };
            delete headers["transfer-encoding"];
            headers["content-length"] = String(text.length);
            res.writeHead(reply.statusCode, headers);
            res.end(text);
          });
        },
      );
      out.on("error", (error) => {
        exchange.response = { status: 0, headers: {}, body: "", error: String(error) };
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(`recorder: ${error}`);
      });
      out.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        exchanges,
        close: () =>
          new Promise((done) => {
            agent.destroy();
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Prism's request-validation findings of an exchange (`sl-violations` entries located under
 * `request`), and the response ones (the spec's example against its own schema). */
export function violations(exchange) {
  const raw = exchange?.response?.headers?.["sl-violations"];
  if (!raw) return { request: [], response: [] };
  let list;
  try {
    list = JSON.parse(raw.replace(/^Too many violations! /, ""));
  } catch {
    return { request: [{ severity: "Error", message: `(unparsed sl-violations) ${raw.slice(0, 300)}` }], response: [] };
  }
  return {
    request: list.filter((v) => v.location?.[0] === "request"),
    response: list.filter((v) => v.location?.[0] === "response"),
  };
}
