import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientIp, createIpHasher, hashIp } from "./ip-hash";

const SECRET = "a-test-secret-of-some-length";
const NOON = Date.UTC(2025, 4, 14, 12);
const DAY = 86_400_000;

describe("IP hashing", () => {
  it("is HMAC-SHA256 of the address under a key derived from the secret and the UTC day", () => {
    const key = createHmac("sha256", SECRET).update("ip:2025-05-14").digest();
    const expected = createHmac("sha256", key).update("198.51.100.7").digest("hex").slice(0, 32);
    expect(hashIp(SECRET, "198.51.100.7", NOON)).toBe(expected);
    expect(createIpHasher(SECRET)("198.51.100.7", NOON)).toBe(expected);
  });

  it("links one day's visits but not another day's, and never contains the address", () => {
    const hash = createIpHasher(SECRET);
    const morning = hash("198.51.100.7", Date.UTC(2025, 4, 14, 0, 0, 1));
    expect(hash("198.51.100.7", Date.UTC(2025, 4, 14, 23, 59, 59))).toBe(morning);
    expect(hash("198.51.100.7", NOON + DAY)).not.toBe(morning);
    expect(hash("198.51.100.8", NOON)).not.toBe(morning);
    expect(morning).toMatch(/^[0-9a-f]{32}$/);
    expect(morning).not.toContain("198");
  });

  it("depends on the secret", () => {
    expect(hashIp("another-secret-entirely", "198.51.100.7", NOON)).not.toBe(
      hashIp(SECRET, "198.51.100.7", NOON),
    );
  });
});

describe("clientIp", () => {
  it("uses the socket address unless the proxy is trusted", () => {
    expect(clientIp("10.0.0.5", "203.0.113.9", 0)).toBe("10.0.0.5");
    expect(clientIp("10.0.0.5", "203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientIp("10.0.0.5", " 2001:db8::1 ,10.0.0.1", 2)).toBe("2001:db8::1");
  });

  it("takes the entry the trusted proxies wrote, never one the client put before it", () => {
    expect(clientIp("10.0.0.5", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("10.0.0.5", ["6.6.6.6", "203.0.113.9, 10.0.0.1"], 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: the leftmost is the furthest address known.
    expect(clientIp("10.0.0.5", "203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it("ignores a forwarded value that is not an address", () => {
    expect(clientIp("10.0.0.5", "203.0.113.9, evil", 1)).toBe("10.0.0.5");
    expect(clientIp("10.0.0.5", "", 1)).toBe("10.0.0.5");
    expect(clientIp("10.0.0.5", undefined, 1)).toBe("10.0.0.5");
  });

  it("unwraps IPv4-mapped IPv6 addresses", () => {
    expect(clientIp("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientIp("::1", undefined, 0)).toBe("::1");
    expect(clientIp(undefined, undefined, 0)).toBe("");
  });
});
