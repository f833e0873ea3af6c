import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, promoCodes } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

const codesOf = (programId: string) =>
  db.select().from(promoCodes).where(eq(promoCodes.programId, programId));

describe("promo codes", () => {
  it("lets a manager assign codes by email or enrollment, stored upper-case and audited", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    const asManager = callerFor(manager.id);
    const byEmail = await asManager.manage.promoCodes.assign({
      programId: program.id,
      email: partner.user.email.toUpperCase(),
      code: " spring-10 ",
    });
    expect(byEmail).toMatchObject({ code: "SPRING-10", email: partner.user.email });
    await asManager.manage.promoCodes.assign({
      programId: program.id,
      enrollmentId: partner.enrollment.id,
      code: "summer_5",
    });
    const page = await asManager.manage.promoCodes.list({ programId: program.id });
    expect(page.items.map((row) => [row.code, row.email, row.conversions])).toEqual([
      ["SUMMER_5", partner.user.email, 0],
      ["SPRING-10", partner.user.email, 0],
    ]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, byEmail.id), eq(auditLog.action, "promoCode.assigned")));
    expect(audit).toMatchObject({
      actorId: manager.id,
      data: { code: "SPRING-10", partner: partner.user.email },
    });
    // The partner sees them on their program page.
    expect(
      (await callerFor(partner.user.id).partner.links.promoCodes({ programId: program.id })).map(
        (row) => row.code,
      ),
    ).toEqual(["SPRING-10", "SUMMER_5"]);
  });

  it("keeps codes unique per program, whatever the case, with a clear conflict", async () => {
    const { program, manager } = await makeProgram();
    const first = await makePartner(program.id);
    const second = await makePartner(program.id);
    const asManager = callerFor(manager.id);
    await asManager.manage.promoCodes.assign({
      programId: program.id,
      enrollmentId: first.enrollment.id,
      code: "WELCOME",
    });
    expect(
      await clientError(
        asManager.manage.promoCodes.assign({
          programId: program.id,
          enrollmentId: second.enrollment.id,
          code: "welcome",
        }),
      ),
    ).toEqual({
      code: "CONFLICT",
      message: "The code “WELCOME” is already used in this program. Choose another one.",
    });
    // Another program may use the same code.
    const other = await makeProgram();
    const otherPartner = await makePartner(other.program.id);
    await expect(
      callerFor(other.manager.id).manage.promoCodes.assign({
        programId: other.program.id,
        enrollmentId: otherPartner.enrollment.id,
        code: "WELCOME",
      }),
    ).resolves.toMatchObject({ code: "WELCOME" });
    expect(await codesOf(program.id)).toHaveLength(1);
  });

  it("gives one code to one of two managers racing for it", async () => {
    const { program, manager } = await makeProgram();
    const partners = await Promise.all([makePartner(program.id), makePartner(program.id)]);
    const results = await Promise.allSettled(
      partners.map((partner) =>
        callerFor(manager.id).manage.promoCodes.assign({
          programId: program.id,
          enrollmentId: partner.enrollment.id,
          code: "RACE",
        }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect(await codesOf(program.id)).toHaveLength(1);
  });

  it("refuses bad codes, partners who are not approved and people outside the program", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    const partner = await makePartner(program.id);
    const badCode = await clientError(
      asManager.manage.promoCodes.assign({
        programId: program.id,
        enrollmentId: partner.enrollment.id,
        code: "no spaces!",
      }),
    );
    expect(badCode).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { code: "Use 3–32 letters, digits, dashes and underscores." },
    });
    const suspended = await makePartner(program.id, { status: "suspended" });
    expect(
      await clientError(
        asManager.manage.promoCodes.assign({
          programId: program.id,
          enrollmentId: suspended.enrollment.id,
          code: "SUSP",
        }),
      ),
    ).toEqual({ code: "CONFLICT", message: "Only approved partners can get a promo code." });
    const outsider = await makeUser();
    const otherProgram = await makeProgram();
    const foreign = await makePartner(otherProgram.program.id);
    for (const input of [
      { email: outsider.email },
      { email: foreign.user.email },
      { enrollmentId: foreign.enrollment.id },
    ]) {
      expect(
        await clientError(
          asManager.manage.promoCodes.assign({ programId: program.id, code: "NOPE", ...input }),
        ),
      ).toEqual({ code: "NOT_FOUND", message: "We could not find that partner." });
    }
    expect(await codesOf(program.id)).toEqual([]);
  });

  it("disables and re-enables a code; disabled codes leave the partner's page", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    const asManager = callerFor(manager.id);
    const code = await asManager.manage.promoCodes.assign({
      programId: program.id,
      enrollmentId: partner.enrollment.id,
      code: "PAUSE",
    });
    await expect(
      asManager.manage.promoCodes.setDisabled({
        programId: program.id,
        promoCodeId: code.id,
        disabled: true,
      }),
    ).resolves.toMatchObject({ disabled: true, changed: true });
    expect(
      await callerFor(partner.user.id).partner.links.promoCodes({ programId: program.id }),
    ).toEqual([]);
    const listed = await asManager.manage.promoCodes.list({ programId: program.id });
    expect(listed.items[0]?.disabledAt).toBeInstanceOf(Date);
    await asManager.manage.promoCodes.setDisabled({
      programId: program.id,
      promoCodeId: code.id,
      disabled: false,
    });
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, code.id))
      .orderBy(auditLog.id);
    expect(actions.map((row) => row.action)).toEqual([
      "promoCode.assigned",
      "promoCode.disabled",
      "promoCode.enabled",
    ]);
  });

  it("pages through codes with a cursor", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    await db.insert(promoCodes).values(
      Array.from({ length: 7 }, (_, i) => ({
        programId: program.id,
        enrollmentId: partner.enrollment.id,
        code: `CODE${i}`,
        createdAt: new Date("2026-03-01T00:00:00Z"),
      })),
    );
    const asManager = callerFor(manager.id);
    const first = await asManager.manage.promoCodes.list({ programId: program.id, limit: 5 });
    expect(first.items).toHaveLength(5);
    const second = await asManager.manage.promoCodes.list({
      programId: program.id,
      limit: 5,
      after: first.nextCursor!,
    });
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((row) => row.code);
    expect(new Set(all).size).toBe(7);
  });
});

