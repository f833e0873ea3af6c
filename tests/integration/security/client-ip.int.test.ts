/**
 * Client addresses in the web app: the real web server (createWebServer, what `npm start`
 * runs) in front of a handler standing in for Next.js that does what the pages do — read the
 * request headers and apply the subscribe form's and the sign-in per-IP limits against the
 * test database. Every request comes from 127.0.0.1; only X-Forwarded-For changes.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { CLIENT_IP_HEADER, webClientIp } from "~/server/http/client-address";
import { DomainError } from "~/server/errors";
import { limitSignInRequest } from "~/server/services/sign-in/limit-sign-in-request";
import { requestMetaFrom } from "~/server/services/subscribers/request-meta";
import { requestSubscription } from "~/server/services/subscribers/request-subscription";
import { SUBSCRIBE_LIMITS } from "~/server/services/subscribers/rules";
import { createWebServer } from "~/server/web/web-server";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";
import { useWebEnv } from "./auth-route";

let slug: string;
let server: Server | undefined;
/** Each test counts in its own windows, far from the other tests' (and the real clock's). */
const someWindow = () => new Date(Date.UTC(2031, 0, 1) + randomInt(1_000_000) * 3_600_000);
const forged = () => `203.0.113.${randomInt(1, 255)}`;

beforeAll(async () => {
  useWebEnv();
  slug = (await makeProgram()).program.slug;
});
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);
afterAll(() => resetEnvForTests());

/** The web server on a free port; each request subscribes, or asks for a sign-in link. */
async function start(proxyHops: number, now: Date): Promise<string> {
  server = createWebServer(
    async (req, res) => {
      const headers = new Headers(req.headers as Record<string, string>);
      const email = `ip-${randomUUID().slice(0, 8)}@example.com`;
      try {
        if (req.url === "/signin")
          await limitSignInRequest(db, { email, ip: webClientIp(headers) }, now);
        else await requestSubscription(db, { slug, email }, requestMetaFrom(headers), now);
        res.end(JSON.stringify({ ok: true, ip: headers.get(CLIENT_IP_HEADER) }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        res.end(JSON.stringify({ ok: false, ip: headers.get(CLIENT_IP_HEADER) }));
      }
    },
    { proxyHops },
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function visit(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers });
  return (await response.json()) as { ok: boolean; ip: string | null };
}

describe("client addresses", () => {
  it("untrusted forwarding: rotating X-Forwarded-For does not dodge the subscribe form's per-IP limit", async () => {
    const base = await start(0, someWindow());
    const answers = [];
    for (let i = 0; i <= SUBSCRIBE_LIMITS.perIp.limit; i++) {
      answers.push(await visit(`${base}/subscribe`, { "x-forwarded-for": forged() }));
    }
    expect(answers.map((answer) => answer.ip)).toEqual(answers.map(() => "127.0.0.1"));
    expect(answers.at(-1)?.ok).toBe(false);
  });

  it("untrusted forwarding: rotating X-Forwarded-For does not dodge the sign-in per-IP limit", async () => {
    useWebEnv({ SIGN_IN_IP_LIMIT: "3" });
    const base = await start(0, someWindow());
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(
        await visit(`${base}/signin`, {
          "x-forwarded-for": forged(),
          [CLIENT_IP_HEADER]: forged(),
        }),
      );
    }
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, false]);
    useWebEnv();
  });

  it("trusted proxy: the X-Forwarded-For entry the proxy appended is the client's address", async () => {
    const base = await start(1, someWindow());
    const answers = [];
    for (let i = 0; i <= SUBSCRIBE_LIMITS.perIp.limit; i++) {
      const client = `198.51.100.${i + 1}`;
      answers.push({
        client,
        ...(await visit(`${base}/subscribe`, { "x-forwarded-for": `${forged()}, ${client}` })),
      });
    }
    expect(answers.map((answer) => answer.ip)).toEqual(answers.map((answer) => answer.client));
    // Each visitor has its own bucket now.
    expect(answers.every((answer) => answer.ok)).toBe(true);
  });
});
