import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Sql } from "postgres";
import type { Db } from "~/server/db/client";
import { createLogger, type Logger } from "~/server/observability/logger";
import { serveMetrics } from "~/server/observability/metrics-endpoint";
import { observeHttpRequest, provideMetric, statusClass } from "~/server/observability/metrics";
import { requestIdOf } from "~/server/observability/request-id";
import { createThrottle } from "~/server/observability/throttle";
import { conversionWriterFor } from "~/server/services/conversions/conversion-writer";
import type { ClickSpool } from "~/server/tracking/spool/click-spool";
import { handleCreateConversion } from "./api/conversions";
import { createApiKeyGuard } from "./api/key-guard";
import { openApiDocument } from "./api/openapi";
import { handleCreateRefund } from "./api/refunds";
import type { IngestConfig } from "./config";
import { sendNotFoundPage } from "./pages";
import { sendJsonError, sendText } from "./respond";
import { matchRoute, type Route } from "./router";
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
 * Requests are not logged one by one (thousands of redirects a second; http_requests_total
 * counts them): only answers of 500 and more, and requests slower than this, at most one line
 * per LOG_EVERY_MS for each, saying how many were left out in between.
 */
const SLOW_REQUEST_MS = 1000;
const LOG_EVERY_MS = 10_000;

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
  log?: Logger;
}): IngestServer {
  const log = options.log ?? createLogger("ingest");
  const tracker = createTracker(options.sql, options.config, options.spool, log);
  const deps: IngestDeps = {
    db: options.db,
    apiKeys: createApiKeyGuard(options.config.apiKeyGuard),
    dbWaitMs: options.config.statementTimeoutMs,
  };
  let openApiJson: string | null = null;
  let closing: Promise<void> | null = null;
  const unprovide = [
    provideMetric("spool", () => options.spool.depth()),
    provideMetric("conversionQueue", () => conversionWriterFor(options.db).queued),
  ];
  const logFailed = createThrottle(LOG_EVERY_MS);
  const logSlow = createThrottle(LOG_EVERY_MS);

  const dispatch = (
    req: IncomingMessage,
    res: ServerResponse,
    route: Route,
  ): Promise<void> | void => {
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
      case "metrics":
        return serveMetrics(req, res, { token: options.config.metricsToken, open: true }, log);
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
      const started = performance.now();
      const route = matchRoute(req.method ?? "", req.url ?? "");
      // Tracking answers skip the id (no log line to join it with, and they are the volume);
      // the API's callers can quote it when they report a problem.
      const reqId = carriesRequestId(route) ? requestIdOf(req.headers["x-request-id"]) : undefined;
      if (reqId) res.setHeader("X-Request-Id", reqId);
      let reported = false;
      res.once("close", () => finished(req, res, route, reqId, started, reported));
      const fail = (error: unknown) => {
        reported = true;
        log.error({ err: error, reqId, ...describe(req, route) }, "request failed");
        failed(res);
      };
      try {
        const pending = dispatch(req, res, route);
        if (pending) pending.catch(fail);
      } catch (error) {
        fail(error);
      }
    },
  );

  /** Counts every answer; logs failed and slow ones (see SLOW_REQUEST_MS). */
  const finished = (
    req: IncomingMessage,
    res: ServerResponse,
    route: Route,
    reqId: string | undefined,
    started: number,
    reported: boolean,
  ) => {
    const ms = performance.now() - started;
    const status = res.statusCode;
    observeHttpRequest("ingest", route.kind, statusClass(status, res.writableFinished), ms / 1000);
    if (reported || (status < 500 && ms < SLOW_REQUEST_MS)) return;
    const line = { reqId, ...describe(req, route), status, durationMs: Math.round(ms) };
    if (status >= 500) {
      logFailed((skipped) => log.warn({ ...line, skipped }, `answered ${status}`));
    } else {
      logSlow((skipped) => log.warn({ ...line, skipped }, "slow request"));
    }
  };
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
      for (const remove of unprovide) remove();
    })();
    return closing;
  };

  return { server, close, tracker };
}

/** The conversion API and the probes; not redirects, pixels or the pages of unknown links. */
function carriesRequestId(route: Route): boolean {
  switch (route.kind) {
    case "createConversion":
    case "createRefund":
    case "openapi":
    case "health":
    case "ready":
    case "metrics":
      return true;
    case "notFound":
    case "methodNotAllowed":
      return route.api;
    default:
      return false;
  }
}

/** A request for a log line: never its query string, which may carry a partner's sub-ids. */
function describe(req: IncomingMessage, route: Route) {
  return { method: req.method, path: (req.url ?? "").split("?", 1)[0], route: route.kind };
}

/** An unexpected error (logged by the caller with its cause) is answered without one. */
function failed(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJsonError(res, 500, "internal", "Something went wrong on our side. Please retry.");
}
