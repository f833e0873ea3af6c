/**
 * The web app's production process (what `npm start` and the demo run): Next.js's handler for
 * the existing build (`next build`), served by createWebServer so client addresses come from
 * the connection. Settings come from src/env.ts, checked before anything opens.
 */
import next from "next";
import { checkEnvAtStart, webRequirements } from "~/env";
import { createLogger } from "~/server/observability/logger";
import { adoptBuiltNextConfig } from "./built-config";
import { createWebServer } from "./web-server";

const settings = checkEnvAtStart("web", webRequirements());
const log = createLogger("web");
if (!adoptBuiltNextConfig(process.cwd())) {
  log.fatal(`There is no web build in ${process.cwd()}: run \`npm run build\` first.`);
  process.exit(1);
}
// Unset HOST: every interface, as `next start` (production sits behind a proxy or firewall).
const app = next({ dev: false, dir: process.cwd(), hostname: settings.HOST, port: settings.PORT });

async function main() {
  await app.prepare();
  const server = createWebServer(app.getRequestHandler(), {
    proxyHops: settings.TRUST_PROXY,
    metricsToken: settings.METRICS_TOKEN,
    log,
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      log.fatal(`Port ${settings.PORT} is already in use: stop that program or set PORT.`);
    } else log.fatal({ err: error }, "The web server failed");
    process.exit(1);
  });
  server.listen(settings.PORT, settings.HOST, () => {
    log.info(`Listening on ${settings.HOST ?? "all interfaces"}, port ${settings.PORT}`);
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
  log.fatal({ err: error }, "The web app could not start");
  process.exit(1);
});
