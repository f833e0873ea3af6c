import type { FileKind } from "~/lib/validation/creatives";
import { detectType } from "./detect-type";
import { inspectImage } from "./inspect-image";
import { inspectZip } from "./inspect-zip";
import { checkFileSize, checkType } from "./upload-rules";

export type InspectedUpload = {
  mimeType: string;
  /** The extension that matches the content, whatever the uploaded name said. */
  extension: string;
  /** The bytes to store: the upload itself, or its sanitized version for SVG. */
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
  thumbnail: Uint8Array | null;
  /** True when sanitizing removed something (scripts, handlers, external references). */
  sanitized: boolean;
};

/**
 * Everything we know about an upload before anything is stored, or a BAD_REQUEST saying
 * what is wrong with it: size first (cheap), then the type from the content, then the checks
 * of that type (image dimensions, zip directory, PDF signature via file-type).
 */
export async function inspectUpload(kind: FileKind, bytes: Uint8Array): Promise<InspectedUpload> {
  checkFileSize(kind, bytes.byteLength);
  const detected = checkType(kind, await detectType(bytes));

  const base = {
    mimeType: detected.mimeType,
    extension: detected.extension,
    bytes,
    width: null,
    height: null,
    thumbnail: null,
    sanitized: false,
  };
  if (detected.svg) {
    const svg = new TextEncoder().encode(detected.svg.text);
    const image = await inspectImage(svg);
    return { ...base, ...image, bytes: svg, sanitized: detected.svg.changed };
  }
  if (detected.mimeType.startsWith("image/")) return { ...base, ...(await inspectImage(bytes)) };
  if (detected.mimeType === "application/zip") await inspectZip(bytes);
  return base;
}
