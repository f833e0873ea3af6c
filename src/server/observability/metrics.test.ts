import { describe, expect, it } from "vitest";
import { countEmail, liveConnectionClosed, liveConnectionOpened } from "./counts";
import { metrics, observeHttpRequest, provideMetric, statusClass } from "./metrics";

const text = () => metrics().registry.metrics();

/** The value of one series in the text format, e.g. `spool_records` or `x{a="b"}`. */
function valueOf(body: string, series: string): number | undefined {
  const line = body.split("\n").find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("metrics", () => {
  it("is one registry per process, with the process's default metrics", async () => {
    expect(metrics()).toBe(metrics());
    expect(await text()).toContain("process_cpu_seconds_total");
  });

  it("counts requests by process, route kind and status class, with their durations", async () => {
    observeHttpRequest("ingest", "redirect", statusClass(302), 0.003);
    observeHttpRequest("ingest", "redirect", statusClass(302), 0.004);
    observeHttpRequest("ingest", "ready", statusClass(200, false), 0.2);
    const body = await text();
    expect(
      valueOf(
        body,
        'http_requests_total{process="ingest",route_kind="redirect",status_class="3xx"}',
      ),
    ).toBe(2);
    expect(
      valueOf(
        body,
        'http_requests_total{process="ingest",route_kind="ready",status_class="aborted"}',
      ),
    ).toBe(1);
    expect(
      valueOf(
        body,
        'http_request_duration_seconds_bucket{le="0.005",process="ingest",route_kind="redirect"}',
      ),
    ).toBe(2);
  });

  it("reads the gauges from the latest provider when scraped", async () => {
    const first = provideMetric("spool", () => ({ records: 3, bytes: 300 }));
    const second = provideMetric("spool", () => ({ records: 5, bytes: 500 }));
    expect(valueOf(await text(), "spool_records")).toBe(5);
    second();
    const body = await text();
    expect(valueOf(body, "spool_records")).toBe(3);
    expect(valueOf(body, "spool_bytes")).toBe(300);
    first();
    expect(valueOf(await text(), "spool_records")).toBe(0);
  });

  it("reports queue depths from one read, and leaves them out when the read fails", async () => {
    let reads = 0;
    const remove = provideMetric("queueDepths", () => {
      reads++;
      return Promise.resolve([{ queue: "digests-send", queued: 4, active: 1 }]);
    });
    const body = await text();
    expect(valueOf(body, 'pgboss_queue_depth{queue="digests-send"}')).toBe(4);
    expect(valueOf(body, 'pgboss_jobs_active{queue="digests-send"}')).toBe(1);
    expect(reads).toBe(1);
    remove();

    const failing = provideMetric("queueDepths", () => Promise.reject(new Error("down")));
    const during = await text();
    expect(during).not.toContain('pgboss_queue_depth{queue="digests-send"}');
    expect(during).toContain("process_cpu_seconds_total");
    failing();
  });

  it("reports emails and live connections counted outside prom-client", async () => {
    countEmail("sent", "smtp", 2);
    countEmail("failed", "smtp");
    liveConnectionOpened();
    liveConnectionOpened();
    liveConnectionClosed();
    const body = await text();
    expect(valueOf(body, 'emails_total{transport="smtp",status="sent"}')).toBe(2);
    expect(valueOf(body, 'emails_total{transport="smtp",status="failed"}')).toBe(1);
    expect(valueOf(body, "live_connections")).toBe(1);
    countEmail("sent", "smtp");
    expect(valueOf(await text(), 'emails_total{transport="smtp",status="sent"}')).toBe(3);
    liveConnectionClosed();
  });
});
