import { DomainError } from "~/server/errors";
import { acceptedTypes, maxFileBytes, typeLabels, type FileKind } from "~/lib/validation/creatives";

/**
 * The limits an upload must respect, as pure checks. Each refusal is a BAD_REQUEST whose key
 * names a message under "errors.creative", so the person uploading reads what to change.
 */

const MiB = 1024 * 1024;

/** No side longer than this, and no more pixels than this in total (decompression bombs). */
export const MAX_IMAGE_SIDE = 8000;
export const MAX_IMAGE_PIXELS = 50_000_000;

export const zipLimits = {
  entries: 1000,
  uncompressedBytes: 100 * MiB,
  /** Larger than a hand-made zip ever compresses; a stream of zeros does 1000:1. */
  ratio: 100,
  /** Tiny entries (a blank text file) can compress well without being dangerous. */
  ratioAppliesFrom: MiB,
} as const;

export function uploadRefused(key: string, params: Record<string, string | number> = {}) {
  return new DomainError("BAD_REQUEST", `creative.${key}`, params);
}

const megabytes = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export function checkFileSize(kind: FileKind, size: number): void {
  if (size === 0) throw uploadRefused("empty");
  if (size > maxFileBytes[kind]) {
    throw uploadRefused("tooLarge", { size: megabytes(size), max: megabytes(maxFileBytes[kind]) });
  }
}

/** "PNG, JPEG, WebP, GIF, SVG": file type names read the same in every language. */
export function allowedTypeList(kind: FileKind): string {
  return acceptedTypes[kind].map((mime) => typeLabels[mime] ?? mime).join(", ");
}

/** The detected type when the kind accepts it; refused whatever the file's name claimed. */
export function checkType<T extends { mimeType: string }>(kind: FileKind, detected: T | null): T {
  if (!detected || !acceptedTypes[kind].includes(detected.mimeType)) {
    throw uploadRefused("wrongType", { allowed: allowedTypeList(kind) });
  }
  return detected;
}

export function checkImageDimensions(width: number, height: number): void {
  if (width < 1 || height < 1) throw uploadRefused("unreadableImage");
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw uploadRefused("imageTooLarge", {
      width,
      height,
      maxSide: MAX_IMAGE_SIDE,
      maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000,
    });
  }
}

export type ZipEntrySizes = { compressedSize: number; uncompressedSize: number };

/**
 * Running totals over a zip's entries, checked as each entry is read so a hostile archive is
 * refused at the first entry that crosses a limit, without reading the rest.
 */
export function zipChecker() {
  let entries = 0;
  let total = 0;
  return (entry: ZipEntrySizes) => {
    entries += 1;
    total += entry.uncompressedSize;
    if (entries > zipLimits.entries) {
      throw uploadRefused("zipTooManyEntries", { max: zipLimits.entries });
    }
    if (total > zipLimits.uncompressedBytes) {
      throw uploadRefused("zipTooLarge", { max: megabytes(zipLimits.uncompressedBytes) });
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= zipLimits.ratioAppliesFrom && ratio > zipLimits.ratio) {
      throw uploadRefused("zipBomb", { ratio: zipLimits.ratio });
    }
  };
}
