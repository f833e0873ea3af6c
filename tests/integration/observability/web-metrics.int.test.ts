/**
 * The web app's server (createWebServer, what production and the demo run) around a trivial
 * handler standing in for Next: request ids, one log line per request, and /metrics only for
 * METRICS_TOKEN's bearer.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createWebServer, type RequestHandler } from "~/server/web/web-server";
import { TOKEN, capturingLogger, get, valueOf } from "./support";

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function start(metricsToken: string | undefined, handle?: RequestHandler) {
  const { log, lines } = capturingLogger("web");
  const calls: string[] = [];
  server = createWebServer(
    handle ??
      ((req, res) => {
        calls.push(req.url ?? "");
        res.setHeader("Content-Type", "text/plain");
        res.end(`page, request ${String(req.headers["x-request-id"])}`);
      }),
    { proxyHops: 0, metricsToken, log },
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, lines, calls };
}

describe("the web server's /metrics", () => {
  it("answers only the bearer of METRICS_TOKEN, with the requests it counted", async () => {
    const { base, calls } = await start(TOKEN);
    expect((await get(`${base}/portal?x=1`)).status).toBe(200);

    const stranger = await get(`${base}/metrics`);
    expect(stranger.status).toBe(401);
    expect(stranger.text).not.toContain("http_requests_total");
    expect((await get(`${base}/metrics`, { authorization: "Bearer wrong-token" })).status).toBe(
      401,
    );
    expect((await get(`${base}/metrics`, { authorization: TOKEN })).status).toBe(401);

    const scrape = await get(`${base}/metrics`, { authorization: `Bearer ${TOKEN}` });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    expect(
      valueOf(
        scrape.text,
        'http_requests_total{process="web",route_kind="page",status_class="2xx"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(scrape.text).toContain("process_resident_memory_bytes");
    // /metrics never reached Next's handler.
    expect(calls).toEqual(["/portal?x=1"]);
  });

  it("answers 404 without METRICS_TOKEN, also to a guessed bearer", async () => {
    const { base, calls } = await start(undefined);
    const answer = await get(`${base}/metrics`, { authorization: "Bearer anything-at-all-here" });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain("http_requests_total");
    expect(calls).toEqual([]);
  });
});

describe("the web server's request ids and log", () => {
  it("gives each request an id, keeps a sane incoming one, and logs one line without the query", async () => {
    const { base, lines } = await start(undefined);
    const fresh = await get(`${base}/signin?token=secret-sign-in-token`);
    const id = fresh.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // Next sees the same id in the request.
    expect(fresh.text).toBe(`page, request ${id}`);

    const kept = await get(`${base}/portal`, { "x-request-id": "lb-42.abc" });
    expect(kept.headers.get("x-request-id")).toBe("lb-42.abc");
    const forged = await get(`${base}/portal`, { "x-request-id": "a b<script>" });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: "info",
      process: "web",
      reqId: id,
      method: "GET",
      path: "/signin",
      status: 200,
    });
    expect(typeof lines[0]!.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("secret-sign-in-token");
    expect(lines[1]).toMatchObject({ reqId: "lb-42.abc", path: "/portal" });
  });

  it("answers a failing handler with a bare 500 and logs the error with the request's id", async () => {
    const { base, lines } = await start(undefined, async () => {
      throw new Error("database exploded at /srv/secret/path");
    });
    const answer = await get(`${base}/portal`);
    expect(answer.status).toBe(500);
    expect(answer.text).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const failure = lines.find((line) => line.msg === "request failed");
    expect(failure).toMatchObject({
      level: "error",
      reqId: answer.headers.get("x-request-id"),
      err: { message: "database exploded at /srv/secret/path" },
    });
  });
});
