import { z } from "zod";

/**
 * Input rules of the creative library, shared by the upload form (size hints), the upload
 * route, the procedures and the demo seed. Custom messages are keys under "validation".
 */

export const creativeKinds = [
  "banner",
  "logo",
  "email_template",
  "ad_copy",
  "social_post",
  "video",
  "document",
] as const;
export type CreativeKind = (typeof creativeKinds)[number];

/** Each kind arrives one way: an uploaded file, a text typed in the form, or a video link. */
export const fileKinds = ["banner", "logo", "document"] as const;
export const textKinds = ["ad_copy", "social_post", "email_template"] as const;
export type FileKind = (typeof fileKinds)[number];
export type TextKind = (typeof textKinds)[number];
export type CreativeSource = "file" | "text" | "video";

export function sourceOf(kind: CreativeKind): CreativeSource {
  if ((fileKinds as readonly string[]).includes(kind)) return "file";
  if ((textKinds as readonly string[]).includes(kind)) return "text";
  return "video";
}

const MiB = 1024 * 1024;

/** Per-kind file size limits: images stay light enough to embed, documents may be bigger. */
export const maxFileBytes: Record<FileKind, number> = {
  banner: 5 * MiB,
  logo: 5 * MiB,
  document: 20 * MiB,
};
export const MAX_FILE_BYTES = Math.max(...Object.values(maxFileBytes));
/** What a whole multipart request may weigh: the largest file plus room for the other fields. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_FILE_BYTES + MiB;

/** Email templates are whole HTML documents; ad copy and posts are short. */
export const maxBodyChars: Record<TextKind, number> = {
  ad_copy: 5_000,
  social_post: 5_000,
  email_template: 100_000,
};

/** What the form and the error messages list as accepted, by kind. */
export const acceptedTypes: Record<FileKind, readonly string[]> = {
  banner: ["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml"],
  logo: ["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml"],
  document: ["application/pdf", "application/zip"],
};

export const typeLabels: Record<string, string> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "image/svg+xml": "SVG",
  "application/pdf": "PDF",
  "application/zip": "ZIP",
};

export const creativeNameSchema = z.string().trim().min(1).max(120);
export const creativeDescriptionSchema = z.string().trim().max(2000);

/** A BCP 47 primary language (en, pl, ru…), optionally with a region; empty means none. */
export const creativeLanguageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})?)?$/, { error: "validation.creative.language" })
  .transform((value) => value || null);

const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,31}$/u, { error: "validation.creative.tag" });

/** Up to 10 tags, lower-case, without repeats. */
export const creativeTagsSchema = z
  .array(tagSchema)
  .max(10, { error: "validation.creative.tooManyTags" })
  .transform((tags) => [...new Set(tags)]);

/** Tags as a person types them in one box: "summer, sale, 728x90". */
export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

const videoHosts = [
  "youtube.com",
  "youtube-nocookie.com",
  "youtu.be",
  "vimeo.com",
  "loom.com",
  "wistia.com",
  "wistia.net",
];

/** Video hosts we link to: a partner embeds a known player, never an arbitrary page. */
export function isAllowedVideoUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return videoHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export const videoUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(isAllowedVideoUrl, { error: "validation.creative.videoUrl" });

export const creativeMetaSchema = z.object({
  name: creativeNameSchema,
  description: creativeDescriptionSchema.default(""),
  language: creativeLanguageSchema.default(null),
  tags: creativeTagsSchema.default([]),
});
export type CreativeMeta = z.input<typeof creativeMetaSchema>;

/** Languages the form offers; the stored value is any BCP 47 primary language. */
export const suggestedLanguages = [
  "en",
  "pl",
  "ru",
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "uk",
  "cs",
] as const;
