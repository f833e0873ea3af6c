import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "~/server/db/client";

/** What every ingest route handler receives besides the request and response. */
export type IngestDeps = { db: Db };

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: IngestDeps,
  params: Record<string, string>,
) => Promise<void>;
