import { readFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_FOLDER } from "../migration-status";

/** Rally's version from package.json (beside the migrations folder), for a backup's header. */
export function rallyVersion(): string {
  try {
    const file = path.join(MIGRATIONS_FOLDER, "..", "package.json");
    const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}
