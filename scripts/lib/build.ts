import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What a production build is made from: newer files here mean the build is out of date. */
const SOURCES = ["src", "emails", "public", "next.config.ts", "package-lock.json"];

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

/** "missing", "stale" (a source changed after the build) or "ready". */
export function buildState(root = process.cwd()): "missing" | "stale" | "ready" {
  const id = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(id)) return "missing";
  const built = statSync(id).mtimeMs;
  const newest = Math.max(...SOURCES.map((entry) => newestChange(path.join(root, entry))));
  return newest > built ? "stale" : "ready";
}

/** `next build` in this folder, its output shown; false when it failed. */
export function runBuild(): boolean {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  return result.status === 0;
}
