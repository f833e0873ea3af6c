import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "~/server/db/client";
import type { ApiKeyGuard } from "./api/key-guard";

/** What every ingest route handler receives besides the request and response. */
export type IngestDeps = { db: Db; apiKeys?: ApiKeyGuard };

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: IngestDeps,
  params: Record<string, string>,
) => Promise<void>;
