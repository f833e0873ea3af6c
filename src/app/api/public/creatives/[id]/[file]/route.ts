import { z } from "zod";
import { getDb } from "~/server/db/client";
import { findPublicCreativeImage } from "~/server/services/creatives/partner/public-creative-image";
import { storage } from "~/server/storage/storage";

/*
 * The image of a banner or logo for embed codes on partners' sites, mail and posts: those
 * load it with no session, so this route is public. What keeps it acceptable:
 * - only live (not archived) banners and logos of an image type are served; documents, text
 *   and everything else stay behind the signed-in /api/creatives/{id}/file route;
 * - the creative is chosen by its random uuid, which only the program's partners are given;
 *   the file-name segment is decoration and ignored;
 * - the same defensive headers as the signed-in route: the stored type (checked by content at
 *   upload), nosniff, and a sandboxing CSP, so even an SVG (sanitized at upload) opened on
 *   its own runs nothing;
 * - Cross-Origin-Resource-Policy allows other sites to show it, which is its whole purpose.
 */

const paramsSchema = z.object({ id: z.uuid(), file: z.string().max(200) });

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

export async function GET(
  request: Request,
  context: { params: Promise<{ id: string; file: string }> },
) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return notFound();
  const image = await findPublicCreativeImage(getDb(), parsed.data.id.toLowerCase());
  if (!image) return notFound();
  // Keys are never reused for other bytes, so the key is a strong validator.
  const etag = `"${image.storageKey.replaceAll("/", "-")}"`;
  const headers = {
    "content-type": image.mimeType,
    "content-disposition": "inline",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "cross-origin-resource-policy": "cross-origin",
    // A day in shared caches: archiving a creative takes it down within that time.
    "cache-control": "public, max-age=3600, s-maxage=86400",
    etag,
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  const object = await storage().get(image.storageKey);
  if (!object) return notFound();
  return new Response(Buffer.from(object.body), {
    headers: { ...headers, "content-length": String(object.body.byteLength) },
  });
}
