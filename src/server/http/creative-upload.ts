import { z } from "zod";
import {
  creativeKinds,
  MAX_UPLOAD_REQUEST_BYTES,
  sourceOf,
  splitTags,
} from "~/lib/validation/creatives";
import type { Db } from "~/server/db/client";
import { createCreative, type NewCreative } from "~/server/services/creatives/create-creative";
import { resolveManagedProgram } from "~/server/services/programs/resolve-managed-program";
import { uploadRefused } from "~/server/services/creatives/upload-rules";
import type { ObjectStorage } from "~/server/storage/object-storage";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { errorResponse, jsonResponse } from "./error-response";
import { readCappedBody } from "./read-capped-body";
import { assertSameOrigin } from "./same-origin";

export type RequestContext = { db: Db; userId: string | null; locale: Locale };

/**
 * POST /api/manage/{slug}/creatives: a manager adds a creative from the multipart form (a
 * file, a text or a video link). Who may upload is settled before a byte of the body is
 * read; the body is capped while it streams in; the answer is JSON in the caller's language.
 */
export async function handleCreativeUpload(
  request: Request,
  ctx: RequestContext,
  slug: string,
  deps?: { storage: ObjectStorage },
): Promise<Response> {
  const t = translator(ctx.locale);
  try {
    if (!ctx.userId) return jsonResponse({ error: t("errors.unauthorized") }, 401);
    // Uploads stay multipart (tRPC carries JSON only), so the origin alone keeps other sites' forms out.
    assertSameOrigin(request);
    const { program } = await resolveManagedProgram(ctx.db, ctx.userId, { slug }, "program.update");

    const body = await readCappedBody(request, MAX_UPLOAD_REQUEST_BYTES);
    if (!body) {
      const max = MAX_UPLOAD_REQUEST_BYTES / 1024 / 1024 - 1;
      return jsonResponse({ error: t("errors.creative.requestTooLarge", { max }) }, 413);
    }
    const form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => null);
    if (!form) return jsonResponse({ error: t("errors.badRequest") }, 400);

    const input = await creativeFromForm(form);
    const result = await createCreative({ db: ctx.db, userId: ctx.userId, program }, input, deps);
    const { creative } = result;
    return jsonResponse(
      {
        creative: {
          id: creative.id,
          kind: creative.kind,
          name: creative.name,
          mimeType: creative.mimeType,
          width: creative.width,
          height: creative.height,
          byteSize: creative.byteSize,
        },
        notified: result.notified,
        sanitized: result.sanitized,
      },
      201,
    );
  } catch (error) {
    return errorResponse(error, ctx.locale);
  }
}

const kindSchema = z.object({ kind: z.enum(creativeKinds) });

/** The form's fields as the service's input; the service validates the rest. */
async function creativeFromForm(form: FormData): Promise<NewCreative> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const { kind } = kindSchema.parse({ kind: text("kind") });
  const meta = {
    name: text("name") ?? "",
    description: text("description") ?? "",
    language: text("language") ?? "",
    tags: splitTags(text("tags") ?? ""),
  };
  const source = sourceOf(kind);
  if (source === "text")
    return { ...meta, source, kind: kind as "ad_copy", body: text("body") ?? "" };
  if (source === "video")
    return { ...meta, source, kind: "video", videoUrl: text("videoUrl") ?? "" };
  const file = form.get("file");
  // A form sent without choosing a file still carries an empty, nameless part.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    throw uploadRefused("fileRequired");
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { ...meta, source, kind: kind as "banner", file: { name: file.name, bytes } };
}
