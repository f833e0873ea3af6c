/** The admin command line, run as a user runs it, against the test database. */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { apiKeys, links } from "~/server/db/schema/index";
import { hashApiKey } from "~/server/services/api-keys/key-material";
import { trackingUrl } from "~/server/tracking/tracking-url";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

const run = promisify(execFile);

async function rally(...args: string[]) {
  const result = await run(process.execPath, ["--import", "tsx", "scripts/rally.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  );
  return result;
}

describe("npm run rally", () => {
  it("creates an owner, a program and a manager, and lists programs as JSON", async () => {
    const slug = `cli-${randomUUID().slice(0, 6)}`;
    const owner = await rally("owner", "create", "--email", `Owner-${slug}@Example.com`, "--json");
    expect(owner.code).toBe(0);
    expect(JSON.parse(owner.stdout)).toMatchObject({
      email: `owner-${slug}@example.com`,
      isOwner: true,
    });

    const created = await rally(
      "program",
      "create",
      "--slug",
      slug,
      "--name",
      "CLI Program",
      "--manager",
      `owner-${slug}@example.com`,
      "--currency",
      "pln",
      "--domains",
      "shop.example.com",
      "--terms",
      "Terms created from the command line.",
      "--json",
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      slug,
      manager: `owner-${slug}@example.com`,
    });

    const manager = await rally(
      "manager",
      "create",
      "--program",
      slug,
      "--email",
      `anna-${slug}@example.com`,
      "--json",
    );
    expect(JSON.parse(manager.stdout)).toMatchObject({ added: true });

    const list = await rally("programs", "list", "--json");
    const row = (
      JSON.parse(list.stdout) as { slug: string; managers: number; currency: string }[]
    ).find((p) => p.slug === slug);
    expect(row).toMatchObject({ managers: 2, currency: "PLN" });
  });

  it("explains bad input and exits with 1, writing nothing", async () => {
    const slug = `cli-${randomUUID().slice(0, 6)}`;
    const bad = await rally(
      "program",
      "create",
      "--slug",
      slug,
      "--name",
      "X",
      "--manager",
      "m@example.com",
      "--currency",
      "ZZZ",
      "--domains",
      "not a domain",
      "--terms",
      "short",
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--currency: Use a three-letter ISO 4217 currency code");
    expect(bad.stderr).toContain("--domains:");
    const list = await rally("programs", "list", "--json");
    expect((JSON.parse(list.stdout) as { slug: string }[]).map((p) => p.slug)).not.toContain(slug);
    expect(
      (await rally("manager", "create", "--program", "no-such-program", "--email", "a@example.com"))
        .stderr,
    ).toContain('No program has the slug "no-such-program"');
  });

  it("creates an API key, lists partners and creates a link for a partner, as JSON", async () => {
    const { program } = await makeProgram();
    const partner = await makePartner(program.id);
    await makePartner(program.id, { status: "suspended" });

    const key = await rally(
      "api-key",
      "create",
      "--program",
      program.slug,
      "--name",
      "ERP",
      "--json",
    );
    expect(key.code).toBe(0);
    const created = JSON.parse(key.stdout) as { id: string; key: string; signingSecret: string };
    expect(created.signingSecret).toMatch(/^whsec_/);
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(stored).toMatchObject({
      name: "ERP",
      keyHash: hashApiKey(created.key),
      createdBy: null,
    });

    const partners = await rally("partners", "list", "--program", program.slug, "--json");
    expect(JSON.parse(partners.stdout)).toEqual([
      expect.objectContaining({
        email: partner.user.email,
        status: "approved",
        referralCode: partner.enrollment.referralCode,
      }),
    ]);

    const link = await rally(
      "links",
      "create",
      "--program",
      program.slug,
      "--partner",
      partner.user.email.toUpperCase(),
      "--destination",
      "https://shop.example.com/cli",
      "--sub-id",
      "erp",
      "--json",
    );
    expect(link.code).toBe(0);
    const made = JSON.parse(link.stdout) as { code: string; url: string };
    expect(made.url).toBe(trackingUrl(made.code));
    const [row] = await db.select().from(links).where(eq(links.code, made.code));
    expect(row).toMatchObject({
      enrollmentId: partner.enrollment.id,
      destination: "https://shop.example.com/cli",
      subId: "erp",
    });
  });

  it("explains link mistakes by flag and by partner, and writes nothing", async () => {
    const { program } = await makeProgram();
    const partner = await makePartner(program.id);
    const create = (...args: string[]) =>
      rally("links", "create", "--program", program.slug, ...args);
    const evil = await create(
      "--partner",
      partner.user.email,
      "--destination",
      "https://evil.com/",
    );
    expect(evil.code).toBe(1);
    expect(evil.stderr).toContain("Links can only point to shop.example.com");
    const badSubId = await create(
      "--partner",
      partner.user.email,
      "--destination",
      "https://shop.example.com/",
      "--sub-id",
      "a b",
    );
    expect(badSubId.stderr).toContain("--sub-id: Use up to 100 letters");
    const stranger = await create(
      "--partner",
      "nobody@example.com",
      "--destination",
      "https://shop.example.com/",
    );
    expect(stranger.stderr).toContain(`nobody@example.com is not a partner of ${program.slug}`);
    expect(await db.select().from(links).where(eq(links.programId, program.id))).toEqual([]);
  });
});
