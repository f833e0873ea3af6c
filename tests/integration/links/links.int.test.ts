import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { auditLog, links, promoCodes, statsHourly } from "~/server/db/schema/index";
import { trackingUrl } from "~/server/tracking/tracking-url";
import { newLinkCode } from "~/server/services/links/link-code";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

// The real generator, observable so one test can force a collision.
vi.mock("~/server/services/links/link-code", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/server/services/links/link-code")>();
  return { ...actual, newLinkCode: vi.fn(actual.newLinkCode) };
});

async function activePartner(overrides: Parameters<typeof makeProgram>[0] = {}) {
  const { program, manager } = await makeProgram({
    allowedDomains: ["shop.example.com", "xn--sklep-zb-o8a.pl"],
    ...overrides,
  });
  const { user, enrollment } = await makePartner(program.id);
  return { program, manager, user, enrollment, caller: callerFor(user.id) };
}

const linksOf = (enrollmentId: string) =>
  db.select().from(links).where(eq(links.enrollmentId, enrollmentId));

describe("creating links", () => {
  it("gives an active partner a short code, its tracking URL and a QR code", async () => {
    const { program, enrollment, user, caller } = await activePartner();
    const link = await caller.partner.links.create({
      programId: program.id,
      destination: " HTTPS://Shop.Example.com./spring?utm=x ",
      label: " Newsletter ",
      subId: "may_2026",
    });
    expect(link.code).toMatch(/^[0-9A-Za-z]{8}$/);
    expect(link).toMatchObject({
      url: trackingUrl(link.code),
      destination: "https://shop.example.com/spring?utm=x",
      label: "Newsletter",
      subId: "may_2026",
    });
    expect(link.qrSvg).toMatch(/^<svg/);
    expect(await linksOf(enrollment.id)).toEqual([
      expect.objectContaining({
        programId: program.id,
        code: link.code,
        destination: "https://shop.example.com/spring?utm=x",
        disabledAt: null,
      }),
    ]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, link.id), eq(auditLog.action, "link.created")));
    expect(audit).toMatchObject({ actorId: user.id, programId: program.id });
  });

  it("accepts subdomains and international names of allowed domains", async () => {
    const { program, caller } = await activePartner();
    await expect(
      caller.partner.links.create({
        programId: program.id,
        destination: "https://eu.shop.example.com/",
      }),
    ).resolves.toMatchObject({ destination: "https://eu.shop.example.com/" });
    await expect(
      caller.partner.links.create({
        programId: program.id,
        destination: "https://sklep-ząb.pl/kosz",
      }),
    ).resolves.toMatchObject({ destination: "https://xn--sklep-zb-o8a.pl/kosz" });
  });

  it.each([
    ["https://shop.example.com.evil.com/", "Links can only point to shop.example.com"],
    ["https://evil.com/?shop.example.com", "Links can only point to shop.example.com"],
    ["https://shop.example.com@evil.com/", "Remove the user name and password"],
    ["javascript:alert(1)//shop.example.com", "Links can only point to web pages"],
    ["not a url at all", "That is not a web address"],
  ])("refuses %j with a clear message and writes nothing", async (destination, message) => {
    const { program, enrollment, caller } = await activePartner();
    const refused = await clientError(
      caller.partner.links.create({ programId: program.id, destination }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain(message);
    expect(await linksOf(enrollment.id)).toEqual([]);
  });

  it("validates the label and sub-id with field messages", async () => {
    const { program, caller } = await activePartner();
    const refused = await clientError(
      caller.partner.links.create({
        programId: program.id,
        destination: "https://shop.example.com/",
        subId: "has space",
        label: "x".repeat(81),
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors).toMatchObject({
      subId: "Use up to 100 letters, digits, dots, dashes and underscores.",
      label: expect.any(String),
    });
  });

  it("refuses partners who are not active, each with the reason", async () => {
    const { program, manager } = await makeProgram();
    const pending = await makeUser();
    await callerFor(pending.id).partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
      pitch: "",
    });
    const suspended = await makePartner(program.id, { status: "suspended" });
    const outdated = await makePartner(program.id);
    await callerFor(manager.id).manage.programs.publishTerms({
      programId: program.id,
      body: "New terms that every partner must accept again.",
    });
    const create = (userId: string) =>
      callerFor(userId).partner.links.create({
        programId: program.id,
        destination: "https://shop.example.com/",
      });
    expect(await clientError(create(pending.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "Your application is still waiting for a manager’s decision.",
    });
    expect(await clientError(create(suspended.user.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "Your partnership in this program is suspended.",
    });
    expect(await clientError(create(outdated.user.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "Accept the program’s new terms first.",
    });
    const stranger = await makeUser();
    expect(await clientError(create(stranger.id))).toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(null).partner.links.create({
        programId: program.id,
        destination: "https://shop.example.com/",
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.select().from(links).where(eq(links.programId, program.id))).toEqual([]);
  });

  it("draws a new code when the first one is taken", async () => {
    const { program, caller } = await activePartner();
    const first = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/a",
    });
    vi.mocked(newLinkCode).mockReturnValueOnce(first.code);
    const second = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/b",
    });
    expect(second.code).not.toBe(first.code);
    const [row] = await db.select().from(links).where(eq(links.code, first.code));
    expect(row?.destination).toBe("https://shop.example.com/a");
  });
});

