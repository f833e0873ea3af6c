import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ENTRIES } from "./entries";

/** What a production build is made from: newer files here mean the build is out of date. */
const SOURCES = [
  "src",
  "emails",
  "messages",
  "public",
  "scripts",
  "next.config.ts",
  "package-lock.json",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

/**
 * "missing" (no web build or a compiled entry is absent), "stale" (a source changed after the
 * build) or "ready". The compiled entries are written after `next build`, so the web build's
 * id is the older of the two and dates the whole build.
 */
export function buildState(root = process.cwd()): "missing" | "stale" | "ready" {
  const id = path.join(root, ".next", "BUILD_ID");
  const entries = Object.values(ENTRIES).map((entry) => path.join(root, entry));
  if (!existsSync(id) || !entries.every((entry) => existsSync(entry))) return "missing";
  const built = statSync(id).mtimeMs;
  const newest = Math.max(...SOURCES.map((entry) => newestChange(path.join(root, entry))));
  return newest > built ? "stale" : "ready";
}

/** `npm run build` in this folder (the web app, then the compiled entries), its output shown. */
export function runBuild(root = process.cwd()): boolean {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/build/main.ts")],
    { stdio: "inherit", cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  return result.status === 0;
}
