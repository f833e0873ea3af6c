/** The admin command line, run as a user runs it, against the test database. */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

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
});
