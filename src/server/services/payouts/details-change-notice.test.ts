import { describe, expect, it } from "vitest";
import { detailsChangeNotice } from "./details-change-notice";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("detailsChangeNotice", () => {
  it("says nothing about details never changed", () => {
    expect(detailsChangeNotice(null, 3, now)).toBeNull();
  });

  it("counts whole days and warns within the cooling period", () => {
    expect(detailsChangeNotice(ago(5), 3, now)).toMatchObject({ days: 0, recent: true });
    expect(detailsChangeNotice(ago(49), 3, now)).toMatchObject({ days: 2, recent: true });
    expect(detailsChangeNotice(ago(73), 3, now)).toMatchObject({ days: 3, recent: false });
  });

  it("still shows the change, without a warning, when the program has no cooling", () => {
    expect(detailsChangeNotice(ago(5), 0, now)).toMatchObject({ days: 0, recent: false });
  });
});
