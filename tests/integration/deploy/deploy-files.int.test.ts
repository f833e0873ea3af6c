/**
 * Across the deployment files: every program they start is one the build produces
 * (scripts/lib/entries.ts), and the Caddyfile is what Caddy accepts and routes as intended.
 */
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "../../../scripts/lib/entries";
import { composeFile, namedEntries, read, root, UNITS_DIR, unitFiles } from "./files";

const DEPLOY_FILES = [
  "Dockerfile",
  "docker-compose.yml",
  ...unitFiles().map((file) => path.join(UNITS_DIR, file)),
];

describe("deployment files", () => {
  it("start only entries the build produces", () => {
    const built = new Set<string>(Object.values(ENTRIES));
    for (const file of DEPLOY_FILES) {
      const named = namedEntries(read(file));
      expect(named.length, file).toBeGreaterThan(0);
      expect(
        named.filter((entry) => !built.has(entry)),
        file,
      ).toEqual([]);
    }
  });

  it("start every process the build makes for production", () => {
    const named = new Set(DEPLOY_FILES.flatMap((file) => namedEntries(read(file))));
    for (const entry of [ENTRIES.web, ENTRIES.ingest, ENTRIES.worker, ENTRIES.rally]) {
      expect(named, entry).toContain(entry);
    }
  });
});

/** The `node -e` script of each health check, by where it is defined. */
function healthScripts(): Map<string, string[]> {
  const scripts = new Map<string, string[]>();
  const dockerfile = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(read("Dockerfile"))?.[1];
  scripts.set("Dockerfile", JSON.parse(dockerfile ?? "[]") as string[]);
  const { services } = composeFile();
  for (const name of ["web", "ingest", "worker"] as const) {
    scripts.set(`compose ${name}`, services[name].healthcheck?.test?.slice(1) ?? []);
  }
  return scripts;
}

/** A health check's exit code against a server answering `status` (none: nothing listens). */
async function healthCheckExit(command: string[], status: number | null): Promise<number> {
  const server = createServer((req, res) => {
    res.statusCode = status ?? 500;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  if (status === null) await new Promise((resolve) => server.close(resolve));
  // The checks name the container's fixed ports; here the test server's port stands in.
  const [program = "", ...args] = command.map((part) =>
    part.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`),
  );
  const exit = await promisify(execFile)(program, args, {
    env: { ...process.env, PORT: String(port) },
  }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
  server.close();
  return exit;
}

describe("health checks", () => {
  it("pass on a healthy answer and fail on an unhealthy one or none", async () => {
    const scripts = healthScripts();
    expect([...scripts.values()].every((command) => command[0] === "node")).toBe(true);
    for (const [where, command] of scripts) {
      const exits = await Promise.all(
        [200, 503, null].map((status) => healthCheckExit(command, status)),
      );
      expect(exits, where).toEqual([0, 1, 1]);
    }
  }, 60_000);
});

type CaddyRoute = {
  match: { host: string[] }[];
  handle: { routes: { handle: { handler: string; upstreams?: { dial: string }[] }[] }[] }[];
};

/** The Caddyfile as Caddy's JSON config: where each host name is proxied to. */
function caddyRoutes(env: Record<string, string>): Map<string, string> {
  // Only the given names: none from this process's environment.
  const clean = { ...process.env };
  for (const name of Object.keys(clean)) if (name.startsWith("RALLY_")) delete clean[name];
  const result = spawnSync(
    "caddy",
    ["adapt", "--config", path.join(root, "deploy/Caddyfile"), "--adapter", "caddyfile"],
    { env: { ...clean, ...env }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  const config = JSON.parse(result.stdout) as {
    apps: { http: { servers: Record<string, { routes: CaddyRoute[] }> } };
  };
  const routes = Object.values(config.apps.http.servers).flatMap((server) => server.routes);
  return new Map(
    routes.map((route) => {
      const proxy = route.handle
        .flatMap((handler) => handler.routes.flatMap((inner) => inner.handle))
        .find((handler) => handler.handler === "reverse_proxy");
      return [route.match[0]?.host[0] ?? "none", proxy?.upstreams?.[0]?.dial ?? "none"];
    }),
  );
}

describe("deploy/Caddyfile", () => {
  const hosts = { RALLY_APP_HOST: "app.example.com", RALLY_TRACK_HOST: "track.example.com" };

  it("takes from the environment the names docker-compose.yml gives Caddy", () => {
    const caddyfile = read("deploy/Caddyfile");
    const used = new Set([...caddyfile.matchAll(/\{\$([A-Z_]+)/g)].map((match) => match[1]));
    const given = Object.keys(composeFile().services.caddy.environment ?? {});
    expect([...used].sort()).toEqual(given.sort());
  });

  // npm test installs Caddy on Debian when it is missing (scripts/ensure-test-tools.sh).
  it("proxies the app to the web app and the tracking domain to the ingest server", () => {
    expect(caddyRoutes(hosts)).toEqual(
      new Map([
        ["app.example.com", "127.0.0.1:3000"],
        ["track.example.com", "127.0.0.1:3001"],
      ]),
    );
    const compose = composeFile().services.caddy.environment ?? {};
    expect(caddyRoutes({ ...hosts, ...compose, ...hosts })).toEqual(
      new Map([
        ["app.example.com", "web:3000"],
        ["track.example.com", "ingest:3001"],
      ]),
    );
  });
});
