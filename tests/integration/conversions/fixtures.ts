/**
 * Shared by the conversion API tests: a real node:http server around the ingest handlers, an
 * API key per program, and rows for links, clicks, promo codes and rules.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { count, eq, inArray } from "drizzle-orm";
import { handleCreateConversion } from "~/ingest/api/conversions";
import { handleCreateRefund } from "~/ingest/api/refunds";
import {
  clicks,
  commissionRules,
  conversions,
  ledgerEntries,
  links,
  programs,
  promoCodes,
  refunds,
} from "~/server/db/schema/index";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { signPayload } from "~/server/tracking/signature";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

export type Api = { url: string; close: () => Promise<void> };

/** The conversion routes only, as the ingest server's router would call them. */
export async function startApi(): Promise<Api> {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const refund = /^\/api\/v1\/conversions\/([^/]+)\/refunds$/.exec(path);
    if (req.method === "POST" && path === "/api/v1/conversions") {
      void handleCreateConversion(req, res, { db }, {});
    } else if (req.method === "POST" && refund) {
      void handleCreateRefund(req, res, { db }, { id: decodeURIComponent(refund[1]!) });
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type ProgramSettings = Partial<
  Pick<
    typeof programs.$inferInsert,
    | "requireSignature"
    | "overrideBps"
    | "minClickToSaleSeconds"
    | "clickBurstLimit"
    | "cookieWindowDays"
    | "holdPeriodDays"
    | "currency"
  >
>;

/** A program with the given settings and an API key (and signing secret) for it. */
export async function programWithKey(settings: ProgramSettings = {}) {
  const made = await makeProgram(settings.currency ? { currency: settings.currency } : {});
  const [program] = await db
    .update(programs)
    .set({ minClickToSaleSeconds: 0, ...settings })
    .where(eq(programs.id, made.program.id))
    .returning();
  const ctx = { db, userId: made.manager.id, program: program! };
  const key = await createApiKey(ctx, { name: "shop backend" });
  return { program: program!, manager: made.manager, ctx, key: key.key, secret: key.signingSecret };
}

export type Reply = { status: number; body: Record<string, unknown> & { error?: ErrorBody } };
type ErrorBody = { code: string; message: string; fields?: Record<string, string> };

export async function post(
  api: Api,
  path: string,
  key: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(api.url + path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function signed(secret: string, raw: string, timestamp = nowSeconds()) {
  return { "rally-signature": signPayload(secret, raw, timestamp) };
}

export async function addRule(
  programId: string,
  rule: Partial<typeof commissionRules.$inferInsert>,
) {
  const [row] = await db
    .insert(commissionRules)
    .values({ programId, name: "rule", event: "sale", basis: "percent", rateBps: 1000, ...rule })
    .returning();
  return row!;
}

export async function addLink(programId: string, enrollmentId: string, disabled = false) {
  const [row] = await db
    .insert(links)
    .values({
      programId,
      enrollmentId,
      code: `c${randomUUID().slice(0, 10)}`,
      destination: "https://shop.example.com/",
      disabledAt: disabled ? new Date() : null,
    })
    .returning();
  return row!;
}

export async function addClick(
  link: { id: string; programId: string; enrollmentId: string },
  options: { occurredAt?: Date; ipHash?: string; billable?: boolean } = {},
) {
  const id = `k${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await db.insert(clicks).values({
    id,
    occurredAt: options.occurredAt ?? new Date(Date.now() - 3_600_000),
    programId: link.programId,
    linkId: link.id,
    enrollmentId: link.enrollmentId,
    billable: options.billable ?? true,
    isUnique: true,
    ipHash: options.ipHash ?? randomUUID(),
  });
  return id;
}

export async function addPromoCode(programId: string, enrollmentId: string, code: string) {
  const [row] = await db.insert(promoCodes).values({ programId, enrollmentId, code }).returning();
  return row!;
}

/** Rows of everything a conversion API call may write, for "nothing written" checks. */
export async function writtenRows(programId: string) {
  const ids = db
    .select({ id: conversions.id })
    .from(conversions)
    .where(eq(conversions.programId, programId));
  const [c] = await db
    .select({ n: count() })
    .from(conversions)
    .where(eq(conversions.programId, programId));
  const [l] = await db
    .select({ n: count() })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.conversionId, ids));
  const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.programId, programId));
  return { conversions: c!.n, ledger: l!.n, refunds: r!.n };
}

export async function ledgerOf(conversionId: string) {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.conversionId, conversionId))
    .orderBy(ledgerEntries.createdAt, ledgerEntries.level);
}

export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
