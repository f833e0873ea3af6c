import { describe, expect, it } from "vitest";
import { parseLiveEvent, type LiveEvent } from "./live-event";

const sale: LiveEvent = {
  kind: "conversion",
  programId: "7d0c1c1e-1f6a-4a53-9a43-7a8f5cbe0a01",
  enrollmentId: "0b5f3c57-41b4-4b3e-9f53-2a2ad0f2b7c2",
  at: "2025-03-01T10:00:00.000Z",
  conversionId: "5a4d0f0e-2c1b-4c6e-8f43-1d2e3f4a5b6c",
  type: "sale",
  status: "pending",
  commission: "1234",
};

describe("parseLiveEvent", () => {
  it("reads an event back from its JSON", () => {
    expect(parseLiveEvent(JSON.stringify(sale))).toEqual(sale);
  });

  it("refuses what is not an event", () => {
    expect(parseLiveEvent("{")).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...sale, kind: "refund" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...sale, at: "yesterday" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...sale, commission: 12.5 }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...sale, status: "x".repeat(33) }))).toBeNull();
  });
});
