import { describe, expect, it } from "vitest";
import { conversionsEndpoint, trackingBaseUrl, trackingUrl } from "./tracking-url";

describe("tracking addresses", () => {
  it("defaults to the local ingest server", () => {
    expect(trackingBaseUrl("")).toBe("http://localhost:3001");
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
