/** The integrations page's procedures: API keys, the signing secret and its enforcement. */
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, auditLog, programs, signingSecrets } from "~/server/db/schema/index";
import { conversionsEndpoint } from "~/server/tracking/tracking-url";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";

type Caller = ReturnType<typeof callerFor>;

describe("API keys in the console", () => {
  it("creates a key shown once, lists it without secrets, and revokes it", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    const created = await asManager.manage.apiKeys.create({
      programId: program.id,
      name: " Shop backend ",
    });
    expect(created.key).toMatch(/^rk_/);
    expect(created.signingSecret).toMatch(/^whsec_/);
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(stored).toMatchObject({
      name: "Shop backend",
      keyHash: createHash("sha256").update(created.key).digest("hex"),
      createdBy: manager.id,
    });

    const listed = await asManager.manage.apiKeys.list({ programId: program.id });
    expect(listed).toMatchObject({ endpoint: conversionsEndpoint(), requireSignature: false });
    expect(listed.keys).toEqual([
      expect.objectContaining({
        id: created.id,
        name: "Shop backend",
        prefix: created.prefix,
        revokedAt: null,
        lastUsedAt: null,
      }),
    ]);
    const text = JSON.stringify(listed.keys);
    expect(text).not.toContain(created.key);
    expect(text).not.toContain(stored!.keyHash);
    expect(text).not.toContain(created.signingSecret);

    await asManager.manage.apiKeys.revoke({ programId: program.id, apiKeyId: created.id });
    const after = await asManager.manage.apiKeys.list({ programId: program.id });
    expect(after.keys[0]?.revokedAt).toBeInstanceOf(Date);
  });

  it("rotates the signing secret, keeping the old one for the grace period", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    const { signingSecret: first } = await asManager.manage.apiKeys.create({
      programId: program.id,
      name: "Shop",
    });
    const rotated = await asManager.manage.apiKeys.rotateSigningSecret({
      programId: program.id,
      graceHours: 2,
    });
    expect(rotated.signingSecret).toMatch(/^whsec_/);
    expect(rotated.signingSecret).not.toBe(first);
    const secrets = await db
      .select()
      .from(signingSecrets)
      .where(eq(signingSecrets.programId, program.id));
    const old = secrets.find((row) => row.secret === first);
    expect(old?.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    expect(secrets.find((row) => row.secret === rotated.signingSecret)?.expiresAt).toBeNull();
  });

  it("turns required signatures on and off, audited once per change", async () => {
    const { program, manager } = await makeProgram();
    const asManager = callerFor(manager.id);
    for (const required of [true, true, false]) {
      await expect(
        asManager.manage.apiKeys.setRequireSignature({ programId: program.id, required }),
      ).resolves.toEqual({ requireSignature: required });
    }
    await asManager.manage.apiKeys.setRequireSignature({ programId: program.id, required: true });
    expect((await asManager.manage.apiKeys.list({ programId: program.id })).requireSignature).toBe(
      true,
    );
    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.programId, program.id), eq(auditLog.targetType, "program")))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      "program.created",
      "program.signatureRequired",
      "program.signatureOptional",
      "program.signatureRequired",
    ]);
  });
});

describe("API key procedures refuse strangers", () => {
  it("answers NOT_FOUND to other managers and partners, UNAUTHORIZED to anonymous", async () => {
    const { program, manager } = await makeProgram();
    const key = await callerFor(manager.id).manage.apiKeys.create({
      programId: program.id,
      name: "Shop",
    });
    const other = await makeProgram();
    const partner = await makePartner(program.id);
    const calls: ((c: Caller) => Promise<unknown>)[] = [
      (c) => c.manage.apiKeys.list({ programId: program.id }),
      (c) => c.manage.apiKeys.create({ programId: program.id, name: "Intruder" }),
      (c) => c.manage.apiKeys.revoke({ programId: program.id, apiKeyId: key.id }),
      (c) => c.manage.apiKeys.rotateSigningSecret({ programId: program.id }),
      (c) => c.manage.apiKeys.setRequireSignature({ programId: program.id, required: true }),
    ];
    for (const call of calls) {
      for (const stranger of [callerFor(other.manager.id), callerFor(partner.user.id)]) {
        await expect(call(stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(call(callerFor(null))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    // Not through the stranger's own program either.
    await expect(
      callerFor(other.manager.id).manage.apiKeys.revoke({
        programId: other.program.id,
        apiKeyId: key.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const keys = await db.select().from(apiKeys).where(eq(apiKeys.programId, program.id));
    expect(keys).toEqual([expect.objectContaining({ id: key.id, revokedAt: null })]);
    const secrets = await db
      .select()
      .from(signingSecrets)
      .where(eq(signingSecrets.programId, program.id));
    expect(secrets).toEqual([
      expect.objectContaining({ secret: key.signingSecret, expiresAt: null }),
    ]);
    const [row] = await db.select().from(programs).where(eq(programs.id, program.id));
    expect(row?.requireSignature).toBe(false);
  });
});
