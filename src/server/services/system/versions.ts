import type { Sql } from "postgres";
// Imported, not read from disk at run time: the number is compiled into the web app's build and
// the bundled command line alike, where no package.json may sit beside the code.
import packageJson from "../../../../package.json" with { type: "json" };

/** `postgres` is null when the server could not be asked. */
export type Versions = { rally: string; node: string; postgres: string | null };

export const RALLY_VERSION: string = packageJson.version;

/** The PostgreSQL server's version as it reports it, e.g. "18.1". */
export async function postgresVersion(sql: Sql): Promise<string> {
  const [row] = await sql<
    { version: string }[]
  >`select current_setting('server_version') as version`;
  return row?.version ?? "unknown";
}
