import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { forwardClientAddress } from "~/server/http/client-address";
import { createLogger, type Logger } from "~/server/observability/logger";
import { serveMetrics } from "~/server/observability/metrics-endpoint";
import { observeHttpRequest, statusClass } from "~/server/observability/metrics";
import { withRequestId } from "~/server/observability/request-context";
import { requestIdOf } from "~/server/observability/request-id";
import { loggablePath } from "./loggable-path";
import { webRouteKind } from "./request-kind";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type WebServerOptions = {
  proxyHops: number;
  /** Bearer token of GET /metrics; without one /metrics answers 404. */
  metricsToken?: string;
  log?: Logger;
};

/**
 * The web app's HTTP server: Next.js's request handler behind one step that decides the
 * client's address from the connection (see forwardClientAddress). `next start` cannot do
 * this: it keeps a client's own X-Forwarded-For, so any visitor could pick their address.
 *
 * Every request gets an id (a sane incoming X-Request-Id, else a new one), answered in
 * X-Request-Id, passed on to Next in the request's header and attached to the log lines
 * written while it is handled; one line per request records its method, path, status and
 * duration. GET /metrics is answered here, before Next, and only to METRICS_TOKEN's bearer.
 */
export function createWebServer(handle: RequestHandler, options: WebServerOptions): Server {
  let logger = options.log;
  const log = () => (logger ??= createLogger("web"));

  return createServer((req, res) => {
    const started = performance.now();
    const reqId = requestIdOf(req.headers["x-request-id"]);
    req.headers["x-request-id"] = reqId;
    res.setHeader("X-Request-Id", reqId);
    // The query string is left out of logs and metrics: it can carry tokens (sign-in links).
    const path = (req.url ?? "").split("?", 1)[0] ?? "";
    const logged = loggablePath(path);
    const kind = webRouteKind(path);
    res.once("close", () => {
      const seconds = (performance.now() - started) / 1000;
      const status = statusClass(res.statusCode, res.writableFinished);
      observeHttpRequest("web", kind, status, seconds);
      log().info(
        {
          reqId,
          method: req.method,
          path: logged,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        `${req.method} ${logged} ${res.statusCode}`,
      );
    });

    forwardClientAddress(req, options.proxyHops);
    withRequestId(reqId, () => {
      const answer =
        path === "/metrics" && (req.method === "GET" || req.method === "HEAD")
          ? serveMetrics(req, res, { token: options.metricsToken, open: false }, log())
          : handle(req, res);
      Promise.resolve(answer).catch((error: unknown) => {
        log().error({ err: error, reqId, method: req.method, path: logged }, "request failed");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
}
