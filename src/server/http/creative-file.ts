import { z } from "zod";
import type { Db } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { creativeForViewer } from "~/server/services/creatives/creative-for-viewer";
import type { ObjectStorage } from "~/server/storage/object-storage";
import { storage } from "~/server/storage/storage";
import {
  dispositionFor,
  fileCacheControl,
  fileResponseHeaders,
  fileSecurityHeaders,
} from "./file-headers";

const notFoundResponse = () =>
  new Response("Not found", {
    status: 404,
    headers: { ...fileSecurityHeaders, "content-type": "text/plain; charset=utf-8" },
  });

/**
 * GET /api/creatives/{id}/file (add ?download=1 to download) and …/thumbnail: the stored
 * bytes, for the program's managers and its approved partners only; everyone else gets the
 * same 404 as for a creative that does not exist.
 */
export async function serveCreativeFile(
  request: Request,
  ctx: { db: Db; userId: string | null },
  creativeId: string,
  variant: "file" | "thumbnail",
  deps: { storage: ObjectStorage } = { storage: storage() },
): Promise<Response> {
  if (!z.uuid().safeParse(creativeId).success) return notFoundResponse();
  let creative: Awaited<ReturnType<typeof creativeForViewer>>;
  try {
    creative = await creativeForViewer(ctx.db, ctx.userId, creativeId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const key = variant === "file" ? creative.storageKey : creative.thumbnailKey;
  if (!key) return notFoundResponse();

  // Keys are never reused, so the key is the validator.
  const etag = `"${key.slice(key.lastIndexOf("/") + 1)}"`;
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, {
      status: 304,
      headers: { ...fileSecurityHeaders, etag, "cache-control": fileCacheControl },
    });
  }
  const object = await deps.storage.get(key);
  if (!object) {
    console.error("[rally] creative file missing from storage", { creativeId, key });
    return notFoundResponse();
  }
  const url = new URL(request.url);
  const disposition = dispositionFor({
    variant,
    mimeType: object.contentType,
    download: url.searchParams.get("download") === "1",
    fetchDest: request.headers.get("sec-fetch-dest"),
  });
  const baseName = creative.fileName ?? "creative";
  const fileName =
    variant === "file" ? baseName : `${baseName.replace(/\.[^.]*$/, "")}-thumbnail.webp`;
  return new Response(object.body as Uint8Array<ArrayBuffer>, {
    headers: fileResponseHeaders({
      contentType: object.contentType,
      disposition,
      fileName,
      etag,
      length: object.body.byteLength,
    }),
  });
}
