import { sql } from "drizzle-orm";
import { z } from "zod";
import {
  creativeMetaSchema,
  fileKinds,
  maxBodyChars,
  MAX_FILE_BYTES,
  textKinds,
  videoUrlSchema,
} from "~/lib/validation/creatives";
import { creatives } from "~/server/db/schema";
import { newStorageKey, type ObjectStorage } from "~/server/storage/object-storage";
import { storage } from "~/server/storage/storage";
import { announceCreative } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { downloadName } from "./file-name";
import { inspectUpload } from "./inspect-upload";

export const newCreativeSchema = z
  .discriminatedUnion("source", [
    creativeMetaSchema.extend({
      source: z.literal("file"),
      kind: z.enum(fileKinds),
      file: z.object({
        name: z.string().max(1000),
        bytes: z
          .custom<Uint8Array>((value) => value instanceof Uint8Array)
          .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES * 2),
      }),
    }),
    creativeMetaSchema.extend({
      source: z.literal("text"),
      kind: z.enum(textKinds),
      body: z.string().trim().min(1),
    }),
    creativeMetaSchema.extend({
      source: z.literal("video"),
      kind: z.literal("video"),
      videoUrl: videoUrlSchema,
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.source === "text" && value.body.length > maxBodyChars[value.kind]) {
      ctx.addIssue({
        code: "custom",
        path: ["body"],
        message: "validation.creative.bodyTooLong",
        params: { max: maxBodyChars[value.kind] },
      });
    }
  });
export type NewCreative = z.input<typeof newCreativeSchema>;

type StoredFile = Pick<
  typeof creatives.$inferInsert,
  "storageKey" | "thumbnailKey" | "fileName" | "mimeType" | "byteSize" | "width" | "height"
>;

/**
 * A manager adds a creative: a checked file, a text, or a video link. Files are written to
 * the storage first under fresh keys, then the row, its audit entry and a notice to every
 * approved partner commit together; if anything fails the stored files are removed again, so
 * nothing is ever half-stored.
 */
export async function createCreative(
  ctx: ProgramContext,
  input: NewCreative,
  deps: { storage: ObjectStorage } = { storage: storage() },
) {
  const parsed = newCreativeSchema.parse(input);
  const storedKeys: string[] = [];
  try {
    let file: StoredFile = {};
    let sanitized = false;
    if (parsed.source === "file") {
      const upload = await inspectUpload(parsed.kind, parsed.file.bytes);
      const storageKey = newStorageKey("creatives");
      storedKeys.push(storageKey);
      await deps.storage.put(storageKey, upload.bytes, upload.mimeType);
      let thumbnailKey: string | null = null;
      if (upload.thumbnail) {
        thumbnailKey = newStorageKey("creatives");
        storedKeys.push(thumbnailKey);
        await deps.storage.put(thumbnailKey, upload.thumbnail, "image/webp");
      }
      sanitized = upload.sanitized;
      file = {
        storageKey,
        thumbnailKey,
        fileName: downloadName(parsed.file.name, upload.extension),
        mimeType: upload.mimeType,
        byteSize: upload.bytes.byteLength,
        width: upload.width,
        height: upload.height,
      };
    }
    return await ctx.db.transaction(async (tx) => {
      const [creative] = await tx
        .insert(creatives)
        .values({
          programId: ctx.program.id,
          kind: parsed.kind,
          name: parsed.name,
          description: parsed.description,
          language: parsed.language,
          tags: parsed.tags,
          body: parsed.source === "text" ? parsed.body : null,
          videoUrl: parsed.source === "video" ? parsed.videoUrl : null,
          createdById: ctx.userId,
          ...file,
        })
        .returning();
      if (!creative) throw new Error("the creative insert returned no row");
      // One statement however many partners: the notices UI reads these rows.
      const notices = await tx.execute(sql`
        insert into notifications (user_id, program_id, kind, data)
        select e.partner_id, e.program_id, 'creative.created',
               jsonb_build_object('creativeId', ${creative.id}::text,
                                  'name', ${creative.name}::text,
                                  'kind', ${creative.kind}::text)
        from enrollments e
        where e.program_id = ${ctx.program.id} and e.status = 'approved'`);
      const notified = notices.count;
      await announceCreative(tx, ctx.program.id, creative, ctx.userId);
      await recordAudit(tx, {
        programId: ctx.program.id,
        actorId: ctx.userId,
        action: "creative.created",
        targetType: "creative",
        targetId: creative.id,
        data: {
          name: creative.name,
          kind: creative.kind,
          mimeType: creative.mimeType,
          byteSize: creative.byteSize,
          sanitized,
          notified,
        },
      });
      return { creative, notified, sanitized };
    });
  } catch (error) {
    await Promise.allSettled(storedKeys.map((key) => deps.storage.delete(key)));
    throw error;
  }
}
