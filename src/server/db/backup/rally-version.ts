import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../project-root";

/** Rally's version from its package.json, for a backup's header. */
export function rallyVersion(): string {
  try {
    const file = path.join(projectRoot(), "package.json");
    const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}
