import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emails, enrollments } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

async function latestEmailTo(address: string) {
  const [mail] = await db
    .select()
    .from(emails)
    .where(eq(emails.to, address))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return mail;
}

describe("applying and deciding", () => {
  it("takes an application, lets the manager approve it, emails and audits each step", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makeUser();
    const asPartner = callerFor(partner.id);

    await expect(
      asPartner.partner.programs.join({
        programId: program.id,
        termsVersion: 1,
        acceptTerms: true,
        pitch: "My blog",
      }),
    ).resolves.toEqual({ status: "applied" });
    expect((await asPartner.partner.programs.get({ slug: program.slug })).state).toBe("pending");
    expect((await latestEmailTo(partner.email))?.template).toBe("applicationReceived");

    const asManager = callerFor(manager.id);
    const list = await asManager.manage.enrollments.list({
      programId: program.id,
      status: "applied",
    });
    expect(list.items.map((item) => item.email)).toEqual([partner.email]);
    await asManager.manage.enrollments.decide({
      programId: program.id,
      enrollmentId: list.items[0]!.id,
      decision: "approve",
    });

    expect((await asPartner.partner.programs.get({ slug: program.slug })).state).toBe("active");
    const mail = await latestEmailTo(partner.email);
    expect(mail).toMatchObject({ template: "applicationDecided", status: "outbox" });
    expect(mail?.subject).toContain(program.name);
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.programId, program.id))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["program.created", manager.id],
      ["enrollment.applied", partner.id],
      ["enrollment.approve", manager.id],
    ]);
  });

  it("records the recruiting partner from a referral code, and nobody for a foreign or own code", async () => {
    const { program } = await makeProgram();
    const { program: other } = await makeProgram();
    const recruiter = await makePartner(program.id);
    const outsider = await makePartner(other.id);
    const [codes] = await db
      .select({ mine: enrollments.referralCode })
      .from(enrollments)
      .where(eq(enrollments.id, recruiter.enrollment.id));
    const [foreign] = await db
      .select({ code: enrollments.referralCode })
      .from(enrollments)
      .where(eq(enrollments.id, outsider.enrollment.id));
    const referredBy = async (ref: string) => {
      const applicant = await makeUser();
      await callerFor(applicant.id).partner.programs.join({
        programId: program.id,
        termsVersion: 1,
        acceptTerms: true,
        ref,
      });
      const [row] = await db
        .select({ referredById: enrollments.referredById })
        .from(enrollments)
        .where(and(eq(enrollments.partnerId, applicant.id), eq(enrollments.programId, program.id)));
      return row?.referredById;
    };
    expect(await referredBy(codes!.mine)).toBe(recruiter.enrollment.id);
    expect(await referredBy(foreign!.code)).toBeNull();
    expect(await referredBy("no-such-code")).toBeNull();
  });

  it("approves at once where the program says so", async () => {
    const { program } = await makeProgram({ approvalMode: "auto" });
    const partner = await makeUser();
    await expect(
      callerFor(partner.id).partner.programs.join({
        programId: program.id,
        termsVersion: 1,
        acceptTerms: true,
        pitch: "",
      }),
    ).resolves.toEqual({ status: "approved" });
  });

  it("refuses a second application and one against outdated terms, writing nothing", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makeUser();
    const asPartner = callerFor(partner.id);
    await callerFor(manager.id).manage.programs.publishTerms({
      programId: program.id,
      body: "Version two of the terms, longer.",
    });
    expect(
      await clientError(
        asPartner.partner.programs.join({
          programId: program.id,
          termsVersion: 1,
          acceptTerms: true,
          pitch: "",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("terms changed") });
    expect(
      await db.select().from(enrollments).where(eq(enrollments.partnerId, partner.id)),
    ).toHaveLength(0);

    await asPartner.partner.programs.join({
      programId: program.id,
      termsVersion: 2,
      acceptTerms: true,
      pitch: "",
    });
    expect(
      await clientError(
        asPartner.partner.programs.join({
          programId: program.id,
          termsVersion: 2,
          acceptTerms: true,
          pitch: "",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "You have already applied to this program." });
  });

  it("requires accepting the terms checkbox", async () => {
    const { program } = await makeProgram();
    const partner = await makeUser();
    await expect(
      callerFor(partner.id).partner.programs.join({
        programId: program.id,
        termsVersion: 1,
        acceptTerms: false as true,
        pitch: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("makes partners re-accept new terms before the program is active again", async () => {
    const { program, manager } = await makeProgram({ approvalMode: "auto" });
    const partner = await makeUser();
    const asPartner = callerFor(partner.id);
    await asPartner.partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
      pitch: "",
    });
    const published = await callerFor(manager.id).manage.programs.publishTerms({
      programId: program.id,
      body: "New terms: version two, with a longer text.",
    });
    expect(published.version).toBe(2);
    const seen = await asPartner.partner.programs.get({ slug: program.slug });
    expect(seen).toMatchObject({ state: "needsTerms", terms: { version: 2 } });
    await expect(
      asPartner.partner.programs.acceptTerms({ programId: program.id, termsVersion: 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await asPartner.partner.programs.acceptTerms({ programId: program.id, termsVersion: 2 });
    expect((await asPartner.partner.programs.get({ slug: program.slug })).state).toBe("active");
  });

  it("refuses a decision that does not fit the current status", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makeUser();
    await callerFor(partner.id).partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
      pitch: "",
    });
    const [row] = await db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.programId, program.id), eq(enrollments.partnerId, partner.id)));
    const asManager = callerFor(manager.id);
    expect(
      await clientError(
        asManager.manage.enrollments.decide({
          programId: program.id,
          enrollmentId: row!.id,
          decision: "reinstate",
        }),
        "pl",
      ),
    ).toEqual({
      code: "CONFLICT",
      message: "Tej decyzji nie można zastosować wobec partnera o statusie „Zgłoszony”.",
    });
    await asManager.manage.enrollments.decide({
      programId: program.id,
      enrollmentId: row!.id,
      decision: "reject",
    });
    const [after] = await db.select().from(enrollments).where(eq(enrollments.id, row!.id));
    expect(after).toMatchObject({ status: "rejected", decidedBy: manager.id });
  });
});