describe("listing links", () => {
  it("pages through the caller's own links, newest first, without gaps or repeats", async () => {
    const { program, caller, enrollment } = await activePartner();
    const other = await makePartner(program.id);
    await callerFor(other.user.id).partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/other",
    });
    // Same timestamp for all: the cursor must still be exact.
    const at = new Date("2026-01-01T00:00:00Z");
    await db.insert(links).values(
      Array.from({ length: 23 }, (_, i) => ({
        programId: program.id,
        enrollmentId: enrollment.id,
        code: `t${String(i).padStart(2, "0")}${randomUUID().slice(0, 5)}`,
        destination: `https://shop.example.com/${i}`,
        createdAt: at,
      })),
    );
    const newest = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/newest",
    });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await caller.partner.links.list({ programId: program.id, after, limit: 10 });
      seen.push(...page.items.map((item) => item.id));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen[0]).toBe(newest.id);
    const own = await linksOf(enrollment.id);
    expect(new Set(seen)).toEqual(new Set(own.map((link) => link.id)));
  });

  it("sums the last 30 days of hourly rollups per link", async () => {
    const { program, caller, enrollment } = await activePartner();
    const link = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/",
    });
    const hour = (daysAgo: number) => {
      const date = new Date(Date.now() - daysAgo * 86_400_000);
      date.setUTCMinutes(0, 0, 0);
      return date;
    };
    const base = { programId: program.id, enrollmentId: enrollment.id, linkId: link.id };
    await db.insert(statsHourly).values([
      { ...base, hour: hour(1), clicks: 10, uniqueClicks: 8, sales: 2, leads: 1, commission: 500n },
      { ...base, hour: hour(29), clicks: 5, uniqueClicks: 5, installs: 1, commission: 250n },
      { ...base, hour: hour(40), clicks: 100, sales: 50, commission: 99_999n },
    ]);
    const page = await caller.partner.links.list({ programId: program.id });
    expect(page.items[0]?.stats).toEqual({
      clicks: 15,
      uniqueClicks: 13,
      conversions: 4,
      commission: 750n,
    });
  });

  it("does not list a program the caller is not in", async () => {
    const { program } = await activePartner();
    const stranger = await makeUser();
    await expect(
      callerFor(stranger.id).partner.links.list({ programId: program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(null).partner.links.list({ programId: program.id }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("disabling links and QR codes", () => {
  it("lets the owner disable and enable a link, audited once per change", async () => {
    const { program, caller } = await activePartner();
    const link = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/",
    });
    await expect(
      caller.partner.links.setDisabled({ linkId: link.id, disabled: true }),
    ).resolves.toMatchObject({ disabled: true, changed: true });
    await expect(
      caller.partner.links.setDisabled({ linkId: link.id, disabled: true }),
    ).resolves.toMatchObject({ changed: false });
    expect((await caller.partner.links.list({ programId: program.id })).items[0]?.disabled).toBe(
      true,
    );
    await caller.partner.links.setDisabled({ linkId: link.id, disabled: false });
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, link.id))
      .orderBy(auditLog.id);
    expect(actions.map((row) => row.action)).toEqual([
      "link.created",
      "link.disabled",
      "link.enabled",
    ]);
  });

  it("refuses other people's links, and anonymous callers, for toggles and QR codes", async () => {
    const { program, manager, caller } = await activePartner();
    const link = await caller.partner.links.create({
      programId: program.id,
      destination: "https://shop.example.com/",
    });
    const colleague = await makePartner(program.id);
    const other = await makeProgram();
    const strangers = [
      callerFor(colleague.user.id),
      callerFor(other.manager.id),
      callerFor(manager.id),
    ];
    for (const stranger of strangers) {
      await expect(
        stranger.partner.links.setDisabled({ linkId: link.id, disabled: true }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(stranger.partner.links.qrCode({ linkId: link.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const anonymous = callerFor(null);
    await expect(
      anonymous.partner.links.setDisabled({ linkId: link.id, disabled: true }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.partner.links.qrCode({ linkId: link.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const [row] = await db.select().from(links).where(eq(links.id, link.id));
    expect(row?.disabledAt).toBeNull();
    await expect(caller.partner.links.qrCode({ linkId: link.id })).resolves.toMatchObject({
      url: link.url,
      svg: expect.stringMatching(/^<svg/),
      png: expect.stringMatching(/^data:image\/png;base64,/),
    });
  });
});

describe("a partner's promo codes", () => {
  it("shows only the caller's enabled codes", async () => {
    const { program, caller, enrollment } = await activePartner();
    const other = await makePartner(program.id);
    await db.insert(promoCodes).values([
      { programId: program.id, enrollmentId: enrollment.id, code: "MINE10" },
      { programId: program.id, enrollmentId: enrollment.id, code: "OLD", disabledAt: new Date() },
      { programId: program.id, enrollmentId: other.enrollment.id, code: "THEIRS" },
    ]);
    expect(
      (await caller.partner.links.promoCodes({ programId: program.id })).map((row) => row.code),
    ).toEqual(["MINE10"]);
    await expect(
      callerFor((await makeUser()).id).partner.links.promoCodes({ programId: program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(null).partner.links.promoCodes({ programId: program.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
