/**
 * The web app's production process (what `npm start` and the demo run): Next.js's handler for
 * the existing build (`next build`), served by createWebServer so client addresses come from
 * the connection. Settings come from src/env.ts, checked before anything opens.
 */
import next from "next";
import { checkEnvAtStart, webRequirements } from "~/env";
import { createWebServer } from "./web-server";

const log = (line: string) => console.log(`[rally web] ${line}`);

const settings = checkEnvAtStart("web", webRequirements());
// Unset HOST: every interface, as `next start` (production sits behind a proxy or firewall).
const app = next({ dev: false, dir: process.cwd(), hostname: settings.HOST, port: settings.PORT });

async function main() {
  await app.prepare();
  const server = createWebServer(app.getRequestHandler(), { proxyHops: settings.TRUST_PROXY });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `[rally web] Port ${settings.PORT} is already in use: stop that program or set PORT.`
        : `[rally web] ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(settings.PORT, settings.HOST, () => {
    log(`Listening on ${settings.HOST ?? "all interfaces"}, port ${settings.PORT}`);
  });
  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    // Open keep-alive connections would hold close() forever.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`[rally web] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
