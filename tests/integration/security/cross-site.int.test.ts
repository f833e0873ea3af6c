/**
 * Cross-site requests and state-changing GETs, through the real route handlers (the modules
 * Next.js serves) on the real database: another site's page cannot make a signed-in browser
 * change anything, and no GET writes.
 */
import { and, count, eq } from "drizzle-orm";
import superjson from "superjson";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { auditLog, courseProgress, payoutBatches, users } from "~/server/db/schema/index";
import { appOrigin } from "~/server/http/same-origin";
import { translator } from "~/i18n/translator";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { makeCourse } from "../academy/fixtures";

// The session is the only thing not real here: who is signed in for each request.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("~/server/auth/session", () => ({ currentUserId: async () => session.userId }));
process.env.DATABASE_URL = inject("databaseUrl");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");
const exportRoute = await import("~/app/api/manage/[slug]/export/[table]/route");
const payoutCsvRoute = await import("~/app/api/manage/payouts/[batchId]/csv/route");
const uploadRoute = await import("~/app/api/manage/[slug]/creatives/route");

const t = translator("en");
const evil = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
const crossSiteVariants: Record<string, string>[] = [
  { origin: "https://evil.example" },
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-site", origin: "https://sub.evil.example" },
  evil,
];

async function localeOf(userId: string) {
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return user?.locale;
}

/** A tRPC call as the browser's client sends it (not batched), by `userId`. */
function setLocale(userId: string, headers: Record<string, string>, locale = "pl") {
  session.userId = userId;
  return trpcRoute.POST(
    new Request("http://localhost/api/trpc/account.setLocale", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(superjson.serialize({ locale })),
    }),
  );
}

