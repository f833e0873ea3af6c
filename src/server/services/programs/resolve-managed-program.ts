import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { programMembers, programs } from "~/server/db/schema";
import { can, type ManagerAction } from "~/server/auth/permissions";
import { forbidden, notFound } from "~/server/errors";

/**
 * The program and the caller's role in it, found only through the caller's own membership:
 * a program they do not manage answers NOT_FOUND, exactly as one that does not exist; a role
 * without `action` is FORBIDDEN. The one manager check, used by the procedure ladder and by
 * the route handlers whose URLs name the program by slug (uploads, exports).
 */
export async function resolveManagedProgram(
  db: Executor,
  userId: string,
  ref: { programId: string } | { slug: string },
  action: ManagerAction,
) {
  const [row] = await db
    .select({ program: programs, role: programMembers.role })
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .where(
      and(
        eq(programMembers.userId, userId),
        "programId" in ref ? eq(programs.id, ref.programId) : eq(programs.slug, ref.slug),
      ),
    )
    .limit(1);
  if (!row) throw notFound("program");
  if (!can(row.role, action)) throw forbidden();
  return row;
}
