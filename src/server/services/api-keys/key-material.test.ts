import { describe, expect, it } from "vitest";
import { hashApiKey, looksLikeApiKey, newApiKey, newSigningSecret } from "./key-material";

describe("API key material", () => {
  it("makes rk_ keys with a short display prefix and a SHA-256 hex hash", () => {
    const { key, prefix, hash } = newApiKey();
    expect(key).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(11);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hash);
  });

  it("never repeats a key", () => {
    const keys = new Set(Array.from({ length: 100 }, () => newApiKey().key));
    expect(keys.size).toBe(100);
  });

  it("recognises the key shape only", () => {
    expect(looksLikeApiKey(newApiKey().key)).toBe(true);
    expect(looksLikeApiKey("rk_short")).toBe(false);
    expect(looksLikeApiKey(`sk_${"a".repeat(43)}`)).toBe(false);
    expect(looksLikeApiKey(`rk_${"a".repeat(42)}!`)).toBe(false);
  });

  it("makes whsec_ signing secrets", () => {
    expect(newSigningSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(newSigningSecret());
  });
});
