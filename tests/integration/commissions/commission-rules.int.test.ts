import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, commissionRules, programs } from "~/server/db/schema/index";
import type { CommissionRuleInput } from "~/lib/validation/commission-rules";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram } from "../../support/factories";

const standardSale: CommissionRuleInput = {
  name: "Standard sale",
  event: "sale",
  basis: "percent",
  rateBps: 750,
  cap: 10_000n,
  conditions: { minAmount: 2000, countries: ["pl", "de"], purchase: "first" },
  tierBonusBps: { Gold: 200 },
  priority: 5,
};

async function auditOf(targetId: string) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data })
    .from(auditLog)
    .where(eq(auditLog.targetId, targetId))
    .orderBy(auditLog.id);
}

describe("commission rules", () => {
  it("creates rules in exact units and lists them with the override levels", async () => {
    const { program, manager } = await makeProgram({ currency: "PLN" });
    const asManager = callerFor(manager.id);
    const sale = await asManager.manage.commissionRules.create({
      programId: program.id,
      rule: standardSale,
    });
    expect(sale).toMatchObject({
      programId: program.id,
      rateBps: 750,
      amount: null,
      cap: 10_000n,
      conditions: { minAmount: 2000, countries: ["PL", "DE"], purchase: "first" },
      tierBonusBps: { gold: 200 },
      active: true,
    });
    const cpm = await asManager.manage.commissionRules.create({
      programId: program.id,
      rule: { name: "Banners", event: "impression", basis: "flat", amount: 250n },
    });
    const list = await asManager.manage.commissionRules.list({ programId: program.id });
    expect(list.currency).toBe("PLN");
    expect(list.overrideBps).toEqual([]);
    expect(list.rules.map((rule) => rule.id).sort()).toEqual([sale.id, cpm.id].sort());
    expect(await auditOf(sale.id)).toEqual([
      {
        action: "commissionRule.created",
        actorId: manager.id,
        data: expect.objectContaining({ rateBps: 750, amount: null, cap: "10000" }),
      },
    ]);
  });

  it("explains rules that cannot work, field by field, and writes nothing", async () => {
    const { program, manager } = await makeProgram();
    const refused = await clientError(
      callerFor(manager.id).manage.commissionRules.create({
        programId: program.id,
        rule: {
          name: "Bad",
          event: "lead",
          basis: "percent",
          rateBps: 500,
          conditions: { minAmount: 10 },
        },
      }),
    );
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        "rule.basis": "A percentage can only be paid on sales; use a flat amount for other events.",
        "rule.conditions.minAmount": "This condition does not apply to this kind of event.",
      },
    });
    const noAmount = await clientError(
      callerFor(manager.id).manage.commissionRules.create({
        programId: program.id,
        rule: { name: "Click", event: "click", basis: "flat" },
      }),
    );
    expect(noAmount.fieldErrors).toEqual({ "rule.amount": "Enter the amount." });
    expect(
      await db.select().from(commissionRules).where(eq(commissionRules.programId, program.id)),
    ).toEqual([]);
  });

  it("updates a rule, auditing only what changed", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    const rule = await asManager.manage.commissionRules.create({
      programId: program.id,
      rule: standardSale,
    });
    // The same terms again (conditions in another key order) change nothing.
    await asManager.manage.commissionRules.update({
      programId: program.id,
      ruleId: rule.id,
      rule: {
        ...standardSale,
        conditions: { purchase: "first", countries: ["PL", "DE"], minAmount: 2000 },
      },
    });
    const updated = await asManager.manage.commissionRules.update({
      programId: program.id,
      ruleId: rule.id,
      rule: { ...standardSale, basis: "percent", rateBps: 1000, cap: null },
    });
    expect(updated).toMatchObject({ rateBps: 1000, cap: null });
    const audit = await auditOf(rule.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      "commissionRule.created",
      "commissionRule.updated",
    ]);
    expect(audit[1]?.data).toEqual({
      rateBps: { from: 750, to: 1000 },
      cap: { from: "10000", to: null },
    });
  });

  it("deactivates and reactivates rules without deleting them", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    const rule = await asManager.manage.commissionRules.create({
      programId: program.id,
      rule: { name: "Lead", event: "lead", basis: "flat", amount: 300n },
    });
    await expect(
      asManager.manage.commissionRules.setActive({
        programId: program.id,
        ruleId: rule.id,
        active: false,
      }),
    ).resolves.toMatchObject({ active: false, changed: true });
    const [row] = await db.select().from(commissionRules).where(eq(commissionRules.id, rule.id));
    expect(row?.active).toBe(false);
    await asManager.manage.commissionRules.setActive({
      programId: program.id,
      ruleId: rule.id,
      active: true,
    });
    expect((await auditOf(rule.id)).map((entry) => entry.action)).toEqual([
      "commissionRule.created",
      "commissionRule.deactivated",
      "commissionRule.activated",
    ]);
  });

  it("sets multi-level override levels within 5 levels and 100 %", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    await expect(
      asManager.manage.commissionRules.setOverrideLevels({
        programId: program.id,
        levels: [1000, 500],
      }),
    ).resolves.toEqual({ overrideBps: [1000, 500] });
    expect(
      (await asManager.manage.commissionRules.list({ programId: program.id })).overrideBps,
    ).toEqual([1000, 500]);
    for (const levels of [[1, 2, 3, 4, 5, 6], [9000, 2000], [-1], [10.5]]) {
      await expect(
        asManager.manage.commissionRules.setOverrideLevels({ programId: program.id, levels }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const [row] = await db.select().from(programs).where(eq(programs.id, program.id));
    expect(row?.overrideBps).toEqual([1000, 500]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.programId, program.id), eq(auditLog.action, "program.overridesUpdated")),
      );
    expect(audit?.data).toEqual({ from: [], to: [1000, 500] });
  });
});

