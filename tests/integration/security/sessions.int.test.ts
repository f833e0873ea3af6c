/**
 * Revocable sessions, disabled people and the removal of managers: each `it` is one guard,
 * named after it, exercised through the real Auth.js configuration and the tRPC procedures.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../../scripts/lib/commands";
import { auditLog, emails, programMembers, users } from "~/server/db/schema";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import {
  callerForCookie,
  closeAppPool,
  followSignInLink,
  requestSignInLink,
  sessionUserId,
} from "../../support/auth-requests";

afterAll(closeAppPool);

async function signedIn(email: string) {
  const attempt = await followSignInLink(email);
  expect(attempt.cookie).not.toBeNull();
  return attempt.cookie!;
}

const managersOf = async (programId: string) =>
  (
    await db
      .select({ userId: programMembers.userId })
      .from(programMembers)
      .where(eq(programMembers.programId, programId))
  ).map((row) => row.userId);

describe("sessions and people", () => {
  it("session check: a disabled person's open session is refused at the next request", async () => {
    const owner = await makeUser({ isOwner: true });
    const person = await makeUser();
    const cookie = await signedIn(person.email);
    expect(await sessionUserId(cookie)).toBe(person.id);
    await expect((await callerForCookie(cookie)).account.me()).resolves.toMatchObject({
      id: person.id,
    });

    await callerFor(owner.id).manage.users.setDisabled({ userId: person.id, disabled: true });

    expect(await sessionUserId(cookie)).toBeNull();
    const refused = await clientError((await callerForCookie(cookie)).account.me());
    expect(refused.code).toBe("UNAUTHORIZED");
    // Enabling again does not bring the old session back: it was issued before the disabling.
    await callerFor(owner.id).manage.users.setDisabled({ userId: person.id, disabled: false });
    expect(await sessionUserId(cookie)).toBeNull();
  });

  it("session version: sign out everywhere ends every open session, this one included", async () => {
    const person = await makeUser();
    const laptop = await signedIn(person.email);
    const phone = await signedIn(person.email);
    expect(await sessionUserId(phone)).toBe(person.id);

    await (await callerForCookie(laptop)).account.signOutEverywhere();

    expect(await sessionUserId(laptop)).toBeNull();
    expect(await sessionUserId(phone)).toBeNull();
    // Signing in again afterwards works: only the sessions before were ended.
    expect(await sessionUserId(await signedIn(person.email))).toBe(person.id);
  });

  it("sign-in refusal: a disabled person can neither get a link nor use one sent before", async () => {
    const owner = await makeUser({ isOwner: true });
    const person = await makeUser();
    await callerFor(owner.id).manage.users.setDisabled({ userId: person.id, disabled: true });

    // The same answer as for any address, so the form does not reveal who is disabled.
    const stranger = `nobody-${person.id}@example.com`;
    const answer = await requestSignInLink(person.email);
    expect(answer).toBe(await requestSignInLink(stranger));
    expect(answer).toContain("/api/auth/verify-request");
    const sent = await db.select().from(emails).where(eq(emails.to, person.email));
    expect(sent).toEqual([]);

    const followed = await followSignInLink(person.email);
    expect(followed.location).toContain("error=AccessDenied");
    expect(followed.cookie).toBeNull();

    // The same steps work once the person is enabled again.
    await callerFor(owner.id).manage.users.setDisabled({ userId: person.id, disabled: false });
    expect(await requestSignInLink(person.email)).toContain("/api/auth/verify-request");
    expect(await sessionUserId(await signedIn(person.email))).toBe(person.id);
  });

  it("owner rung: a person who is not an owner cannot list, disable or enable people", async () => {
    const stranger = await makeUser();
    const person = await makeUser();
    const { manager } = await makeProgram();
    await db.update(users).set({ isOwner: false }).where(eq(users.id, manager.id));
    for (const caller of [callerFor(stranger.id), callerFor(manager.id)]) {
      expect((await clientError(caller.manage.users.list({}))).code).toBe("FORBIDDEN");
      const refused = await clientError(
        caller.manage.users.setDisabled({ userId: person.id, disabled: true }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row?.disabledAt).toBeNull();
  });

  it("no self-disabling: an owner cannot disable themselves", async () => {
    const owner = await makeUser({ isOwner: true });
    const refused = await clientError(
      callerFor(owner.id).manage.users.setDisabled({ userId: owner.id, disabled: true }),
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "You cannot disable yourself." });
  });

  it("disabling is audited, from the console and from the command line", async () => {
    const owner = await makeUser({ isOwner: true });
    const person = await makeUser();
    await callerFor(owner.id).manage.users.setDisabled({ userId: person.id, disabled: true });
    await commands["users enable"]!.run(db, { email: person.email.toUpperCase() });
    await commands["users disable"]!.run(db, { email: person.email });

    const entries = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, person.id)))
      .orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: "user.disabled", actorId: owner.id, data: { email: person.email } },
      { action: "user.enabled", actorId: null, data: { email: person.email } },
      { action: "user.disabled", actorId: null, data: { email: person.email } },
    ]);
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row?.disabledAt).not.toBeNull();
  });

  it("managers.manage: only the program's own managers can remove its managers", async () => {
    const { program, manager } = await makeProgram();
    const colleague = await makeUser();
    await callerFor(manager.id).manage.programs.addManager({
      programId: program.id,
      email: colleague.email,
    });
    const other = await makeProgram();
    const partner = await makePartner(program.id);
    const stranger = await makeUser();

    for (const outsider of [other.manager.id, partner.user.id, stranger.id]) {
      const refused = await clientError(
        callerFor(outsider).manage.programs.removeManager({
          programId: program.id,
          userId: colleague.id,
        }),
      );
      expect(refused.code).toBe("NOT_FOUND");
    }
    expect((await managersOf(program.id)).sort()).toEqual([manager.id, colleague.id].sort());
  });

  it("last manager: the last manager of a program cannot be removed", async () => {
    const { program, manager } = await makeProgram();
    const colleague = await makeUser();
    const caller = callerFor(manager.id);
    await caller.manage.programs.addManager({ programId: program.id, email: colleague.email });
    // Removing oneself is allowed while somebody else still manages the program…
    await caller.manage.programs.removeManager({ programId: program.id, userId: manager.id });
    // …but the last one stays.
    const refused = await clientError(
      callerFor(colleague.id).manage.programs.removeManager({
        programId: program.id,
        userId: colleague.id,
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(await managersOf(program.id)).toEqual([colleague.id]);
  });

  it("manager audit: adding and removing a manager are both recorded with who did it", async () => {
    const { program, manager } = await makeProgram();
    const colleague = await makeUser();
    const caller = callerFor(manager.id);
    await caller.manage.programs.addManager({ programId: program.id, email: colleague.email });
    await caller.manage.programs.removeManager({ programId: program.id, userId: colleague.id });

    const log = await caller.manage.audit.list({ programId: program.id, targetId: colleague.id });
    expect(log.items.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["manager.removed", manager.email],
      ["manager.added", manager.email],
    ]);
    expect(await managersOf(program.id)).toEqual([manager.id]);
  });
});
