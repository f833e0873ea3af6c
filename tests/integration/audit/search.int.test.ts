import { describe, expect, it } from "vitest";
import { auditLog } from "~/server/db/schema/index";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

type Row = typeof auditLog.$inferInsert;

/**
 * A program whose log has entries from two managers and the system, on known UTC days, with
 * data to search. Written straight into the table so days and actors are exact.
 */
async function programWithLog() {
  const { program, manager } = await makeProgram();
  const colleague = await makeUser();
  await callerFor(manager.id).manage.programs.addManager({
    programId: program.id,
    email: colleague.email,
  });
  const { enrollment } = await makePartner(program.id);
  const other = await makePartner(program.id);
  const at = (iso: string) => new Date(iso);
  const rows: Row[] = [
    {
      actorId: manager.id,
      action: "enrollment.approve",
      targetType: "enrollment",
      targetId: enrollment.id,
      data: { partner: "anna@shop.test", from: "applied", to: "approved" },
      createdAt: at("2025-03-01T10:00:00Z"),
    },
    {
      actorId: colleague.id,
      action: "enrollment.suspend",
      targetType: "enrollment",
      targetId: other.enrollment.id,
      data: { partner: "boris@shop.test", reason: "Cookie stuffing 100%" },
      createdAt: at("2025-03-02T23:59:59Z"),
    },
    {
      actorId: colleague.id,
      action: "promoCode.assigned",
      targetType: "promoCode",
      targetId: "code-1",
      data: { code: "SPRING25", partner: "anna@shop.test" },
      createdAt: at("2025-03-03T00:00:00Z"),
    },
    {
      actorId: null,
      action: "payout.paid",
      targetType: "payout",
      targetId: "payout-7",
      data: { amount: "12500", currency: "EUR" },
      createdAt: at("2025-03-04T12:00:00Z"),
    },
    {
      actorId: manager.id,
      action: "enrollment.tierSet",
      targetType: "enrollment",
      targetId: enrollment.id,
      data: { partner: "anna@shop.test", from: null, to: "gold" },
      createdAt: at("2025-03-05T08:00:00Z"),
    },
  ];
  // In order, so ids follow time as they do in a live log.
  for (const row of rows) await db.insert(auditLog).values({ ...row, programId: program.id });
  return { program, manager, colleague, enrollment, other };
}

const actionsOf = (page: { items: { action: string }[] }) => page.items.map((i) => i.action);

describe("manage.audit.list search", () => {
  it("filters by action, actor, target, day range and free text", async () => {
    const { program, manager, colleague, enrollment } = await programWithLog();
    const list = (filters: Record<string, unknown>) =>
      callerFor(manager.id).manage.audit.list({
        programId: program.id,
        from: "2025-03-01",
        to: "2025-03-31",
        ...filters,
      });

    expect(actionsOf(await list({}))).toEqual([
      "enrollment.tierSet",
      "payout.paid",
      "promoCode.assigned",
      "enrollment.suspend",
      "enrollment.approve",
    ]);
    expect(actionsOf(await list({ action: "enrollment.suspend" }))).toEqual(["enrollment.suspend"]);
    const byColleague = await list({ actor: colleague.email.slice(0, 12).toUpperCase() });
    expect(byColleague.items.map((i) => i.actorEmail)).toEqual([colleague.email, colleague.email]);
    expect(actionsOf(await list({ targetType: "enrollment", targetId: enrollment.id }))).toEqual([
      "enrollment.tierSet",
      "enrollment.approve",
    ]);
    // UTC days, both ends inclusive: the 2nd ends at 23:59:59, the 3rd starts at midnight.
    expect(actionsOf(await list({ from: "2025-03-02", to: "2025-03-03" }))).toEqual([
      "promoCode.assigned",
      "enrollment.suspend",
    ]);
    expect(actionsOf(await list({ from: "2025-03-04", to: "2025-03-04" }))).toEqual([
      "payout.paid",
    ]);
    // Free text: the action, the target id or the recorded data, case-insensitively.
    expect(actionsOf(await list({ q: "PROMOCODE" }))).toEqual(["promoCode.assigned"]);
    expect(actionsOf(await list({ q: "payout-7" }))).toEqual(["payout.paid"]);
    expect(actionsOf(await list({ q: "anna@shop" }))).toEqual([
      "enrollment.tierSet",
      "promoCode.assigned",
      "enrollment.approve",
    ]);
    // A typed % is a percent sign, not a wildcard.
    expect(actionsOf(await list({ q: "100%" }))).toEqual(["enrollment.suspend"]);
    expect(actionsOf(await list({ q: "%" }))).toEqual(["enrollment.suspend"]);
    // Filters combine.
    expect(
      actionsOf(await list({ q: "anna", actor: manager.email, targetType: "enrollment" })),
    ).toEqual(["enrollment.tierSet", "enrollment.approve"]);
    expect((await list({ action: "link.created" })).items).toEqual([]);
  });

  it("pages through filtered results with the keyset cursor, without gaps or repeats", async () => {
    const { program, manager } = await programWithLog();
    const seen: string[] = [];
    let before: number | undefined;
    let pages = 0;
    do {
      const page = await callerFor(manager.id).manage.audit.list({
        programId: program.id,
        targetType: "enrollment",
        limit: 2,
        before,
      });
      seen.push(...actionsOf(page));
      before = page.nextCursor ?? undefined;
      pages++;
    } while (before && pages < 10);
    // makePartner writes no audit rows; programWithLog's three enrollment entries remain.
    expect(seen).toEqual(["enrollment.tierSet", "enrollment.suspend", "enrollment.approve"]);
    expect(pages).toBe(2);
  });

  it("refuses a reversed range and malformed keys", async () => {
    const { program, manager } = await programWithLog();
    const caller = callerFor(manager.id);
    expect(
      await clientError(
        caller.manage.audit.list({ programId: program.id, from: "2025-03-05", to: "2025-03-01" }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await clientError(caller.manage.audit.list({ programId: program.id, action: "drop table;" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows nothing of another program and refuses strangers and partners", async () => {
    const { program, enrollment } = await programWithLog();
    const { program: foreign, manager: stranger } = await makeProgram();
    const partner = await makePartner(program.id);
    for (const caller of [callerFor(stranger.id), callerFor(partner.user.id)]) {
      expect(
        (await clientError(caller.manage.audit.list({ programId: program.id, q: "anna" }))).code,
      ).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    }
    const own = await callerFor(stranger.id).manage.audit.list({
      programId: foreign.id,
      targetId: enrollment.id,
    });
    expect(own.items).toEqual([]);
    const everything = await callerFor(stranger.id).manage.audit.list({ programId: foreign.id });
    expect(everything.items.map((i) => i.action)).toEqual(["program.created"]);
  });
});
