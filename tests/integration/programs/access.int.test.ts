/**
 * Every procedure that reads or writes program data, tried by a stranger: another program's
 * manager and an unrelated partner. Each must be refused, and the data must be unchanged.
 */
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, programs } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor, makeProgram, makeUser, programInput } from "../../support/factories";

type Caller = ReturnType<typeof callerFor>;
let target: Awaited<ReturnType<typeof makeProgram>>;
let enrollmentId: string;
let strangers: { label: string; caller: Caller }[];

beforeAll(async () => {
  target = await makeProgram();
  const applicant = await makeUser();
  await callerFor(applicant.id).partner.programs.join({
    programId: target.program.id,
    termsVersion: 1,
    acceptTerms: true,
    pitch: "",
  });
  const [row] = await db.select().from(enrollments).where(eq(enrollments.partnerId, applicant.id));
  enrollmentId = row!.id;
  const other = await makeProgram();
  const partner = await makeUser();
  strangers = [
    { label: "another program's manager", caller: callerFor(other.manager.id) },
    { label: "an unrelated partner", caller: callerFor(partner.id) },
  ];
});

const managerCalls: [string, (caller: Caller, programId: string) => Promise<unknown>][] = [
  ["manage.programs.get", (c, programId) => c.manage.programs.get({ programId })],
  [
    "manage.programs.update",
    (c, programId) => {
      const { slug: _slug, terms: _terms, ...settings } = programInput({ name: "Hijacked" });
      return c.manage.programs.update({ programId, ...settings });
    },
  ],
  [
    "manage.programs.publishTerms",
    (c, programId) =>
      c.manage.programs.publishTerms({ programId, body: "Hijacked terms that are long enough." }),
  ],
  [
    "manage.programs.addManager",
    (c, programId) =>
      c.manage.programs.addManager({ programId, email: "intruder@test.rally.test" }),
  ],
  ["manage.enrollments.list", (c, programId) => c.manage.enrollments.list({ programId })],
  [
    "manage.enrollments.decide",
    (c, programId) => c.manage.enrollments.decide({ programId, enrollmentId, decision: "approve" }),
  ],
  ["manage.audit.list", (c, programId) => c.manage.audit.list({ programId })],
];

describe("manager procedures refuse strangers with NOT_FOUND", () => {
  for (const [name, call] of managerCalls) {
    it(`${name}`, async () => {
      for (const stranger of strangers) {
        await expect(
          call(stranger.caller, target.program.id),
          stranger.label,
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(call(callerFor(null), target.program.id)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    });
  }

  it("left the program untouched", async () => {
    const [program] = await db.select().from(programs).where(eq(programs.id, target.program.id));
    expect(program).toMatchObject({ name: "Test Program", currentTermsVersion: 1 });
    const [enrollment] = await db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    expect(enrollment?.status).toBe("applied");
  });

  it("lets the program's own manager do the same calls", async () => {
    const own = callerFor(target.manager.id);
    await expect(own.manage.programs.get({ programId: target.program.id })).resolves.toMatchObject({
      id: target.program.id,
    });
    await expect(
      own.manage.enrollments.list({ programId: target.program.id }),
    ).resolves.toMatchObject({ total: 1 });
  });
});

describe("owner-only and partner procedures", () => {
  it("refuses program creation to a non-owner, even a manager", async () => {
    await expect(
      callerFor(target.manager.id).manage.programs.create(programInput()),
    ).resolves.toBeTruthy();
    const partner = await makeUser();
    await expect(
      callerFor(partner.id).manage.programs.create(programInput()),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(null).manage.programs.create(programInput())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("answers partner procedures only when signed in", async () => {
    const anonymous = callerFor(null);
    await expect(anonymous.partner.programs.list()).rejects.toBeInstanceOf(TRPCError);
    await expect(
      anonymous.partner.programs.get({ slug: target.program.slug }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      anonymous.partner.programs.join({
        programId: target.program.id,
        termsVersion: 1,
        acceptTerms: true,
        pitch: "",
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      anonymous.partner.programs.acceptTerms({ programId: target.program.id, termsVersion: 1 }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anonymous.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("does not let a partner accept terms for a program they are not enrolled in", async () => {
    const partner = await makeUser();
    await expect(
      callerFor(partner.id).partner.programs.acceptTerms({
        programId: target.program.id,
        termsVersion: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
