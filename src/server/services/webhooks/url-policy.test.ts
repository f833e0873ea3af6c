import { describe, expect, it } from "vitest";
import { checkWebhookHost } from "./resolve-host";
import { checkWebhookUrl, isPublicAddress, webhookUrlPolicy } from "./url-policy";

const production = { allowLocal: false };
const development = { allowLocal: true };

describe("webhookUrlPolicy", () => {
  it("allows local receivers in development and tests, or when told to", () => {
    expect(webhookUrlPolicy({ NODE_ENV: "production" })).toEqual({ allowLocal: false });
    expect(webhookUrlPolicy({ NODE_ENV: "test" })).toEqual({ allowLocal: true });
    expect(webhookUrlPolicy({ NODE_ENV: "development" })).toEqual({ allowLocal: true });
    // Unset (a worker under plain tsx) is treated as production.
    expect(webhookUrlPolicy({})).toEqual({ allowLocal: false });
    expect(webhookUrlPolicy({ NODE_ENV: "production", RALLY_WEBHOOKS_ALLOW_LOCAL: true })).toEqual({
      allowLocal: true,
    });
  });
});

describe("checkWebhookUrl", () => {
  it("accepts an https URL and drops its fragment", () => {
    expect(checkWebhookUrl(" https://Shop.Example.com/hooks/rally#x ", production)).toEqual({
      ok: true,
      url: "https://shop.example.com/hooks/rally",
      hostname: "shop.example.com",
    });
  });

  it("requires https in production, even for a public host", () => {
    expect(checkWebhookUrl("http://shop.example.com/hook", production)).toEqual({
      ok: false,
      problem: "https",
    });
    expect(checkWebhookUrl("ftp://shop.example.com/hook", production)).toMatchObject({
      problem: "https",
    });
  });

  it("allows plain http only to this machine, and only outside production", () => {
    for (const url of ["http://localhost:4000/h", "http://127.0.0.1:4000/h", "http://[::1]/h"]) {
      expect(checkWebhookUrl(url, development).ok).toBe(true);
      expect(checkWebhookUrl(url, production).ok).toBe(false);
    }
    expect(checkWebhookUrl("http://shop.example.com/h", development)).toMatchObject({
      problem: "https",
    });
  });

  it("refuses private, loopback and link-local addresses in production, in any spelling", () => {
    for (const url of [
      "https://127.0.0.1/",
      "https://2130706433/",
      "https://0x7f.1/",
      "https://10.1.2.3/",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/",
      "https://[::ffff:10.0.0.1]/",
      "https://[fd00::1]/",
      "https://localhost/",
      "https://api.localhost/",
    ]) {
      expect(checkWebhookUrl(url, production), url).toEqual({ ok: false, problem: "private" });
    }
    expect(checkWebhookUrl("https://93.184.215.14/hook", production).ok).toBe(true);
  });

  it("refuses credentials, garbage and overlong addresses", () => {
    expect(checkWebhookUrl("https://user:pw@shop.example.com/", production)).toMatchObject({
      problem: "credentials",
    });
    expect(checkWebhookUrl("not a url", production)).toMatchObject({ problem: "invalid" });
    expect(checkWebhookUrl("", production)).toMatchObject({ problem: "invalid" });
    const long = `https://shop.example.com/${"a".repeat(2000)}`;
    expect(checkWebhookUrl(long, production)).toMatchObject({ problem: "tooLong" });
  });
});

describe("isPublicAddress", () => {
  it("tells public addresses from private, reserved and special ones", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      "0.0.0.0",
      "10.0.0.1",
      "100.64.0.1",
      "127.0.0.1",
      "169.254.169.254",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "198.18.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "2001:db8::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a00:1",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("172.32.0.1")).toBe(true);
  });
});

describe("checkWebhookHost", () => {
  const answers =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("accepts a name whose every address is public", async () => {
    await expect(
      checkWebhookHost("shop.example.com", production, answers("93.184.215.14", "2606:4700::1")),
    ).resolves.toBeNull();
  });

  it("refuses a name with any private address", async () => {
    await expect(
      checkWebhookHost("sneaky.example.com", production, answers("93.184.215.14", "10.0.0.5")),
    ).resolves.toBe("private");
  });

  it("refuses a name that does not resolve", async () => {
    const failing = async () => {
      throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    };
    await expect(checkWebhookHost("nowhere.invalid", production, failing)).resolves.toBe(
      "unresolved",
    );
    await expect(checkWebhookHost("empty.example.com", production, answers())).resolves.toBe(
      "unresolved",
    );
  });

  it("does not resolve anything when local receivers are allowed", async () => {
    const never = async () => {
      throw new Error("must not be called");
    };
    await expect(checkWebhookHost("anything.test", development, never)).resolves.toBeNull();
  });
});
