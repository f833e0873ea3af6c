import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  conversions,
  programMembers,
  programs,
  programTerms,
} from "~/server/db/schema/index";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makeProgram, makeUser, programInput } from "../../support/factories";

describe("programs", () => {
  it("lets an owner create a program, with its first terms and the owner as manager", async () => {
    const owner = await makeUser({ isOwner: true });
    const created = await callerFor(owner.id).manage.programs.create(
      programInput({
        allowedDomains: ["Shop.Example.com", "shop.example.com", "blog.example.org"],
        currency: "pln",
      }),
    );
    expect(created).toMatchObject({
      currency: "PLN",
      currentTermsVersion: 1,
      allowedDomains: ["shop.example.com", "blog.example.org"],
    });
    expect(
      await db.select().from(programTerms).where(eq(programTerms.programId, created.id)),
    ).toHaveLength(1);
    expect(
      await db.select().from(programMembers).where(eq(programMembers.programId, created.id)),
    ).toEqual([expect.objectContaining({ userId: owner.id, role: "manager" })]);
  });

  it("refuses a taken slug and writes nothing", async () => {
    const { program, manager } = await makeProgram();
    const before = await db.select().from(programs);
    expect(
      await clientError(
        callerFor(manager.id).manage.programs.create(programInput({ slug: program.slug })),
      ),
    ).toEqual({
      code: "CONFLICT",
      message: `The address “${program.slug}” is already used by another program.`,
    });
    expect(await db.select().from(programs)).toHaveLength(before.length);
  });

  it("answers bad input with translated field errors", async () => {
    const owner = await makeUser({ isOwner: true });
    const presented = await clientError(
      callerFor(owner.id, "pl").manage.programs.create(
        programInput({
          slug: "Bad Slug!",
          currency: "XYZ1",
          allowedDomains: ["http://x/"],
          cookieWindowDays: 0,
        }),
      ),
      "pl",
    );
    expect(presented.code).toBe("BAD_REQUEST");
    expect(presented.message).not.toBe("Some fields need attention.");
    expect(Object.keys(presented.fieldErrors ?? {}).sort()).toEqual([
      "allowedDomains.0",
      "cookieWindowDays",
      "currency",
      "slug",
    ]);
    expect(presented.fieldErrors?.cookieWindowDays).toMatch(/[a-ząćęłńóśźż]/i);
  });

  it("records every settings change with the fields before and after", async () => {
    const { program, manager } = await makeProgram();
    const {
      slug: _slug,
      terms: _terms,
      ...settings
    } = programInput({ name: "Renamed", cookieWindowDays: 60 });
    const updated = await callerFor(manager.id).manage.programs.update({
      programId: program.id,
      ...settings,
    });
    expect(updated).toMatchObject({ name: "Renamed", cookieWindowDays: 60 });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "program.updated"), eq(auditLog.programId, program.id)));
    expect(entry?.data).toEqual({
      name: { from: "Test Program", to: "Renamed" },
      cookieWindowDays: { from: 30, to: 60 },
    });
  });

  it("keeps the currency once conversions are recorded in it", async () => {
    const { program, manager } = await makeProgram({ currency: "EUR" });
    const { slug: _slug, terms: _terms, ...settings } = programInput({ currency: "EUR" });
    const update = (currency: string) =>
      callerFor(manager.id).manage.programs.update({
        programId: program.id,
        ...settings,
        currency,
      });
    await db.insert(conversions).values({
      programId: program.id,
      type: "lead",
      externalId: "lead-1",
      currency: "EUR",
      attribution: "none",
      occurredAt: new Date(),
      requestHash: "test",
    });
    expect(await clientError(update("PLN"))).toMatchObject({ code: "CONFLICT" });
    const [after] = await db.select().from(programs).where(eq(programs.id, program.id));
    expect(after?.currency).toBe("EUR");
    await expect(update("EUR")).resolves.toMatchObject({ currency: "EUR" });
  });

  it("adds a manager who then sees the program, and a person can manage one program and partner in another", async () => {
    const { program, manager } = await makeProgram();
    const other = await makeProgram({ approvalMode: "auto" });
    const person = await makeUser();
    await callerFor(manager.id).manage.programs.addManager({
      programId: program.id,
      email: person.email,
    });
    const asPerson = callerFor(person.id);
    expect((await asPerson.manage.programs.list()).map((row) => row.id)).toEqual([program.id]);
    await asPerson.partner.programs.join({
      programId: other.program.id,
      termsVersion: 1,
      acceptTerms: true,
      pitch: "",
    });
    expect((await asPerson.partner.programs.get({ slug: other.program.slug })).state).toBe(
      "active",
    );
    await expect(
      asPerson.manage.programs.get({ programId: other.program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
