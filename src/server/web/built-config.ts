import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Makes Next.js use the configuration frozen into the build (.next/required-server-files.json)
 * instead of loading next.config.ts at start, as its own standalone server.js does: production
 * then needs neither the TypeScript config nor the build-time plugins it imports, and runs
 * exactly the configuration it was built with. Returns false when `dir` holds no build (the
 * caller says what to do).
 */
export function adoptBuiltNextConfig(dir: string): boolean {
  let config: unknown;
  try {
    const file = path.join(dir, ".next", "required-server-files.json");
    config = (JSON.parse(readFileSync(file, "utf8")) as { config?: unknown }).config;
  } catch {
    return false;
  }
  if (!config) return false;
  // Next.js reads this variable itself: it is its documented hand-over, not a Rally setting.
  // eslint-disable-next-line no-restricted-properties
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return true;
}
