import sharp, { type Metadata } from "sharp";
import { checkImageDimensions, MAX_IMAGE_PIXELS, uploadRefused } from "./upload-rules";

/** Thumbnails fit in this box: enough for a card in the library, light on a phone. */
export const THUMBNAIL_SIZE = 320;

export type InspectedImage = { width: number; height: number; thumbnail: Uint8Array };

/**
 * Reads an image's dimensions from its header, refuses oversized ones before decoding a
 * single pixel (a 100 000 × 100 000 PNG can be a few kilobytes), then renders a WebP
 * thumbnail with the decoder's own pixel limit as a second guard. SVG goes through the same
 * path: sharp rasterizes it without fetching anything.
 */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" } as const;
  let meta: Metadata;
  try {
    // Reading the header decodes no pixels; the limit is ours to check, with the real size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw uploadRefused("unreadableImage");
  }
  // Photos taken sideways report their stored size; people see (and embed) the upright one.
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw uploadRefused("unreadableImage");
  checkImageDimensions(width, height);
  try {
    const thumbnail = await sharp(bytes, options)
      .autoOrient()
      .resize({
        width: THUMBNAIL_SIZE,
        height: THUMBNAIL_SIZE,
        fit: "inside",
        withoutEnlargement: true,
      })
      .webp({ quality: 80 })
      .toBuffer();
    return { width, height, thumbnail: new Uint8Array(thumbnail) };
  } catch {
    // A header that promised a valid image over a body that is not one.
    throw uploadRefused("unreadableImage");
  }
}
