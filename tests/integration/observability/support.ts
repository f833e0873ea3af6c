/** Shared by the observability tests: a logger whose lines the test reads, plain GETs. */
import { createLogger } from "~/server/observability/logger";

export const TOKEN = "metrics-token-0123456789abcdef";

export function capturingLogger(process: string) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(process, {
    level: "info",
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  return { log, lines };
}

export async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The value of one series in Prometheus's text format, e.g. `x_total{a="b"}`. */
export function valueOf(body: string, series: string): number | undefined {
  const line = body.split("\n").find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
