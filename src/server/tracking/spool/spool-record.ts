import { crc32 } from "node:zlib";
import type { ClickEvent } from "../record-events";

/*
 * One spooled click per line: eight hex digits of the CRC-32 of the JSON, a space, the JSON,
 * a newline. A process killed mid-write leaves at most a torn last line; its missing newline
 * or wrong checksum gives it away, and the reader skips it instead of replaying garbage.
 */

type Stored = Omit<ClickEvent, "kind">;

export function encodeClick(event: ClickEvent): string {
  const { kind: _kind, ...stored } = event;
  const json = JSON.stringify(stored satisfies Stored);
  return `${checksum(json)} ${json}\n`;
}

export type DecodedSpool = { clicks: ClickEvent[]; skipped: number };

/** Every intact record of a spool file's text, in order; damaged ones are counted, not thrown. */
export function decodeClicks(text: string): DecodedSpool {
  const clicks: ClickEvent[] = [];
  let skipped = 0;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    // No newline: the last write was cut short.
    const line = end === -1 ? null : text.slice(start, end);
    start = end === -1 ? text.length : end + 1;
    const click = line === null ? null : decodeLine(line);
    if (click) clicks.push(click);
    else skipped++;
  }
  return { clicks, skipped };
}

function decodeLine(line: string): ClickEvent | null {
  if (line.length < 10 || line[8] !== " ") return null;
  const json = line.slice(9);
  if (checksum(json) !== line.slice(0, 8)) return null;
  try {
    const stored = JSON.parse(json) as Stored;
    if (typeof stored.id !== "string" || typeof stored.occurredAt !== "number") return null;
    return { kind: "click", ...stored };
  } catch {
    return null;
  }
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, "0");
}