describe("commission rule procedures refuse strangers", () => {
  it("answers NOT_FOUND to other managers and partners, UNAUTHORIZED to anonymous", async () => {
    const { program, manager } = await makeProgram();
    const rule = await callerFor(manager.id).manage.commissionRules.create({
      programId: program.id,
      rule: standardSale,
    });
    const other = await makeProgram();
    const partner = await makePartner(program.id);
    type Caller = ReturnType<typeof callerFor>;
    const calls: ((c: Caller, programId: string) => Promise<unknown>)[] = [
      (c, programId) => c.manage.commissionRules.list({ programId }),
      (c, programId) => c.manage.commissionRules.create({ programId, rule: standardSale }),
      (c, programId) =>
        c.manage.commissionRules.update({
          programId,
          ruleId: rule.id,
          rule: { ...standardSale, rateBps: 10_000 },
        }),
      (c, programId) =>
        c.manage.commissionRules.setActive({ programId, ruleId: rule.id, active: false }),
      (c, programId) => c.manage.commissionRules.setOverrideLevels({ programId, levels: [5000] }),
    ];
    for (const call of calls) {
      for (const stranger of [callerFor(other.manager.id), callerFor(partner.user.id)]) {
        await expect(call(stranger, program.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(call(callerFor(null), program.id)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    // Through their own program, another manager still cannot reach this program's rule.
    const asOther = callerFor(other.manager.id);
    await expect(
      asOther.manage.commissionRules.update({
        programId: other.program.id,
        ruleId: rule.id,
        rule: standardSale,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      asOther.manage.commissionRules.setActive({
        programId: other.program.id,
        ruleId: rule.id,
        active: false,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await db
      .select()
      .from(commissionRules)
      .where(eq(commissionRules.programId, program.id));
    expect(rows).toEqual([expect.objectContaining({ rateBps: 750, active: true })]);
    const [row] = await db.select().from(programs).where(eq(programs.id, program.id));
    expect(row?.overrideBps).toEqual([]);
  });
});
