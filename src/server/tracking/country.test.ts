import { describe, expect, it } from "vitest";
import { countryFrom } from "./country";

describe("countryFrom", () => {
  it("reads only the configured header", () => {
    const headers = { "cf-ipcountry": "pl", "x-country": "DE" };
    expect(countryFrom(headers, "cf-ipcountry")).toBe("PL");
    expect(countryFrom(headers, undefined)).toBeNull();
    expect(countryFrom({ "x-country": "DE" }, "cf-ipcountry")).toBeNull();
  });

  it("accepts two letters only and treats XX as unknown", () => {
    expect(countryFrom({ "cf-ipcountry": "XX" }, "cf-ipcountry")).toBeNull();
    expect(countryFrom({ "cf-ipcountry": "T1" }, "cf-ipcountry")).toBeNull();
    expect(countryFrom({ "cf-ipcountry": "POL" }, "cf-ipcountry")).toBeNull();
    expect(countryFrom({ "cf-ipcountry": "p'" }, "cf-ipcountry")).toBeNull();
  });
});
