/** The conversion API's abuse limits, one `it` per guard. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiKeyGuard } from "~/ingest/api/key-guard";
import { handleCreateConversion } from "~/ingest/api/conversions";
import * as schema from "~/server/db/schema";
import { newApiKey } from "~/server/services/api-keys/key-material";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";
import { programWithKey, signed } from "../conversions/fixtures";
import { startIngest } from "../ingest/fixtures";

const CONVERSIONS = "/api/v1/conversions";

/** A pool whose every statement sent to PostgreSQL is counted (postgres.js calls debug per query). */
const counted = { queries: 0 };
const countingSql = postgres(inject("databaseUrl"), {
  max: 2,
  onnotice: () => {},
  debug: () => void counted.queries++,
});
const countingDb = drizzle(countingSql, { schema, casing: "snake_case" });

/** The conversion route around that pool, with its own guard (as the ingest server mounts it). */
async function startCountedApi() {
  const deps = {
    db: countingDb,
    apiKeys: createApiKeyGuard({ ratePerMinute: 6000, rateBurst: 600, unknownKeyTtlSeconds: 30 }),
  };
  const server = http.createServer((req, res) => void handleCreateConversion(req, res, deps, {}));
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, server };
}

let api: Awaited<ReturnType<typeof startCountedApi>>;
beforeAll(async () => {
  api = await startCountedApi();
});
afterAll(async () => {
  api.server.closeAllConnections();
  await new Promise<void>((resolve) => api.server.close(() => resolve()));
  await countingSql.end();
});

const lead = (externalId: string) =>
  JSON.stringify({ type: "lead", external_id: externalId, currency: "EUR" });

async function postTo(base: string, key: string, raw: string, secret?: string) {
  const response = await fetch(base + CONVERSIONS, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${key}`,
      ...(secret ? signed(secret, raw) : {}),
    },
    body: raw,
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

describe("conversion API abuse limits", () => {
  it("per-key rate limit: a burst beyond the limit answers 429 with Retry-After", async () => {
    const ingest = await startIngest({
      apiKeyGuard: { ratePerMinute: 60, rateBurst: 3, unknownKeyTtlSeconds: 30 },
    });
    try {
      const { key, secret } = await programWithKey();
      const other = await programWithKey();
      const base = `http://localhost:${ingest.port}`;
      const statuses = [];
      for (let n = 0; n < 3; n++) {
        statuses.push((await postTo(base, key, lead(`burst-${n}`), secret)).status);
      }
      expect(statuses).toEqual([201, 201, 201]);

      const limited = await postTo(base, key, lead("burst-3"), secret);
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
      expect(limited.body).toEqual({
        error: { code: "rate_limited", message: expect.stringMatching(/Retry in \d+ s/) },
      });
      // Another key's budget is its own.
      expect((await postTo(base, other.key, lead("other-0"), other.secret)).status).toBe(201);
    } finally {
      await ingest.close();
    }
  });

  it("negative cache: an unknown key costs no query after its first miss", async () => {
    const unknown = newApiKey().key;
    const before = counted.queries;
    expect((await postTo(api.url, unknown, lead("u-1"))).status).toBe(401);
    const firstMiss = counted.queries - before;
    expect(firstMiss).toBeGreaterThanOrEqual(1);

    const again = counted.queries;
    const second = await postTo(api.url, unknown, lead("u-2"));
    expect(second.status).toBe(401);
    expect(second.body.error?.code).toBe("unauthorized");
    expect(counted.queries - again).toBe(0);
  });

  it("revoked key: refused at once, the request after the revocation already", async () => {
    const { key, ctx } = await programWithKey({ requireSignature: false });
    expect((await postTo(api.url, key, lead("r-1"))).status).toBe(201);
    const [row] = await countingSql<{ id: string }[]>`
      select id from api_keys where program_id = ${ctx.program.id}`;
    await revokeApiKey(ctx, { apiKeyId: row!.id });
    const refused = await postTo(api.url, key, lead("r-2"));
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe("unauthorized");
  });
});
