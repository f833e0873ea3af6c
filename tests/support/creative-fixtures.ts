import { crc32, createDeflateRaw, deflateRawSync, deflateSync } from "node:zlib";
import sharp from "sharp";

/**
 * Files for upload tests, made in memory: real images of every accepted format, a minimal
 * PDF, ZIP archives written by a tiny writer (so a zip bomb needs no fixture on disk), and
 * hostile files that lie about themselves.
 */

export async function rasterImage(
  format: "png" | "jpeg" | "webp" | "gif",
  width: number,
  height: number,
): Promise<Uint8Array> {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 90, b: 200 } },
  });
  return new Uint8Array(await image.toFormat(format).toBuffer());
}

export const minimalPdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export const hostileSvg = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg [<!ENTITY lol "lol">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="250" onload="alert('load')">
  <script>alert('script')</script>
  <style>@import url(https://evil.example/x.css); .bg { fill: url(https://evil.example/p.svg#g) }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#06c"/></linearGradient></defs>
  <rect class="bg" width="300" height="250" fill="url(#g)" onclick="steal()"/>
  <a href="javascript:alert('link')"><text x="10" y="40">Click</text></a>
  <a xlink:href="https://evil.example/"><circle cx="50" cy="50" r="5"/></a>
  <use href="https://evil.example/sprite.svg#icon"/>
  <image href="https://evil.example/track.png" width="1" height="1"/>
  <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"></iframe></foreignObject>
  <animate attributeName="href" to="javascript:alert(1)"/>
</svg>`;

export const cleanSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
  <defs><path id="dot" d="M0 0h4v4H0z"/></defs>
  <rect width="120" height="40" fill="#0a6"/><use href="#dot" x="5" y="5"/>
  <text x="10" y="28" font-size="16" fill="#fff">Rally</text>
</svg>`;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid-looking PNG that claims to be width × height pixels but carries a few bytes: what a
 * decompression bomb looks like to anything that trusts the header.
 */
export function pngClaiming(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(Buffer.alloc(64))),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

export type ZipEntry = {
  name: string;
  /** Already deflated data with its uncompressed size and CRC, or plain bytes to deflate. */
  deflated?: { data: Buffer; size: number; crc: number };
  content?: Uint8Array;
};

/** A ZIP archive of deflated entries (no zip64: every size below 4 GiB). */
export function zipArchive(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const content = entry.content ?? new Uint8Array();
    const packed = entry.deflated ?? {
      data: deflateRawSync(content),
      size: content.length,
      crc: crc32(content),
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.data.length, 18);
    local.writeUInt32LE(packed.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.data.length, 20);
    central.writeUInt32LE(packed.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.data);
    centrals.push(central, name);
    offset += local.length + name.length + packed.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `size` bytes of zeros deflated without ever holding them in memory at once. */
export async function deflatedZeros(size: number): Promise<ZipEntry["deflated"] & {}> {
  const block = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  let crc = 0;
  for (let written = 0; written < size; written += block.length) {
    const piece = block.subarray(0, Math.min(block.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(parts), size, crc };
}

/** A ZIP that unpacks a few hundred kilobytes into `megabytes` MiB of zeros. */
export async function zipBomb(megabytes: number): Promise<Uint8Array> {
  return zipArchive([
    { name: "readme.txt", content: new TextEncoder().encode("Nothing to see here.") },
    { name: "zeros.bin", deflated: await deflatedZeros(megabytes * 1024 * 1024) },
  ]);
}
