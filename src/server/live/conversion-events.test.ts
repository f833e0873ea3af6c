import { describe, expect, it } from "vitest";
import { keyOf, type ConversionToInsert } from "~/server/services/conversions/insert-conversion";
import { conversionEvents } from "./conversion-events";

const PROGRAM = "7d0c1c1e-1f6a-4a53-9a43-7a8f5cbe0a01";
const SELLER = "0b5f3c57-41b4-4b3e-9f53-2a2ad0f2b7c2";
const RECRUITER = "5a4d0f0e-2c1b-4c6e-8f43-1d2e3f4a5b6c";
const RULE = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";

function item(
  externalId: string,
  options: { enrollmentId?: string | null; flagged?: boolean; type?: "sale" | "lead" } = {},
): ConversionToInsert {
  const enrollmentId = options.enrollmentId === undefined ? SELLER : options.enrollmentId;
  return {
    row: {
      programId: PROGRAM,
      type: options.type ?? "sale",
      actionKey: null,
      externalId,
      amount: 10_000n,
      currency: "EUR",
      enrollmentId,
      attribution: enrollmentId ? "click" : "none",
      clickId: null,
      promoCodeId: null,
      customerHash: null,
      country: null,
      occurredAt: new Date("2025-03-01T10:00:00Z"),
      metadata: {},
      requestHash: "hash",
      fraudFlags: options.flagged ? ["fast_conversion"] : [],
      reviewStatus: options.flagged ? "flagged" : "none",
    },
    entries: enrollmentId
      ? [
          { enrollmentId: RECRUITER, kind: "override", level: 1, amount: 100n, ruleId: RULE },
          { enrollmentId, kind: "commission", level: 0, amount: 1_000n, ruleId: RULE },
        ]
      : [],
    holdUntil: new Date("2025-03-15T10:00:00Z"),
  };
}

describe("conversionEvents", () => {
  it("announces each inserted, attributed conversion to its partner with their commission", () => {
    const items = [item("a"), item("b", { flagged: true, type: "lead" })];
    const inserted = new Map(items.map((i, n) => [keyOf(i.row), `id-${n}`]));
    expect(conversionEvents(items, inserted)).toEqual([
      {
        kind: "conversion",
        programId: PROGRAM,
        enrollmentId: SELLER,
        at: "2025-03-01T10:00:00.000Z",
        conversionId: "id-0",
        type: "sale",
        status: "pending",
        commission: "1000",
      },
      {
        kind: "conversion",
        programId: PROGRAM,
        enrollmentId: SELLER,
        at: "2025-03-01T10:00:00.000Z",
        conversionId: "id-1",
        type: "lead",
        status: "flagged",
        commission: "1000",
      },
    ]);
  });

  it("skips conversions not inserted (key already stored) and unattributed ones", () => {
    const stored = item("stored");
    const nobody = item("nobody", { enrollmentId: null });
    const unpaid = { ...item("unpaid"), entries: [] };
    const inserted = new Map([
      [keyOf(nobody.row), "id-nobody"],
      [keyOf(unpaid.row), "id-unpaid"],
    ]);
    const events = conversionEvents([stored, nobody, unpaid], inserted);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ conversionId: "id-unpaid", status: "pending" });
    expect(events[0]).not.toHaveProperty("commission");
  });
});
