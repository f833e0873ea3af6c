import QRCode from "qrcode";

// Medium error correction survives a logo sticker or a crease; a 2-module margin is enough
// on the white cards the portal shows it on.
const options = { errorCorrectionLevel: "M", margin: 2 } as const;

/** A QR code of `text` as an SVG document (scales to any size, prints sharp). */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...options, type: "svg" });
}

/** A QR code of `text` as a PNG data URL, for people who need a bitmap to download. */
export function qrCodePng(text: string, width = 512): Promise<string> {
  return QRCode.toDataURL(text, { ...options, type: "image/png", width });
}
