import type { Sql } from "postgres";
import { RALLY_VERSION } from "~/server/version";

export { RALLY_VERSION };

/** `postgres` is null when the server could not be asked. */
export type Versions = { rally: string; node: string; postgres: string | null };

/** The PostgreSQL server's version as it reports it, e.g. "18.1". */
export async function postgresVersion(sql: Sql): Promise<string> {
  const [row] = await sql<
    { version: string }[]
  >`select current_setting('server_version') as version`;
  return row?.version ?? "unknown";
}
