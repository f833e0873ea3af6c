/**
 * The name a file is offered under when downloaded: the uploader's name without any path,
 * control or quoting characters, with the extension of what the content really is (a
 * "banner.png" that is a JPEG downloads as "banner.jpg").
 */
export function downloadName(uploadedName: string, extension: string): string {
  const last = uploadedName.split(/[/\\]/).pop() ?? "";
  const cleaned = last
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const stem = cleaned
    .replace(/\.[^.]*$/, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 100)
    .trim();
  return `${stem || "creative"}.${extension}`;
}
