import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { creatives } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { EnrollmentContext } from "../../context";

/**
 * A live creative of the program whose enrollment the procedure resolved (active partners
 * only). An archived one answers NOT_FOUND like an unknown id: nothing is revealed.
 */
export async function loadPartnerCreative(
  db: Executor,
  access: EnrollmentContext,
  creativeId: string,
) {
  const [creative] = await db
    .select()
    .from(creatives)
    .where(
      and(
        eq(creatives.id, creativeId),
        eq(creatives.programId, access.program.id),
        isNull(creatives.archivedAt),
      ),
    )
    .limit(1);
  if (!creative) throw notFound("creative");
  return { creative, program: access.program, enrollment: access.enrollment };
}
