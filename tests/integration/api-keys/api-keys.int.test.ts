import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, auditLog, signingSecrets } from "~/server/db/schema/index";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { hashApiKey } from "~/server/services/api-keys/key-material";
import { listApiKeys } from "~/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";
import { rotateSigningSecret } from "~/server/services/api-keys/rotate-signing-secret";
import { activeSigningSecrets } from "~/server/services/api-keys/signing-secrets";
import { verifyApiKey, touchApiKey } from "~/server/services/api-keys/verify-api-key";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";

async function managed() {
  const { program, manager } = await makeProgram();
  return { program, manager, ctx: { db, userId: manager.id, program } };
}

const auditOf = (programId: string) =>
  db.select().from(auditLog).where(eq(auditLog.programId, programId)).orderBy(auditLog.id);

describe("API keys", () => {
  it("creates a key shown once, stores only its hash, and one signing secret for all keys", async () => {
    const { ctx, program, manager } = await managed();
    const first = await createApiKey(ctx, { name: "  Shop backend " });
    expect(first.key).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    expect(first.key.startsWith(first.prefix)).toBe(true);
    expect(first.signingSecret).toMatch(/^whsec_/);

    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, first.id));
    expect(row).toMatchObject({
      name: "Shop backend",
      keyHash: hashApiKey(first.key),
      createdBy: manager.id,
    });
    expect(JSON.stringify(row)).not.toContain(first.key);

    const second = await createApiKey(ctx, { name: "Scripts" });
    expect(second.key).not.toBe(first.key);
    expect(second.signingSecret).toBe(first.signingSecret);
    expect(
      await db.select().from(signingSecrets).where(eq(signingSecrets.programId, program.id)),
    ).toHaveLength(1);

    const listed = await listApiKeys(ctx);
    expect(listed.map((key) => key.name)).toEqual(["Scripts", "Shop backend"]);
    expect(listed[0]).not.toHaveProperty("keyHash");
    expect(listed[0]?.createdByEmail).toBe(manager.email);

    expect((await auditOf(program.id)).map((entry) => [entry.action, entry.actorId])).toEqual([
      ["program.created", manager.id],
      ["apiKey.created", manager.id],
      ["apiKey.created", manager.id],
    ]);
    await expect(createApiKey(ctx, { name: " " })).rejects.toThrow();
  });

  it("verifies a key to its program; revoked, unknown and malformed keys fail", async () => {
    const { ctx, program } = await managed();
    const { key, id } = await createApiKey(ctx, { name: "k" });
    const verified = await verifyApiKey(db, key);
    expect(verified?.program.id).toBe(program.id);
    expect(
      await verifyApiKey(db, `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`),
    ).toBeNull();
    expect(await verifyApiKey(db, "Bearer nonsense")).toBeNull();
    expect(await verifyApiKey(db, undefined)).toBeNull();

    await expect(revokeApiKey(ctx, { apiKeyId: id })).resolves.toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(await verifyApiKey(db, key)).toBeNull();
    // Revoking again changes nothing and is not audited twice.
    await revokeApiKey(ctx, { apiKeyId: id });
    const revocations = (await auditOf(program.id)).filter(
      (entry) => entry.action === "apiKey.revoked",
    );
    expect(revocations).toHaveLength(1);
  });

  it("records last use at most once a minute", async () => {
    const { ctx } = await managed();
    const { key, id } = await createApiKey(ctx, { name: "k" });
    const t0 = new Date("2030-01-01T00:00:00Z");
    await touchApiKey(db, (await verifyApiKey(db, key))!, t0);
    await touchApiKey(db, (await verifyApiKey(db, key))!, new Date(t0.getTime() + 30_000));
    const lastUsed = async () =>
      (await db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0]?.lastUsedAt?.getTime();
    expect(await lastUsed()).toBe(t0.getTime());
    await touchApiKey(db, (await verifyApiKey(db, key))!, new Date(t0.getTime() + 61_000));
    expect(await lastUsed()).toBe(t0.getTime() + 61_000);
  });

  it("rotates the signing secret with a grace period, audited also without a person (CLI)", async () => {
    const { ctx, program } = await managed();
    const { signingSecret: original } = await createApiKey(
      { ...ctx, userId: null },
      { name: "cli" },
    );
    const { signingSecret: next, previousExpiresAt } = await rotateSigningSecret(ctx, {
      graceHours: 2,
    });
    expect(previousExpiresAt.getTime() - Date.now()).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect(await activeSigningSecrets(db, program.id)).toEqual([next, original]);
    expect(
      await activeSigningSecrets(db, program.id, new Date(Date.now() + 3 * 3_600_000)),
    ).toEqual([next]);
    // A new key afterwards hands out the new secret.
    expect((await createApiKey(ctx, { name: "later" })).signingSecret).toBe(next);

    const audit = await auditOf(program.id);
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["program.created", expect.any(String)],
      ["apiKey.created", null],
      ["signingSecret.rotated", ctx.userId],
      ["apiKey.created", ctx.userId],
    ]);
    await expect(rotateSigningSecret(ctx, { graceHours: -1 })).rejects.toThrow();
  });

  it("keeps programs apart: no listing or revoking another program's keys", async () => {
    const a = await managed();
    const b = await managed();
    const { id } = await createApiKey(a.ctx, { name: "a" });
    expect(await listApiKeys(b.ctx)).toEqual([]);
    await expect(revokeApiKey(b.ctx, { apiKeyId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.programId, a.program.id)));
    expect(row?.revokedAt).toBeNull();
  });
});
