/**
 * A local stand-in for Resend's HTTP API (the real one cannot be reached from here): it
 * records every request and answers like Resend, including its idempotency (a repeated
 * Idempotency-Key gets the first answer and sends nothing new).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  authorization?: string;
  idempotencyKey?: string;
  body: unknown;
};

export function fakeResend() {
  const requests: RecordedRequest[] = [];
  const answered = new Map<string, string>();
  let failures = 0;
  let nextId = 0;
  /** What actually "went out": one entry per delivered message. */
  const delivered: string[] = [];

  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString() || "null") as unknown;
    const key = request.headers["idempotency-key"] as string | undefined;
    requests.push({
      method: request.method ?? "",
      path: request.url ?? "",
      authorization: request.headers.authorization,
      idempotencyKey: key,
      body,
    });
    response.setHeader("content-type", "application/json");
    if (failures > 0) {
      failures -= 1;
      response.statusCode = 500;
      response.end(
        JSON.stringify({
          name: "internal_server_error",
          message: "Resend is down",
          statusCode: 500,
        }),
      );
      return;
    }
    if (key && answered.has(key)) {
      response.end(answered.get(key));
      return;
    }
    const items = (Array.isArray(body) ? body : [body]) as { to: string }[];
    const ids = items.map((item) => {
      delivered.push(item.to);
      return `re_${++nextId}`;
    });
    const answer = JSON.stringify(
      request.url === "/emails/batch" ? { data: ids.map((id) => ({ id })) } : { id: ids[0] },
    );
    if (key) answered.set(key, answer);
    response.end(answer);
  });

  return {
    requests,
    delivered,
    failNext(count = 1) {
      failures = count;
    },
    reset() {
      requests.length = 0;
      delivered.length = 0;
    },
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
      return `http://localhost:${(server.address() as AddressInfo).port}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
