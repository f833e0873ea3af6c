/**
 * The machine's limit: a bare node:http server that answers every request with a fixed 302.
 * It runs in its own process, started exactly like the ingest server, so the two compare fairly.
 */
import http from "node:http";
import { announce, onStopRequest } from "./child-protocol";

const server = http.createServer((_req, res) => {
  res.writeHead(302, { Location: "https://shop.example.com/landing?rally_click=baseline" });
  res.end();
});
server.keepAliveTimeout = 60_000;

server.listen(0, "localhost", () => announce(server));
onStopRequest(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
