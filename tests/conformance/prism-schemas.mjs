// Which request bodies Prism really validates. Prism compiles each JSON schema with Ajv and,
// when the compilation throws (e.g. a `pattern` that is not a valid Unicode regular expression,
// such as "^[a-zA-Z0-9_\-\:]+$"), it treats the body as valid without saying so
// (prism-http's validateAgainstSchema wraps the compile in O.tryCatch). This module loads the
// description the way Prism does (its own getHttpOperationsFromSpec) and compiles each request
// body schema with the same Ajv options, so that the suite can tell a pass whose body Prism
// checked from one whose body it could not.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Resolves a Map operationId -> true/false (does Prism's Ajv compile its JSON body schema);
 * operations without a JSON body are absent. */
export async function bodyCompiles(spec) {
  const prismHttp = require("@stoplight/prism-http");
  const fromPrism = createRequire(require.resolve("@stoplight/prism-http"));
  const Ajv = fromPrism("ajv").default;
  const Ajv2019 = fromPrism("ajv/dist/2019").default;
  const Ajv2020 = fromPrism("ajv/dist/2020").default;
  const addFormats = fromPrism("ajv-formats").default;
  // prism-http/dist/validator/validators/utils.js: baseAjvOptions, coerceTypes false for JSON bodies.
  const options = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, logger: false, coerceTypes: false };
  const instances = {};
  const ajvFor = (draft) => {
    if (!instances[draft]) {
      const Class = draft === "2019" ? Ajv2019 : draft === "2020" ? Ajv2020 : Ajv;
      instances[draft] = addFormats(new Class(options));
    }
    return instances[draft];
  };
  const operations = await prismHttp.getHttpOperationsFromSpec(spec.file);
  const out = new Map();
  for (const op of operations) {
    const content = op.request?.body?.contents?.find((c) => /json/.test(c.mediaType));
    if (!op.iid && !op.id) continue;
    if (!content?.schema) continue;
    const id = spec.byId.has(op.iid) ? op.iid : [...spec.byId].find(([, e]) => e.path === op.path && e.method === op.method.toUpperCase())?.[0];
    if (!id) continue;
    const schema = content.schema;
    const draft = /2019-09/.test(String(schema.$schema)) ? "2019" : /2020-12/.test(String(schema.$schema)) ? "2020" : "default";
    try {
      ajvFor(draft).compile({ ...schema, __bundled__: op.__bundled__ });
      out.set(id, true);
    } catch (error) {
      out.set(id, false);
    }
  }
  return out;
}
