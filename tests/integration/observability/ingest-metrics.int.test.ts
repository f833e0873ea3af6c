/**
 * The ingest server's /metrics against the real database: a redirect's click is committed in
 * a batch that the batch histograms count, the redirect itself is counted but not logged, and
 * METRICS_TOKEN, when set, keeps strangers out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePartner, makeProgram } from "../../support/factories";
import { makeLink, request, startIngest } from "../ingest/fixtures";
import { TOKEN, valueOf } from "./support";

let open: Awaited<ReturnType<typeof startIngest>>;
let guarded: Awaited<ReturnType<typeof startIngest>>;
beforeAll(async () => {
  open = await startIngest();
  guarded = await startIngest({ metricsToken: TOKEN });
});
afterAll(async () => {
  await open?.close();
  await guarded?.close();
});

const scrape = async (port: number, headers: Record<string, string> = {}) => {
  const answer = await request(port, "/metrics", { headers });
  return { ...answer, text: answer.body.toString("utf8") };
};

describe("the ingest server's /metrics", () => {
  it("shows the batch that committed a redirect's click, and counts the redirect", async () => {
    const before = await scrape(open.port);
    expect(before.status).toBe(200);
    const batches = (text: string) => valueOf(text, "click_batch_size_count") ?? 0;
    const commits = (text: string) =>
      valueOf(text, 'click_batch_commit_seconds_count{result="ok"}') ?? 0;

    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const link = await makeLink(program.id, enrollment.id);
    const redirect = await request(open.port, `/r/${link.code}`);
    expect(redirect.status).toBe(302);
    // Tracking answers carry no request id: nothing is logged for them to join.
    expect(redirect.headers["x-request-id"]).toBeUndefined();

    const after = await scrape(open.port);
    expect(after.headers["content-type"]).toContain("text/plain; version=0.0.4");
    expect(batches(after.text)).toBeGreaterThan(batches(before.text));
    expect(commits(after.text)).toBeGreaterThan(commits(before.text));
    expect(valueOf(after.text, 'click_batch_commit_seconds_bucket{le="+Inf",result="ok"}')).toBe(
      commits(after.text),
    );
    expect(
      valueOf(
        after.text,
        'http_requests_total{process="ingest",route_kind="redirect",status_class="3xx"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(after.text).toMatch(
      /http_request_duration_seconds_count\{process="ingest",route_kind="redirect"\} \d+/,
    );
    expect(valueOf(after.text, "spool_records")).toBe(0);
    expect(valueOf(after.text, "spool_bytes")).toBe(0);
    expect(valueOf(after.text, "conversion_writer_queue")).toBe(0);
  });

  it("answers the API and health checks with a request id", async () => {
    const health = await request(open.port, "/health", { headers: { "x-request-id": "probe-1" } });
    expect(health.headers["x-request-id"]).toBe("probe-1");
    const api = await request(open.port, "/api/v1/conversions", { method: "POST" });
    expect(api.status).toBe(401);
    expect(api.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("with METRICS_TOKEN set, refuses a stranger and answers the token's bearer", async () => {
    const stranger = await scrape(guarded.port);
    expect(stranger.status).toBe(401);
    expect(stranger.headers["www-authenticate"]).toBe('Bearer realm="metrics"');
    expect(stranger.text).not.toContain("click_batch");
    expect((await scrape(guarded.port, { authorization: "Bearer not-the-token" })).status).toBe(
      401,
    );
    const scraper = await scrape(guarded.port, { authorization: `Bearer ${TOKEN}` });
    expect(scraper.status).toBe(200);
    expect(scraper.text).toContain("# TYPE click_batch_commit_seconds histogram");
    // Health checks stay open.
    expect((await request(guarded.port, "/health")).status).toBe(200);
  });
});
