/**
 * The Resend adapter against a local stand-in for Resend's HTTP API (the real one cannot be
 * reached from the test machine): it must send the message with the key and report failures.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resendTransport } from "./resend";

const received: { auth?: string; key?: string; path?: string; body: Record<string, unknown> }[] =
  [];
const server = createServer(async (request: IncomingMessage, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
  received.push({
    auth: request.headers.authorization,
    key: request.headers["idempotency-key"] as string | undefined,
    path: request.url,
    body,
  });
  response.setHeader("content-type", "application/json");
  if (Array.isArray(body)) {
    response.end(JSON.stringify({ data: body.map((_, n) => ({ id: `batch_${n}` })) }));
  } else if (body.to === "bounce@example.com") {
    response.statusCode = 422;
    response.end(
      JSON.stringify({
        name: "validation_error",
        message: "The to address is invalid.",
        statusCode: 422,
      }),
    );
  } else {
    response.end(JSON.stringify({ id: "email_123" }));
  }
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "localhost", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("resendTransport", () => {
  it("is absent without an API key, so mail stays in the outbox", () => {
    expect(resendTransport({})).toBeNull();
  });

  it("posts the message with the key and returns Resend's id, or its error", async () => {
    const transport = resendTransport(env());
    const mail = { to: "anna@example.com", subject: "Hello", html: "<p>Hi</p>", text: "Hi" };
    await expect(transport!.send(mail)).resolves.toEqual({ ok: true, id: "email_123" });
    expect(received.at(-1)).toMatchObject({
      auth: "Bearer re_test",
      body: {
        from: "Rally <partners@example.com>",
        to: "anna@example.com",
        subject: "Hello",
        html: "<p>Hi</p>",
      },
    });
    await expect(transport!.send({ ...mail, to: "bounce@example.com" })).resolves.toEqual({
      ok: false,
      error: "The to address is invalid.",
    });
  });

  it("passes the idempotency key and the headers, and batches in one call", async () => {
    const transport = resendTransport(env())!;
    const mail = {
      to: "anna@example.com",
      subject: "News",
      html: "<p>News</p>",
      text: "News",
      headers: { "List-Unsubscribe": "<https://rally.example/u>" },
    };
    await transport.send(mail, { idempotencyKey: "newsletter:1:anna" });
    expect(received.at(-1)).toMatchObject({
      key: "newsletter:1:anna",
      path: "/emails",
      body: { headers: mail.headers },
    });
    await expect(
      transport.sendBatch([mail, { ...mail, to: "bob@example.com", headers: {} }], {
        idempotencyKey: "batch:x",
      }),
    ).resolves.toEqual({ ok: true, ids: ["batch_0", "batch_1"] });
    const batch = received.at(-1)!;
    expect(batch).toMatchObject({ key: "batch:x", path: "/emails/batch" });
    expect(batch.body).toMatchObject([
      { to: "anna@example.com", headers: mail.headers },
      { to: "bob@example.com" },
    ]);
    // Empty headers are left out rather than sent as {}.
    expect((batch.body as unknown as Record<string, unknown>[])[1]!.headers).toBeUndefined();
    await expect(transport.sendBatch(Array.from({ length: 101 }, () => mail))).rejects.toThrow(
      /at most 100/,
    );
  });
});

function env() {
  const { port } = server.address() as AddressInfo;
  return {
    RESEND_API_KEY: "re_test",
    EMAIL_FROM: "Rally <partners@example.com>",
    RESEND_BASE_URL: `http://localhost:${port}`,
  };
}
