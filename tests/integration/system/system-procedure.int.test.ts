/** manage.system.report: the deployment's health, for owners only. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "~/server/db/schema";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import {
  callerFor,
  makePartner,
  makeProgram,
  makeUser,
  programInput,
} from "../../support/factories";

describe("manage.system.report", () => {
  it("answers an owner with the report", async () => {
    const owner = await makeUser({ isOwner: true });
    const report = await callerFor(owner.id).manage.system.report();
    expect(report.versions.postgres).toMatch(/^\d+/);
    expect(report.migrations).toMatchObject({ ok: true, value: { pending: [] } });
  });

  it("refuses someone signed out", async () => {
    expect((await clientError(callerFor(null).manage.system.report())).code).toBe("UNAUTHORIZED");
  });

  it("refuses a partner", async () => {
    const { program } = await makeProgram();
    const { user } = await makePartner(program.id);
    expect((await clientError(callerFor(user.id).manage.system.report())).code).toBe("FORBIDDEN");
  });

  it("refuses a manager who is not an owner", async () => {
    const { manager } = await makeProgram();
    await db.update(users).set({ isOwner: false }).where(eq(users.id, manager.id));
    const refused = await clientError(callerFor(manager.id).manage.system.report());
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).not.toMatch(/postgres|pgboss|storage/i);
  });

  it('keeps its address: no program may take the slug "system"', async () => {
    const owner = await makeUser({ isOwner: true });
    const refused = await clientError(
      callerFor(owner.id).manage.programs.create(programInput({ slug: "system" })),
    );
    expect(refused.code).toBe("CONFLICT");
  });
});