describe("promo code procedures refuse strangers", () => {
  it("answers NOT_FOUND to other managers and partners, UNAUTHORIZED to anonymous", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    const code = await callerFor(manager.id).manage.promoCodes.assign({
      programId: program.id,
      enrollmentId: partner.enrollment.id,
      code: "SAFE",
    });
    const other = await makeProgram();
    const strangers = [callerFor(other.manager.id), callerFor(partner.user.id)];
    const calls = [
      (c: ReturnType<typeof callerFor>) => c.manage.promoCodes.list({ programId: program.id }),
      (c: ReturnType<typeof callerFor>) =>
        c.manage.promoCodes.assign({
          programId: program.id,
          enrollmentId: partner.enrollment.id,
          code: "STOLEN",
        }),
      (c: ReturnType<typeof callerFor>) =>
        c.manage.promoCodes.setDisabled({
          programId: program.id,
          promoCodeId: code.id,
          disabled: true,
        }),
    ];
    for (const call of calls) {
      for (const stranger of strangers) {
        await expect(call(stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(call(callerFor(null))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    // A manager of another program cannot reach this code through their own program either.
    await expect(
      callerFor(other.manager.id).manage.promoCodes.setDisabled({
        programId: other.program.id,
        promoCodeId: code.id,
        disabled: true,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await codesOf(program.id)).toEqual([
      expect.objectContaining({ code: "SAFE", disabledAt: null }),
    ]);
  });
});
