/**
 * `npm run build`: everything production runs. First Next.js's production build of the web
 * app (.next/), then the launcher, web server entry, ingest server, worker and command line
 * compiled to JavaScript (dist/). Production then needs only `npm ci --omit=dev`, these two
 * folders, public/ and drizzle/ (the migrations).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildServerBundles } from "./server-bundles";

const root = path.resolve(import.meta.dirname, "../..");
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const started = Date.now();
console.log("[rally build] Building the web app with `next build` (2–5 minutes on two cores)…");
const next = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "build"],
  {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  },
);
if (next.status !== 0) {
  console.error("[rally build] `next build` failed; see its output above.");
  process.exit(1);
}
const bundles = Date.now();
await buildServerBundles();
console.log(
  `[rally build] Web app and server entries (dist/) built in ${seconds(started)} (entries: ${seconds(bundles)}).`,
);
