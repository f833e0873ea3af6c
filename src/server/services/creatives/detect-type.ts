import { fileTypeFromBuffer } from "file-type";
import { sanitizeSvg } from "./sanitize-svg";

export type DetectedType =
  | { mimeType: string; extension: string; svg?: undefined }
  | { mimeType: "image/svg+xml"; extension: "svg"; svg: { text: string; changed: boolean } };

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The file's type read from its bytes, never from its name or the browser's claim. Binary
 * formats are recognised by their signatures (file-type); SVG is text, so it is recognised by
 * being valid UTF-8 that parses as an SVG document, and comes back sanitized.
 */
export async function detectType(bytes: Uint8Array): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found && found.mime !== "application/xml") {
    return { mimeType: found.mime, extension: found.ext };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  const svg = sanitizeSvg(text);
  if (!svg) return null;
  return {
    mimeType: "image/svg+xml",
    extension: "svg",
    svg: { text: svg.svg, changed: svg.changed },
  };
}
