import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "~/server/db/client";
import type { ApiKeyGuard } from "./api/key-guard";

/** What every ingest route handler receives besides the request and response. */
export type IngestDeps = {
  db: Db;
  apiKeys?: ApiKeyGuard;
  /** How long an API request may wait for the database before it is answered 503. */
  dbWaitMs?: number;
};

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: IngestDeps,
  params: Record<string, string>,
) => Promise<void>;
