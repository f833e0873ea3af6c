/**
 * The ingest server under test, in its own process and set up as src/ingest/main.ts does it
 * (settings from the environment the bench passes, the same pool size); asked to stop, it
 * closes (which writes every pending click) and ends its pool.
 */
import { parseIngestConfig } from "~/ingest/config";
import { createIngestServer } from "~/ingest/server";
import { createDb } from "~/server/db/client";
import { announce, onStopRequest } from "./child-protocol";

const config = parseIngestConfig(process.env);
const { db, sql } = createDb(config.databaseUrl, { max: config.dbPool });
const ingest = createIngestServer({ db, sql, config });

ingest.server.listen(config.port, "localhost", () => announce(ingest.server));
onStopRequest(async () => {
  await ingest.close();
  await sql.end({ timeout: 5 });
});
