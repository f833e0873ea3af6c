/** Content safety: link destinations the program no longer allows, and images in managers' text. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl } from "~/env";
import { emails, lessons, newsletters, programs } from "~/server/db/schema/index";
import { emailPendingAnnouncements } from "~/server/services/announcements/email-announcements";
import { sendNewsletter } from "~/server/services/newsletters/send-newsletter";
import { makeCourse } from "../academy/fixtures";
import { makeLink, request, startIngest } from "../ingest/fixtures";
import { sendingNewsletter } from "../newsletters/fixtures";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";

const OWN_FILE = "/api/creatives/00000000-0000-4000-8000-000000000001/file";
/** A body with two foreign images (one a 1x1 pixel), one from an allowed host, one of our own. */
const BODY = [
  "Hello **partners** ![pixel](https://tracker.example/p.gif?reader=1)",
  '<img src="https://tracker.example/raw.gif" width="1" height="1" alt="">',
  "![banner](https://cdn.shop.example.com/banner.png)",
  `![own](${OWN_FILE})`,
].join("\n\n");

/** What every rendering of BODY must show: only the allowed host's image and our own file. */
function expectSafeImages(html: string) {
  expect(html).toContain("<strong>partners</strong>");
  expect(html).not.toContain("tracker.example");
  expect(html).toContain('src="https://cdn.shop.example.com/banner.png"');
  expect(html).toContain(`src="${appUrl(OWN_FILE)}"`);
  expect(html.match(/<img /g)).toHaveLength(2);
}

async function programWithImageHost() {
  const made = await makeProgram({ allowedDomains: ["shop.example.com"] });
  await db
    .update(programs)
    .set({ allowedImageHosts: ["cdn.shop.example.com"] })
    .where(eq(programs.id, made.program.id));
  const partner = await makePartner(made.program.id);
  return { ...made, partner };
}

describe("content safety", () => {
  let ingest: Awaited<ReturnType<typeof startIngest>>;
  beforeAll(async () => {
    ingest = await startIngest();
  });
  afterAll(() => ingest.close());

  it("link destination re-check: a domain removed from the allow list sends visitors to the program's home page and flags the link", async () => {
    const { program } = await makeProgram({
      allowedDomains: ["shop.example.com", "old.example.com"],
    });
    const { user, enrollment } = await makePartner(program.id);
    const stale = await makeLink(program.id, enrollment.id, {
      destination: "https://old.example.com/sale",
    });
    const fine = await makeLink(program.id, enrollment.id, {
      destination: "https://shop.example.com/product",
    });
    await db
      .update(programs)
      .set({ allowedDomains: ["shop.example.com"] })
      .where(eq(programs.id, program.id));

    const redirected = await request(ingest.port, `/r/${stale.code}`);
    expect(redirected.status).toBe(302);
    const location = new URL(redirected.headers.location!);
    expect(location.origin + location.pathname).toBe("https://shop.example.com/");
    expect(location.searchParams.get("rly_click")).toBeTruthy();
    const kept = await request(ingest.port, `/r/${fine.code}`);
    expect(kept.headers.location).toMatch(/^https:\/\/shop\.example\.com\/product\?rly_click=/);

    const list = await callerFor(user.id).partner.links.list({ programId: program.id });
    const flags = Object.fromEntries(list.items.map((l) => [l.id, l.destinationAllowed]));
    expect(flags).toEqual({ [stale.id]: false, [fine.id]: true });
  });

  it("link destination edit: a flagged link is put right only with a page on an allowed domain", async () => {
    const { program } = await makeProgram({ allowedDomains: ["shop.example.com"] });
    const { user, enrollment } = await makePartner(program.id);
    const stale = await makeLink(program.id, enrollment.id, {
      destination: "https://old.example.com/sale",
    });
    const links = callerFor(user.id).partner.links;
    await expect(
      links.setDestination({ linkId: stale.id, destination: "https://evil.example/sale" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const stranger = await makePartner(program.id);
    await expect(
      callerFor(stranger.user.id).partner.links.setDestination({
        linkId: stale.id,
        destination: "https://shop.example.com/x",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await links.setDestination({ linkId: stale.id, destination: "shop.example.com/sale" });
    const list = await links.list({ programId: program.id });
    expect(list.items[0]).toMatchObject({
      destination: "https://shop.example.com/sale",
      destinationAllowed: true,
    });
  });

  it("image hosts setting: the manager saves validated host names; leaving them out keeps them", async () => {
    const { program, manager } = await makeProgram();
    const programsApi = callerFor(manager.id).manage.programs;
    const settings = {
      programId: program.id,
      name: program.name,
      currency: program.currency,
      cookieWindowDays: program.cookieWindowDays,
      holdPeriodDays: program.holdPeriodDays,
      allowedDomains: program.allowedDomains,
      approvalMode: program.approvalMode,
    };
    await expect(
      programsApi.update({ ...settings, allowedImageHosts: ["https://cdn.example/x.png"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await programsApi.update({ ...settings, allowedImageHosts: ["CDN.shop.example.com"] });
    // Nothing but the omission: no change at all (not an empty update).
    await programsApi.update(settings);
    await programsApi.update({ ...settings, name: "Renamed" });
    const saved = await programsApi.get({ programId: program.id });
    expect(saved).toMatchObject({ name: "Renamed", allowedImageHosts: ["cdn.shop.example.com"] });
  });

  it("lesson image policy: foreign images are dropped, an allowed host and own files kept", async () => {
    const { program, manager, partner } = await programWithImageHost();
    const { courseId, lessonId } = await makeCourse(manager.id, program.id);
    await db.update(lessons).set({ body: BODY }).where(eq(lessons.id, lessonId));
    const lesson = await callerFor(partner.user.id).partner.academy.getLesson({
      courseId,
      lessonId,
    });
    expectSafeImages(lesson.lesson.html);
  });

  it("announcement image policy: foreign images are dropped in the portal and in the email", async () => {
    const { program, manager, partner } = await programWithImageHost();
    await callerFor(manager.id).manage.announcements.post({
      programId: program.id,
      title: "Images",
      body: BODY,
    });
    const listed = await callerFor(partner.user.id).partner.announcements.list({
      page: 1,
      programSlug: program.slug,
    });
    expectSafeImages(listed.items[0]!.html);

    await emailPendingAnnouncements(db);
    const [mail] = await db.select().from(emails).where(eq(emails.to, partner.user.email));
    expect(mail?.template).toBe("announcement");
    expectSafeImages(mail!.html);
  });

  it("newsletter image policy: foreign images are dropped in the email sent", async () => {
    const { program, partner } = await programWithImageHost();
    const newsletter = await sendingNewsletter(program.id);
    await db.update(newsletters).set({ body: BODY }).where(eq(newsletters.id, newsletter.id));
    await sendNewsletter(db, newsletter.id);
    const [mail] = await db.select().from(emails).where(eq(emails.to, partner.user.email));
    expect(mail?.template).toBe("newsletter");
    expectSafeImages(mail!.html);
  });
});
