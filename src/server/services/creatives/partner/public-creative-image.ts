import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { creatives } from "~/server/db/schema";
import { PUBLIC_IMAGE_TYPES } from "~/lib/creative-urls";

/**
 * The stored image behind a public embed address, or null. Only live banners and logos with
 * an image type qualify: documents, text and archived creatives are never public. The id is
 * a random uuid that only partners of the program were given, which is what makes serving it
 * without a session acceptable: a banner is meant to be seen by anyone visiting their site.
 */
export async function findPublicCreativeImage(db: Executor, creativeId: string) {
  const [row] = await db
    .select({
      storageKey: creatives.storageKey,
      mimeType: creatives.mimeType,
      createdAt: creatives.createdAt,
    })
    .from(creatives)
    .where(
      and(
        eq(creatives.id, creativeId),
        isNull(creatives.archivedAt),
        inArray(creatives.kind, ["banner", "logo"]),
        inArray(creatives.mimeType, PUBLIC_IMAGE_TYPES),
      ),
    );
  if (!row?.storageKey || !row.mimeType) return null;
  return { storageKey: row.storageKey, mimeType: row.mimeType, createdAt: row.createdAt };
}
