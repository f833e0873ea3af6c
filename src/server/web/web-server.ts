import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { forwardClientAddress } from "~/server/http/client-address";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * The web app's HTTP server: Next.js's request handler behind one step that decides the
 * client's address from the connection (see forwardClientAddress). `next start` cannot do
 * this: it keeps a client's own X-Forwarded-For, so any visitor could pick their address.
 */
export function createWebServer(handle: RequestHandler, options: { proxyHops: number }): Server {
  return createServer((req, res) => {
    forwardClientAddress(req, options.proxyHops);
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error("[rally web] Request failed", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}
