/**
 * The ingest server under test, in its own process and set up as src/ingest/main.ts does it
 * (settings from the environment the bench passes, the same pool size); asked to stop, it
 * closes (which writes every pending click) and ends its pool.
 */
import { parseIngestConfig } from "~/ingest/config";
import { createIngestPool } from "~/ingest/pool";
import { createIngestServer } from "~/ingest/server";
import { openIngestSpool } from "~/ingest/tracker";
import { announce, onStopRequest } from "./child-protocol";

const config = parseIngestConfig(process.env);
const { db, sql } = createIngestPool(config);
const ingest = createIngestServer({ db, sql, config, spool: await openIngestSpool(config) });

ingest.server.listen(config.port, "localhost", () => announce(ingest.server));
onStopRequest(async () => {
  await ingest.close();
  await sql.end({ timeout: 5 });
});
