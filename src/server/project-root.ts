import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

let root: string | undefined;

/**
 * The folder Rally is installed in (the one holding its package.json and drizzle/), found by
 * walking up from this module: the same answer from the sources (tests, tsx), from the
 * compiled entries in dist/ (and dist/chunks/). Next's bundler gives modules no directory of
 * their own: there the walk starts from the working directory, where the web app runs.
 */
export function projectRoot(): string {
  if (root) return root;
  // Typed as a string, but undefined in Next's bundles.
  const start = (import.meta.dirname as string | undefined) ?? process.cwd();
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && isRally(manifest)) return (root = dir);
    if (path.dirname(dir) === dir) break;
  }
  // Not found upwards (an unusual layout): the working directory, where the commands run.
  return (root = process.cwd());
}

function isRally(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "rally";
  } catch {
    return false;
  }
}
