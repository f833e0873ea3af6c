import { z } from "zod";

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[a-f0-9]{6,20}$/i;
const LOOM_ID = /^[A-Za-z0-9]{10,64}$/;

/**
 * The embeddable player address of a video on an allowlisted host (YouTube, Vimeo, Loom), or
 * null for anything else. Lessons only ever frame these players: a manager's pasted address
 * is never put in an iframe as it is, so no other site can be framed into the portal.
 */
export function videoEmbedUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);

  if (["youtube.com", "www.youtube.com", "m.youtube.com"].includes(host)) {
    const id =
      parts[0] === "watch" ? url.searchParams.get("v") : parts[0] === "embed" ? parts[1] : null;
    return id && YOUTUBE_ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : null;
  }
  if (host === "youtu.be") {
    const id = parts[0];
    return parts.length === 1 && id && YOUTUBE_ID.test(id)
      ? `https://www.youtube-nocookie.com/embed/${id}`
      : null;
  }
  if (host === "vimeo.com" || host === "www.vimeo.com") {
    return vimeo(parts[0], parts[1], parts.length <= 2);
  }
  if (host === "player.vimeo.com") {
    return parts[0] === "video"
      ? vimeo(parts[1], url.searchParams.get("h") ?? undefined, parts.length === 2)
      : null;
  }
  if (host === "loom.com" || host === "www.loom.com") {
    const id = parts[1];
    return (parts[0] === "share" || parts[0] === "embed") &&
      parts.length === 2 &&
      id &&
      LOOM_ID.test(id)
      ? `https://www.loom.com/embed/${id}`
      : null;
  }
  return null;
}

function vimeo(id: string | undefined, hash: string | undefined, shapeOk: boolean) {
  if (!shapeOk || !id || !VIMEO_ID.test(id)) return null;
  // Unlisted Vimeo videos need their hash to play.
  if (hash !== undefined && !VIMEO_HASH.test(hash)) return null;
  return `https://player.vimeo.com/video/${id}${hash ? `?h=${hash}` : ""}`;
}

/** A lesson's video field: empty means none; anything else must be an allowlisted video. */
export const videoUrlSchema = z
  .string()
  .trim()
  .max(500)
  .nullable()
  .transform((value) => value || null)
  .refine((value) => value === null || videoEmbedUrl(value) !== null, {
    error: "validation.academy.videoUrl",
  });
