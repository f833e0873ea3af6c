import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { announcements, enrollments, programs } from "~/server/db/schema";
import { renderMarkdown } from "~/server/markdown/render-markdown";
import type { ActorContext, ProgramContext } from "../context";
import type { AnnouncementKind } from "~/lib/announcements";
import { ANNOUNCEMENTS_PAGE } from "./announcement-input";

async function page(db: Executor, where: ReturnType<typeof and>, pageNumber: number) {
  const rows = await db
    .select({
      id: announcements.id,
      kind: announcements.kind,
      title: announcements.title,
      body: announcements.body,
      data: announcements.data,
      createdAt: announcements.createdAt,
      emailedAt: announcements.emailedAt,
      program: { name: programs.name, slug: programs.slug, currency: programs.currency },
      imageHosts: programs.allowedImageHosts,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(announcements)
    .innerJoin(programs, eq(programs.id, announcements.programId))
    .where(where)
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(ANNOUNCEMENTS_PAGE)
    .offset((pageNumber - 1) * ANNOUNCEMENTS_PAGE);
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ total: _total, body, imageHosts, ...row }) => ({
      ...row,
      kind: row.kind as AnnouncementKind,
      // Managers write markdown; only sanitized HTML leaves the server.
      html: body ? renderMarkdown(body, imageHosts) : "",
    })),
    page: pageNumber,
    pageCount: Math.max(1, Math.ceil(total / ANNOUNCEMENTS_PAGE)),
    total,
  };
}

/** The program's announcements for its managers, newest first. */
export function listManagedAnnouncements(ctx: ProgramContext, input: { page: number }) {
  return page(ctx.db, and(eq(announcements.programId, ctx.program.id)), input.page);
}

/**
 * News of the programs where the caller is an approved partner, newest first; `programSlug`
 * only narrows among those, so another program's slug answers an empty list.
 */
export async function listPartnerAnnouncements(
  ctx: ActorContext,
  input: { page: number; programSlug?: string },
) {
  const mine = ctx.db
    .select({ programId: enrollments.programId })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.partnerId, ctx.userId),
        eq(enrollments.status, "approved"),
        input.programSlug ? eq(programs.slug, input.programSlug) : undefined,
      ),
    );
  return page(ctx.db, and(inArray(announcements.programId, mine)), input.page);
}
