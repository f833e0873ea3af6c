import { describe, expect, it } from "vitest";
import type { CsvCell } from "~/lib/csv";
import { csvRows, csvStream } from "./csv-stream";

const decode = (chunks: Uint8Array[]) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    Buffer.concat(chunks.map((chunk) => Buffer.from(chunk))),
  );

async function readAll(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
  }
  return chunks;
}

describe("csvRows", () => {
  it("writes rows without a header, escaped and neutralised", () => {
    expect(csvRows([["a,b", 1n, null, "=1+1"]])).toBe(`"a,b",1,,'=1+1\r\n`);
    expect(csvRows([])).toBe("");
  });
});

describe("csvStream", () => {
  it("starts with the byte-order mark and the header, then each page", async () => {
    async function* pages(): AsyncGenerator<CsvCell[][]> {
      yield [["1", 2]];
      yield [];
      yield [["3", 4]];
    }
    const bytes = await readAll(csvStream(["x", "y"], pages()));
    expect([...bytes[0]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe("\uFEFFx,y\r\n1,2\r\n3,4\r\n");
  });

  it("reads a page only when the reader wants more, and stops when it goes away", async () => {
    const fetched: number[] = [];
    let closed = false;
    async function* pages(): AsyncGenerator<CsvCell[][]> {
      try {
        for (let n = 1; n <= 100; n++) {
          fetched.push(n);
          yield [[n]];
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(["n"], pages()).getReader();
    await reader.read(); // the header
    await reader.read(); // page 1
    expect(fetched.length).toBeLessThan(5);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("errors the download when a page fails, so it never looks complete", async () => {
    async function* pages(): AsyncGenerator<CsvCell[][]> {
      yield [["ok"]];
      throw new Error("database went away");
    }
    await expect(readAll(csvStream(["n"], pages()))).rejects.toThrow("database went away");
  });
});
