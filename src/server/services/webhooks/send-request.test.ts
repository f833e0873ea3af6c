import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./send-request";

const strict = { policy: { allowLocal: false } };
const local = { policy: { allowLocal: true } };

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/slow") return; // never answers
    if (req.url === "/moved") return res.writeHead(302, { location: "http://localhost/" }).end();
    res.writeHead(200).end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe("postWebhook", () => {
  it("refuses a private address given literally, before any connection", async () => {
    await expect(postWebhook(`${base}/`, "{}", {}, strict)).resolves.toEqual({
      ok: false,
      status: null,
      error: "refused: not a public address",
    });
  });

  it("refuses a name that resolves to a private address, at connect time", async () => {
    const port = (server.address() as AddressInfo).port;
    const result = await postWebhook(`http://localhost:${port}/`, "{}", {}, strict);
    expect(result).toMatchObject({ ok: false, status: null });
    expect(!result.ok && result.error).toMatch(/^EWEBHOOKPRIVATE: refused: localhost/);
  });

  it("delivers to a local receiver when local receivers are allowed", async () => {
    await expect(postWebhook(`${base}/`, "{}", {}, local)).resolves.toEqual({
      ok: true,
      status: 200,
    });
  });

  it("does not follow redirects", async () => {
    await expect(postWebhook(`${base}/moved`, "{}", {}, local)).resolves.toEqual({
      ok: false,
      status: 302,
      error: "HTTP 302 (redirect not followed)",
    });
  });

  it("gives up after the timeout", async () => {
    await expect(
      postWebhook(`${base}/slow`, "{}", {}, { ...local, timeoutMs: 200 }),
    ).resolves.toEqual({ ok: false, status: null, error: "timed out" });
  });
});
