/**
 * Compiles the processes production runs besides the web app's pages into plain JavaScript in
 * dist/: the launcher, the web server entry, the ingest server, the worker, the admin command
 * line and the demo's traffic trickle. Packages stay external (node_modules from
 * `npm ci --omit=dev` provides them), so a bundle holds only Rally's own code.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { ENTRIES, ENTRY_SOURCES } from "../lib/entries";

const root = path.resolve(import.meta.dirname, "../..");

export async function buildServerBundles(): Promise<void> {
  // A development dependency: loaded only while building.
  const { build } = await import("esbuild");
  const outdir = path.join(root, "dist");
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(ENTRY_SOURCES).map(([name, source]) => [
        path.basename(ENTRIES[name as keyof typeof ENTRIES], ".mjs"),
        source,
      ]),
    ),
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    sourcemap: "linked",
    // Bundled CommonJS helpers may call require(); ESM output has none of its own.
    banner: {
      js: 'import { createRequire as __rallyRequire } from "node:module"; const require = __rallyRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
}
