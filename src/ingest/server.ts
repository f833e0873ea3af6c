import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Sql } from "postgres";
import type { Db } from "~/server/db/client";
import type { ClickSpool } from "~/server/tracking/spool/click-spool";
import { handleCreateConversion } from "./api/conversions";
import { createApiKeyGuard } from "./api/key-guard";
import { openApiDocument } from "./api/openapi";
import { handleCreateRefund } from "./api/refunds";
import type { IngestConfig } from "./config";
import { sendNotFoundPage } from "./pages";
import { sendJsonError, sendText } from "./respond";
import { matchRoute } from "./router";
import { handlePixel } from "./routes/pixel";
import { handleReady } from "./routes/ready";
import { handleRedirect } from "./routes/redirect";
import { applyIngestSecurityHeaders } from "./security-headers";
import { createTracker, type Tracker } from "./tracker";
import type { IngestDeps } from "./types";

export type IngestServer = { server: Server; close(): Promise<void>; tracker: Tracker };

/** How long close() lets requests in progress finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;

/**
 * The ingest server: redirects, impression pixels and the conversion API on bare node:http
 * (a framework would cost throughput for nothing here). The caller listens; close() stops
 * accepting, lets requests in progress finish, writes every pending click and impression, and
 * leaves the given database pool open for its owner to end.
 */
export function createIngestServer(options: {
  db: Db;
  sql: Sql;
  config: IngestConfig;
  /** Opened by the caller (openIngestSpool): it may hold clicks of an earlier process. */
  spool: ClickSpool;
}): IngestServer {
  const tracker = createTracker(options.sql, options.config, options.spool);
  const deps: IngestDeps = {
    db: options.db,
    apiKeys: createApiKeyGuard(options.config.apiKeyGuard),
    dbWaitMs: options.config.statementTimeoutMs,
  };
  let openApiJson: string | null = null;
  let closing: Promise<void> | null = null;

  const dispatch = (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    const route = matchRoute(req.method ?? "", req.url ?? "");
    applyIngestSecurityHeaders(res, route.kind);
    switch (route.kind) {
      case "redirect":
        return handleRedirect(req, res, tracker, route.code, route.query);
      case "pixel":
        return handlePixel(req, res, tracker, route.code, route.query);
      case "health":
        // Alive: answers without the database, which redirects do not need to work.
        return sendText(res, 200, "ok");
      case "ready":
        return handleReady(res, tracker);
      case "createConversion":
        return handleCreateConversion(req, res, deps, {});
      case "createRefund":
        return handleCreateRefund(req, res, deps, { id: route.conversionId });
      case "openapi":
        openApiJson ??= JSON.stringify(openApiDocument);
        res.writeHead(200, {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Length": Buffer.byteLength(openApiJson),
          "Cache-Control": "public, max-age=300",
          "Access-Control-Allow-Origin": "*",
        });
        return void res.end(openApiJson);
      case "methodNotAllowed":
        return route.api
          ? sendJsonError(res, 405, "method_not_allowed", "Method not allowed.", {
              Allow: route.allow,
            })
          : sendText(res, 405, "Method not allowed", { Allow: route.allow });
      case "notFound":
        return route.api
          ? sendJsonError(res, 404, "not_found", "No such endpoint.")
          : sendNotFoundPage(req, res);
    }
  };

  const server = createServer(
    {
      // Tracking URLs and API headers are small; refuse oversized header blocks early (431).
      maxHeaderSize: 16 * 1024,
      headersTimeout: 20_000,
      requestTimeout: 30_000,
    },
    (req, res) => {
      if (closing) res.shouldKeepAlive = false;
      try {
        const pending = dispatch(req, res);
        if (pending) pending.catch((error: unknown) => fail(res, error));
      } catch (error) {
        fail(res, error);
      }
    },
  );
  server.keepAliveTimeout = 15_000;

  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await tracker.events.drain();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await stopped;
      clearTimeout(cut);
      // Requests that were mid-flight when closing began have added their events by now.
      await tracker.events.drain();
      await tracker.writer.stop();
    })();
    return closing;
  };

  return { server, close, tracker };
}

/** An unexpected error: logged with its cause, answered without one. */
function fail(res: ServerResponse, error: unknown): void {
  console.error("[rally ingest] request failed", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJsonError(res, 500, "internal", "Something went wrong on our side. Please retry.");
}
