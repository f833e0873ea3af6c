import { createDb } from "~/server/db/client";
import type { IngestConfig } from "./config";

/**
 * The ingest server's pool, bounded so that a sick database cannot hold its connections
 * forever: statements and idle transactions end after statementTimeoutMs on the server, and a
 * connection that does not open within the commit timeout (rounded up to seconds) gives up.
 */
export function createIngestPool(config: IngestConfig) {
  return createDb(config.databaseUrl, {
    max: config.dbPool,
    statementTimeoutMs: config.statementTimeoutMs,
    connectTimeoutS: Math.max(1, Math.ceil(config.commitTimeoutMs / 1000)),
  });
}
