import { createServer, type Server } from "node:http";
import type { Logger } from "./logger";
import { serveMetrics } from "./metrics-endpoint";

/**
 * A process without an HTTP server of its own (the worker) answers GET /metrics (see
 * serveMetrics: open unless a token is set) and GET /health (alive) on a port of its own.
 * Resolves once listening; rejects when the port cannot be had.
 */
export function startMetricsServer(options: {
  port: number;
  host: string | undefined;
  token: string | undefined;
  log: Logger;
}): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?", 1)[0];
    const read = req.method === "GET" || req.method === "HEAD";
    if (read && path === "/metrics") {
      serveMetrics(req, res, { token: options.token, open: true }, options.log).catch(
        (error: unknown) => {
          options.log.error({ err: error }, "metrics request failed");
          res.destroy();
        },
      );
      return;
    }
    const [status, text] = read && path === "/health" ? [200, "ok"] : [404, "Not found"];
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : text);
  });
  // Scrapes are short; an idle connection is not worth holding.
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
