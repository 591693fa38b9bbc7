// webpack 5 production build of app.mjs (and the package) into dist-webpack/ for the
// chromium-webpack cell; webpack.html loads the bundle as a classic script. webpack's
// defaults emit the .wasm as an asset and handle the top-level await (async modules).
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default {
  mode: "production",
  context: root,
  entry: "./app.mjs",
  output: { path: `${root}dist-webpack`, clean: true },
  infrastructureLogging: { level: "warn" },
  stats: "errors-warnings",
};
