/**
 * Request bodies are capped before they are parsed: tRPC calls through the real route module,
 * the Resend webhook through its real handler, on the real database. Each oversized body is
 * a valid call that would succeed if it were read, and the stream counts what was pulled.
 */
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { describe, expect, inject, it, vi } from "vitest";
import { env } from "~/env";
import { users } from "~/server/db/schema/index";
import { handleResendWebhook } from "~/server/email/webhook-http";
import { appOrigin } from "~/server/http/same-origin";
import { translator } from "~/i18n/translator";
import { db } from "../../support/db";
import { makeUser } from "../../support/factories";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("~/server/auth/session", () => ({ currentUserId: async () => session.userId }));
process.env.DATABASE_URL = inject("databaseUrl");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/**
 * `size` bytes of one JSON document, `{"json":{"locale":"pl","pad":"xxx…"}}`, produced only
 * as the reader pulls them; `pulled` tells how far anyone read.
 */
function paddedJson(size: number) {
  const head = new TextEncoder().encode('{"json":{"locale":"pl","pad":"');
  const tail = new TextEncoder().encode('"}}');
  const counter = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const left = size - sent;
        if (left <= 0) return controller.close();
        let chunk: Uint8Array;
        if (sent === 0) chunk = head;
        else if (left <= tail.byteLength) chunk = tail.slice(0, left);
        else chunk = new Uint8Array(Math.min(CHUNK, left - tail.byteLength)).fill(0x78);
        sent += chunk.byteLength;
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function setLocaleRequest(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/trpc/account.setLocale", {
    method: "POST",
    headers: { "content-type": "application/json", origin: appOrigin(), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

async function localeOf(userId: string) {
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return user?.locale;
}

describe("body limits", () => {
  it("tRPC answers a 6 MB body 413 without parsing it (tRPC body cap)", async () => {
    const cap = env().REQUEST_BODY_MAX_BYTES;
    expect(cap).toBe(MB);
    const user = await makeUser();
    const before = await localeOf(user.id);
    session.userId = user.id;
    const message = translator("en")("errors.payloadTooLarge", { max: cap / 1024 });

    // Declared: refused on Content-Length, before a byte is read.
    const declared = paddedJson(6 * MB);
    const first = await trpcRoute.POST(
      setLocaleRequest(declared.stream, { "content-length": String(6 * MB) }),
    );
    expect(first.status).toBe(413);
    const body = (await first.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
    expect(superjson.deserialize<{ message: string }>(body.error).message).toBe(message);
    expect(declared.counter.pulled).toBeLessThanOrEqual(CHUNK);

    // Undeclared (chunked): refused while streaming, having read at most the cap and a chunk.
    const streamed = paddedJson(6 * MB);
    const second = await trpcRoute.POST(setLocaleRequest(streamed.stream));
    expect(second.status).toBe(413);
    expect(streamed.counter.pulled).toBeLessThanOrEqual(cap + CHUNK);
    expect(await localeOf(user.id)).toBe(before);

    // The same call under the cap goes through: the refusals were the cap's.
    const small = paddedJson(64 * 1024);
    const ok = await trpcRoute.POST(setLocaleRequest(small.stream));
    expect(ok.status).toBe(200);
    expect(await localeOf(user.id)).toBe("pl");
  });

  it("the Resend webhook answers a 6 MB body 413 before checking or parsing it (webhook body cap)", async () => {
    const declared = paddedJson(6 * MB);
    const first = await handleResendWebhook(
      db,
      new Request("http://localhost/api/webhooks/resend", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(6 * MB) },
        body: declared.stream,
        duplex: "half",
      } as RequestInit),
      "whsec_dGVzdC1zZWNyZXQtZm9yLWJvZHktbGltaXRz",
    );
    expect(first.status).toBe(413);
    expect(declared.counter.pulled).toBeLessThanOrEqual(CHUNK);

    const streamed = paddedJson(6 * MB);
    const second = await handleResendWebhook(
      db,
      new Request("http://localhost/api/webhooks/resend", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: streamed.stream,
        duplex: "half",
      } as RequestInit),
      "whsec_dGVzdC1zZWNyZXQtZm9yLWJvZHktbGltaXRz",
    );
    expect(second.status).toBe(413);
    expect(streamed.counter.pulled).toBeLessThanOrEqual(env().REQUEST_BODY_MAX_BYTES + CHUNK);
  });
});
