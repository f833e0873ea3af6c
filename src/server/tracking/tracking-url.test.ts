import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { conversionsEndpoint, pixelUrl, trackingUrl } from "./tracking-url";

describe("tracking addresses", () => {
  afterEach(() => resetEnvForTests());

  it("defaults to the configured tracking domain", () => {
    resetEnvForTests({});
    expect(trackingUrl("Ab3dE9xZ")).toBe("http://localhost:3001/r/Ab3dE9xZ");
    resetEnvForTests({ TRACKING_BASE_URL: "https://t.example.com/" });
    expect(trackingUrl("Ab3dE9xZ", "")).toBe("https://t.example.com/r/Ab3dE9xZ");
  });

  it("uses the configured domain without doubling slashes", () => {
    expect(trackingUrl("Ab3dE9xZ", "https://go.example.com/")).toBe(
      "https://go.example.com/r/Ab3dE9xZ",
    );
    expect(conversionsEndpoint("https://go.example.com")).toBe(
      "https://go.example.com/api/v1/conversions",
    );
  });
});

describe("pixelUrl", () => {
  it("points at the ingest server's pixel, with the creative when given", () => {
    expect(pixelUrl("Ab3dE9xZ", { base: "https://t.example.com/" })).toBe(
      "https://t.example.com/i/Ab3dE9xZ.gif",
    );
    expect(
      pixelUrl("Ab3dE9xZ", {
        base: "https://t.example.com",
        creativeId: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
      }),
    ).toBe("https://t.example.com/i/Ab3dE9xZ.gif?c=0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44");
  });
});
