/**
 * docker-compose.yml, read as Compose reads it (YAML with merge keys). The test machines have
 * neither a Docker engine nor the Compose plugin, so `docker compose config` (Compose's own
 * schema check) is not run: the README says so.
 */
import { describe, expect, it } from "vitest";
import { envSchema } from "~/env";
import { COMPOSE_SERVICES, composeFile, read, type ComposeService } from "./files";

const compose = composeFile();
const services = compose.services;
const APP_SERVICES = ["web", "ingest", "worker"] as const;

/** The address a healthcheck fetches, from its `node -e "fetch('…')"` command. */
function healthUrl(service: ComposeService): URL {
  const script = service.healthcheck?.test?.join(" ") ?? "";
  const url = /fetch\('([^']+)'\)/.exec(script)?.[1];
  if (!url) throw new Error(`no fetch in healthcheck: ${script}`);
  return new URL(url);
}

/** Named volumes mounted by a service: volume name → path in the container. */
function mounts(service: ComposeService): Map<string, string> {
  return new Map(
    (service.volumes ?? [])
      .map((volume): [string, string] => {
        const [source = "", target = ""] = volume.split(":");
        return [source, target];
      })
      .filter(([source]) => !source.startsWith(".") && !source.startsWith("/")),
  );
}

describe("docker-compose.yml", () => {
  it("has the database, the migration, the three processes and the proxy", () => {
    expect(Object.keys(services).sort()).toEqual([...COMPOSE_SERVICES].sort());
  });

  it("runs PostgreSQL 18 on a volume, healthy only when it answers over TCP", () => {
    const postgres = services.postgres;
    expect(postgres.image).toBe("postgres:18");
    // PostgreSQL 18's image keeps its data under /var/lib/postgresql (not …/data).
    expect(mounts(postgres).get("postgres")).toBe("/var/lib/postgresql");
    expect(postgres.healthcheck?.test).toEqual(
      expect.arrayContaining(["pg_isready", "--host=127.0.0.1"]),
    );
  });

  it("migrates once, after PostgreSQL is healthy, before the app services start", () => {
    const migrate = services.migrate;
    expect(migrate.command).toEqual(["node", "dist/rally.mjs", "migrate"]);
    expect(migrate.restart).toBe("no");
    expect(migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    for (const name of APP_SERVICES) {
      expect(services[name].depends_on?.migrate, name).toEqual({
        condition: "service_completed_successfully",
      });
    }
  });

  it("runs each process from the one image, each with its own command", () => {
    expect(services.web.command).toEqual(["node", "dist/web.mjs"]);
    expect(services.ingest.command).toEqual(["node", "dist/ingest.mjs"]);
    expect(services.worker.command).toEqual(["node", "dist/worker.mjs"]);
    const images = new Set(
      (["migrate", ...APP_SERVICES] as const).map((name) => services[name].image),
    );
    expect(images.size).toBe(1);
  });

  it("checks the health of every long-running service, on the port it listens on", () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === "migrate") expect(service.healthcheck).toEqual({ disable: true });
      else expect(service.healthcheck?.test?.length, name).toBeGreaterThan(0);
    }
    const expected = {
      web: ["PORT", "/api/health"],
      ingest: ["INGEST_PORT", "/health"],
      worker: ["WORKER_METRICS_PORT", "/health"],
    } as const;
    for (const name of APP_SERVICES) {
      const [portVariable, pathname] = expected[name];
      const url = healthUrl(services[name]);
      expect(url.pathname, name).toBe(pathname);
      expect(url.port, name).toBe(services[name].environment?.[portVariable]);
    }
  });

  it("stops every secret and address at `docker compose up` when .env lacks it", () => {
    const text = read("docker-compose.yml");
    for (const name of ["POSTGRES_PASSWORD", "AUTH_SECRET", "AUTH_URL", "TRACKING_BASE_URL"]) {
      const uses = [...text.matchAll(new RegExp(`\\$\\{${name}([^}]*)\\}`, "g"))];
      expect(uses.length, name).toBeGreaterThan(0);
      for (const [, modifier] of uses) {
        expect(modifier, name).toBe(`:?set ${name} in .env`);
      }
    }
  });

  it("sets only variables that Rally reads", () => {
    const known = new Set(Object.keys(envSchema.shape));
    for (const name of ["migrate", ...APP_SERVICES] as const) {
      const unknown = Object.keys(services[name].environment ?? {}).filter(
        (key) => !known.has(key),
      );
      expect(unknown, name).toEqual([]);
    }
  });

  it("shares uploads between web and worker, and gives the ingest server its spool", () => {
    const storageDir = services.web.environment?.STORAGE_DIR;
    const spoolDir = services.ingest.environment?.SPOOL_DIR;
    expect(mounts(services.web).get("storage")).toBe(storageDir);
    expect(mounts(services.worker).get("storage")).toBe(storageDir);
    expect(mounts(services.ingest).get("spool")).toBe(spoolDir);
    const used = Object.values(services).flatMap((service) => [...mounts(service).keys()]);
    expect(Object.keys(compose.volumes).sort()).toEqual([...new Set(used)].sort());
  });

  it("publishes ports only through Caddy, which trusts nothing but its own config", () => {
    for (const [name, service] of Object.entries(services)) {
      if (name !== "caddy") expect(service.ports, name).toBeUndefined();
    }
    expect(services.caddy.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    // Behind exactly one proxy, client addresses come from its X-Forwarded-For.
    expect(services.web.environment?.TRUST_PROXY).toBe("1");
    expect(services.caddy.environment?.RALLY_WEB_UPSTREAM).toBe(
      `web:${services.web.environment?.PORT}`,
    );
    expect(services.caddy.environment?.RALLY_INGEST_UPSTREAM).toBe(
      `ingest:${services.ingest.environment?.INGEST_PORT}`,
    );
  });

  it("lists every variable it interpolates in .env.example", () => {
    const example = read(".env.example");
    const names = [...read("docker-compose.yml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map(
      (match) => match[1],
    );
    for (const name of new Set(names)) {
      expect(example, name).toMatch(new RegExp(`^(# )?${name}=`, "m"));
    }
  });
});