async function trpcMessage(response: Response) {
  const body = (await response.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
  return superjson.deserialize<{ message: string }>(body.error).message;
}

async function auditCount(programId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(eq(auditLog.programId, programId));
  return row!.n;
}

describe("cross-site requests", () => {
  let fx: Awaited<ReturnType<typeof makeProgram>>;
  beforeAll(async () => {
    fx = await makeProgram();
  });

  it("tRPC refuses a cross-site mutation (same-origin rule)", async () => {
    const user = await makeUser();
    const before = await localeOf(user.id);
    for (const headers of crossSiteVariants) {
      const response = await setLocale(user.id, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await trpcMessage(response)).toBe(t("errors.crossSite"));
    }
    expect(await localeOf(user.id)).toBe(before);

    // The app's own page passes, so the refusals above are the rule's and not a broken call.
    const own = await setLocale(user.id, { origin: appOrigin(), "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(200);
    expect(await localeOf(user.id)).toBe("pl");
  });

  it("tRPC refuses a mutation whose body is not JSON (JSON content-type rule)", async () => {
    const user = await makeUser();
    const before = await localeOf(user.id);
    // What another site's plain form can send; multipart would reach the procedure in tRPC.
    for (const type of [
      "text/plain",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
    ]) {
      const response = await setLocale(user.id, { "content-type": type });
      expect(response.status, type).toBe(415);
      expect(await trpcMessage(response)).toBe(t("errors.jsonRequired"));
    }
    const form = new FormData();
    form.set("locale", "ru");
    session.userId = user.id;
    const multipart = await trpcRoute.POST(
      new Request("http://localhost/api/trpc/account.setLocale", { method: "POST", body: form }),
    );
    expect(multipart.status).toBe(415);
    expect(await localeOf(user.id)).toBe(before);
  });

  it("the CSV export route refuses a cross-site POST (same-origin rule)", async () => {
    const before = await auditCount(fx.program.id);
    session.userId = fx.manager.id;
    const post = (headers: Record<string, string>) =>
      exportRoute.POST(
        new Request(`http://localhost/api/manage/${fx.program.slug}/export/conversions`, {
          method: "POST",
          headers,
        }),
        { params: Promise.resolve({ slug: fx.program.slug, table: "conversions" }) },
      );
    for (const headers of crossSiteVariants) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toBe(t("errors.crossSite"));
    }
    expect(await auditCount(fx.program.id)).toBe(before);
    const own = await post({ origin: appOrigin(), "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(200);
    await own.body?.cancel();
  });

  it("the payout batch CSV route refuses a cross-site POST (same-origin rule)", async () => {
    const [batch] = await db
      .insert(payoutBatches)
      .values({ programId: fx.program.id, createdBy: fx.manager.id })
      .returning();
    const before = await auditCount(fx.program.id);
    session.userId = fx.manager.id;
    const post = (headers: Record<string, string>) =>
      payoutCsvRoute.POST(
        new Request(
          `http://localhost/api/manage/payouts/${batch!.id}/csv?programId=${fx.program.id}`,
          { method: "POST", headers },
        ),
        { params: Promise.resolve({ batchId: batch!.id }) },
      );
    for (const headers of crossSiteVariants) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toBe(t("errors.crossSite"));
    }
    expect(await auditCount(fx.program.id)).toBe(before);
    const own = await post({ origin: appOrigin() });
    expect(own.status).toBe(200);
    expect(await auditCount(fx.program.id)).toBe(before + 1);
  });

  it("the creative upload route refuses a cross-site POST (same-origin rule)", async () => {
    session.userId = fx.manager.id;
    const form = new FormData();
    form.set("kind", "ad_copy");
    form.set("name", "Cross-site copy");
    form.set("body", "Buy now");
    const response = await uploadRoute.POST(
      new Request(`http://localhost/api/manage/${fx.program.slug}/creatives`, {
        method: "POST",
        headers: evil,
        body: form,
      }),
      { params: Promise.resolve({ slug: fx.program.slug }) },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: t("errors.crossSite") });
  });
});

describe("no GET changes state", () => {
  it("the CSV export answers GET with 405 and audits nothing (POST only)", async () => {
    const fx = await makeProgram();
    session.userId = fx.manager.id;
    const before = await auditCount(fx.program.id);
    const response = await exportRoute.GET(
      new Request(`http://localhost/api/manage/${fx.program.slug}/export/conversions`, {
        headers: { "sec-fetch-site": "same-origin" },
      }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.text()).toBe(t("errors.postRequired"));
    expect(await auditCount(fx.program.id)).toBe(before);
  });

  it("the payout batch CSV answers GET with 405 and audits nothing (POST only)", async () => {
    const fx = await makeProgram();
    const [batch] = await db
      .insert(payoutBatches)
      .values({ programId: fx.program.id, createdBy: fx.manager.id })
      .returning();
    const before = await auditCount(fx.program.id);
    session.userId = fx.manager.id;
    const response = await payoutCsvRoute.GET(
      new Request(
        `http://localhost/api/manage/payouts/${batch!.id}/csv?programId=${fx.program.id}`,
      ),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await auditCount(fx.program.id)).toBe(before);
  });

  it("reading a lesson records nothing; the player's openLesson mutation does (lesson progress)", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, quizId } = await makeCourse(manager.id, program.id);
    const { user, enrollment } = await makePartner(program.id);
    const progress = () =>
      db
        .select({ lastLessonId: courseProgress.lastLessonId })
        .from(courseProgress)
        .where(
          and(
            eq(courseProgress.enrollmentId, enrollment.id),
            eq(courseProgress.courseId, courseId),
          ),
        );
    const academy = callerFor(user.id).partner.academy;

    // What the lesson page (a server component) calls.
    await academy.getLesson({ courseId, lessonId: quizId });
    expect(await progress()).toEqual([]);

    // tRPC itself refuses the mutation over GET (a prefetch or a link cannot send it).
    session.userId = user.id;
    const input = encodeURIComponent(
      JSON.stringify(superjson.serialize({ courseId, lessonId: quizId })),
    );
    const overGet = await trpcRoute.GET(
      new Request(`http://localhost/api/trpc/partner.academy.openLesson?input=${input}`),
    );
    expect(overGet.status).toBe(405);
    expect(await progress()).toEqual([]);

    await academy.openLesson({ courseId, lessonId: quizId });
    expect(await progress()).toEqual([{ lastLessonId: quizId }]);
  });
});
