/** The partner's ledger list: own entries only, newest first, cursor pages without gaps. */
import { describe, expect, it } from "vitest";
import { ledgerEntries } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { insertConversion } from "../../support/ledger";

describe("partner.earnings.entries", () => {
  it("pages through entries written in the same instant without skipping or repeating", async () => {
    const { program } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const conversion = await insertConversion(program.id, enrollment.id, "flagged");
    // One statement: every row gets the same created_at (the transaction's now()).
    const inserted = await db
      .insert(ledgerEntries)
      .values(
        Array.from({ length: 7 }, (_, i) => ({
          programId: program.id,
          enrollmentId: enrollment.id,
          kind: "commission" as const,
          level: i,
          amount: BigInt(100 + i),
          currency: "EUR",
          status: "pending" as const,
          holdUntil: new Date(),
          conversionId: i === 0 ? conversion.id : null,
        })),
      )
      .returning({ id: ledgerEntries.id });
    const caller = callerFor(user.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await caller.partner.earnings.entries({
        programId: program.id,
        cursor,
        limit: 3,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    expect(seen.sort()).toEqual(inserted.map((row) => row.id).sort());

    const all = await caller.partner.earnings.entries({ limit: 100 });
    const flagged = all.items.find((item) => item.level === 0);
    expect(flagged).toMatchObject({ underReview: true, conversionType: "sale", amount: 100n });
    // A forged cursor is ignored rather than trusted or crashing.
    await expect(
      caller.partner.earnings.entries({ cursor: "not-a-cursor", limit: 2 }),
    ).resolves.toMatchObject({ items: expect.any(Array) });
  });
});
