import { and, eq, gt } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs, subscribers } from "~/server/db/schema";
import { hashConfirmToken } from "./rules";

/** The program a public subscribe form belongs to (any program can be followed). */
export async function programForSubscribe(db: Db, slug: string) {
  const [program] = await db
    .select({ id: programs.id, name: programs.name, description: programs.description })
    .from(programs)
    .where(eq(programs.slug, slug));
  return program ?? null;
}

/**
 * Whether a confirmation link is still usable, without using it: the page asks for a click
 * before confirming, because mail scanners open every link they see.
 */
export async function peekConfirmation(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ programName: programs.name })
    .from(subscribers)
    .innerJoin(programs, eq(programs.id, subscribers.programId))
    .where(
      and(
        eq(subscribers.confirmTokenHash, hashConfirmToken(token)),
        eq(subscribers.status, "pending"),
        gt(subscribers.confirmExpiresAt, now),
      ),
    );
  return row ?? null;
}
