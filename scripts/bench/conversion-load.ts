/**
 * The conversion load: workers that each keep one keep-alive connection busy with signed
 * POST /api/v1/conversions until the deadline; a share of the requests repeat an earlier,
 * acknowledged request (same body, fresh signature). Every request is answered before the
 * run ends, so the counts are exact.
 */
import http from "node:http";
import { signPayload } from "~/server/tracking/signature";

const DUPLICATE_SHARE = 0.2;

export type Client = {
  port: number;
  agent: http.Agent;
  key: string;
  secret: string;
  clickIds: string[];
};
export type RunResult = {
  seconds: number;
  requests: number;
  created: number;
  replayed: number;
  other: Record<string, number>;
  latencies: number[];
};

export async function run(client: Client, prefix: string, concurrency: number, seconds: number) {
  const result: RunResult = {
    seconds: 0,
    requests: 0,
    created: 0,
    replayed: 0,
    other: {},
    latencies: [],
  };
  const acknowledged: string[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;

  const worker = async () => {
    while (performance.now() < deadline) {
      const repeat = acknowledged.length > 0 && Math.random() < DUPLICATE_SHARE;
      const body = repeat
        ? acknowledged[Math.floor(Math.random() * acknowledged.length)]!
        : newBody(client, `${prefix}-${++next}`);
      const t0 = performance.now();
      const { status, text } = await post(client, body).catch((error: Error) => ({
        status: 0,
        text: error.message,
      }));
      result.latencies.push(performance.now() - t0);
      result.requests++;
      if (status === 201 && !repeat) {
        result.created++;
        acknowledged.push(body);
      } else if (status === 200 && repeat) {
        result.replayed++;
      } else {
        const label = `${status}${repeat ? " (repeat)" : ""}`;
        if (!result.other[label]) console.error(`  unexpected ${label}: ${text.slice(0, 300)}`);
        result.other[label] = (result.other[label] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // Every request has been answered: nothing is left in flight after this point.
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function newBody(client: Client, externalId: string): string {
  const clickId = client.clickIds[Math.floor(Math.random() * client.clickIds.length)]!;
  return JSON.stringify({
    type: "sale",
    external_id: externalId,
    amount: 1_000 + Math.floor(Math.random() * 49_000),
    currency: "EUR",
    click_id: clickId,
    customer: `customer-${externalId}@example.com`,
  });
}

function post(client: Client, body: string): Promise<{ status: number; text: string }> {
  const signature = signPayload(client.secret, body, Math.floor(Date.now() / 1000));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "localhost",
        port: client.port,
        method: "POST",
        path: "/api/v1/conversions",
        agent: client.agent,
        headers: {
          authorization: `Bearer ${client.key}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "rally-signature": signature,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
