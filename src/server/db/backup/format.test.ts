import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectFormat, qualified } from "./format";
import { LineReader } from "./line-reader";
import { majorOf } from "./pg-tools";

describe("detectFormat", () => {
  it("tells Rally's gzip backup from pg_dump's custom format by the first bytes", () => {
    expect(detectFormat(gzipSync("{}\n"))).toBe("rally");
    expect(detectFormat(Buffer.from("PGDMP\x01\x10\x00"))).toBe("pg_dump");
    expect(detectFormat(Buffer.from("-- PostgreSQL database dump"))).toBeNull();
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe("majorOf", () => {
  it("reads the major version from --version output", () => {
    expect(majorOf("pg_dump (PostgreSQL) 18.1\n")).toBe(18);
    expect(majorOf("pg_restore (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toBe(15);
    expect(majorOf("something else")).toBeNull();
  });
});

describe("qualified", () => {
  it("quotes both parts, doubling quotes inside", () => {
    expect(qualified("public", 'odd"name')).toBe('"public"."odd""name"');
  });
});

describe("LineReader", () => {
  it("hands out lines across chunk boundaries and multibyte characters, then null", async () => {
    const text = "zażółć\tgęślą\n\\.\nlast";
    const bytes = Buffer.from(text);
    // One byte at a time: every line and every character is split across chunks.
    const stream = Readable.from([...bytes].map((byte) => Buffer.from([byte])));
    const reader = new LineReader(stream);
    expect(await reader.next()).toBe("zażółć\tgęślą");
    expect(await reader.next()).toBe("\\.");
    expect(await reader.next()).toBe("last");
    expect(await reader.next()).toBeNull();
  });
});
