/**
 * Keep-alive HTTP load with autocannon (its own HTTP parser, so the load generator is cheaper
 * than the servers it measures). The same settings and the same per-response hook run against
 * the bare server and the ingest server, so their figures compare fairly.
 */
import autocannon from "autocannon";
import type { IncomingHttpHeaders } from "node:http";

export type LoadResult = {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  responses: number;
  redirects: number;
  errors: number;
  timeouts: number;
  non3xx: number;
  seconds: number;
  /** Location headers of the 302s received, in no particular order. */
  locations: string[];
};

export async function runLoad(options: {
  port: number;
  paths: string[];
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const locations: string[] = [];
  const collect = (
    status: number,
    _body: string,
    _context: object,
    headers?: IncomingHttpHeaders,
  ) => {
    if (status !== 302) return;
    // autocannon keeps the header names as the server wrote them.
    const location = headers?.location ?? (headers as Record<string, unknown>)?.Location;
    if (typeof location === "string") locations.push(location);
  };
  const result = await autocannon({
    url: `http://localhost:${options.port}`,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 10,
    headers: {
      // A browser, not a bot: the ingest server does not count bots.
      "user-agent":
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
      accept: "text/html",
    },
    requests: options.paths.map((path) => ({ method: "GET" as const, path, onResponse: collect })),
  });
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    responses: result.requests.total,
    redirects: result["3xx"],
    errors: result.errors,
    timeouts: result.timeouts,
    non3xx: result["1xx"] + result["2xx"] + result["4xx"] + result["5xx"],
    seconds: result.duration,
    locations,
  };
}
