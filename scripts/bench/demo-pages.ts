/**
 * How fast the demo's pages answer once built: every partner and manager page of the app
 * (found from src/app, ids taken from the demo data), each requested signed in as the demo
 * partner or manager, once to warm it and then SAMPLES times; demo_page_p95_ms is the 95th
 * percentile of all those answers, full body read. /api/health, timed the same way in the
 * same run, is the baseline: what any request costs on this machine.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { chromium } from "@playwright/test";
import { createDb } from "~/server/db/client";
import { urlFor } from "~/server/db/embedded";
import {
  contests,
  courses,
  enrollments,
  lessons,
  newsletters,
  programs,
  webinars,
} from "~/server/db/schema/index";
import { startDemoServer } from "./demo-server";
import { percentile } from "./percentiles";

const CHROMIUM = process.env.RALLY_CHROMIUM ?? "/usr/bin/chromium";
const SAMPLES = 5;

type Role = "partner" | "manager";
const AREAS: Record<Role, string> = { partner: "src/app/(partner)", manager: "src/app/(manager)" };

/** Every page.tsx under `dir` as a route pattern ("/portal/academy/[courseId]"). */
export function pageRoutes(dir: string, prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      // Route groups "(name)" add nothing to the address.
      const segment = /^\(.*\)$/.test(entry) ? "" : `/${entry}`;
      routes.push(...pageRoutes(full, prefix + segment));
    } else if (entry === "page.tsx") {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

/** The demo program's ids for each route parameter: the first of each kind. */
async function demoParameters(databaseUrl: string): Promise<Record<string, string>> {
  const { db, sql } = createDb(databaseUrl, { max: 1 });
  try {
    const [program] = await db.select().from(programs).where(eq(programs.slug, "demo"));
    if (!program) throw new Error("the demo program is missing");
    const first = <T extends { id: string }>(rows: T[], what: string) => {
      if (!rows[0]) throw new Error(`the demo data has no ${what}`);
      return rows[0].id;
    };
    const courseId = first(
      await db
        .select({ id: courses.id })
        .from(courses)
        .where(and(eq(courses.programId, program.id), eq(courses.status, "published")))
        .orderBy(asc(courses.position)),
      "published course",
    );
    return {
      slug: "demo",
      courseId,
      lessonId: first(
        await db
          .select({ id: lessons.id })
          .from(lessons)
          .where(eq(lessons.courseId, courseId))
          .orderBy(asc(lessons.position)),
        "lesson",
      ),
      contestId: first(
        await db
          .select({ id: contests.id })
          .from(contests)
          .where(eq(contests.programId, program.id)),
        "contest",
      ),
      newsletterId: first(
        await db
          .select({ id: newsletters.id })
          .from(newsletters)
          .where(eq(newsletters.programId, program.id)),
        "newsletter",
      ),
      enrollmentId: first(
        await db
          .select({ id: enrollments.id })
          .from(enrollments)
          .where(and(eq(enrollments.programId, program.id), eq(enrollments.status, "approved"))),
        "approved partner",
      ),
      webinarId: first(
        await db
          .select({ id: webinars.id })
          .from(webinars)
          .where(eq(webinars.programId, program.id)),
        "webinar",
      ),
    };
  } finally {
    await sql.end();
  }
}

function fill(route: string, values: Record<string, string>): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`no demo value for [${name}] in ${route}`);
    return value;
  });
}

/** The demo sign-in in a real browser; returns the session's Cookie header. */
async function sessionCookie(base: string, role: Role): Promise<string> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/signin`);
    await page.getByRole("button", { name: `Sign in as the demo ${role}` }).click();
    await page.waitForURL(role === "partner" ? /\/portal/ : /\/manage/, { timeout: 60_000 });
    const cookies = await page.context().cookies();
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/**
 * Milliseconds until the whole answer is read, redirects followed (a page that moved is timed
 * as a visitor waits for it); throws unless it ends in a 200 that is not the sign-in page.
 */
async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200 || new URL(response.url).pathname.startsWith("/signin")) {
    throw new Error(`${url} answered ${response.status} at ${response.url}`);
  }
  return ms;
}

export async function benchDemoPages(log: (line: string) => void) {
  const demo = await startDemoServer(log);
  try {
    const values = await demoParameters(urlFor(demo.dbPort));
    const pages: Record<string, number> = {};
    const all: number[] = [];
    const baseline: number[] = [];
    for (const role of ["partner", "manager"] as const) {
      const cookie = await sessionCookie(demo.base, role);
      for (const route of pageRoutes(AREAS[role])) {
        const url = demo.base + fill(route, values);
        await timed(url, cookie);
        const samples: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          samples.push(await timed(url, cookie));
          baseline.push(await timed(`${demo.base}/api/health`, ""));
        }
        all.push(...samples);
        pages[`${role} ${route}`] = Math.round(percentile(samples, 95));
      }
    }
    const slowest = Object.entries(pages).sort((a, b) => b[1] - a[1]);
    log(
      `  ${Object.keys(pages).length} pages; slowest: ${slowest
        .slice(0, 3)
        .map(([p, ms]) => `${p} ${ms} ms`)
        .join(", ")}`,
    );
    return {
      figures: {
        demo_page_p95_ms: Math.round(percentile(all, 95)),
        demo_baseline_p95_ms: Math.round(percentile(baseline, 95) * 10) / 10,
      },
      details: { samplesPerPage: SAMPLES, pages: Object.fromEntries(slowest) },
    };
  } finally {
    await demo.stop();
  }
}
