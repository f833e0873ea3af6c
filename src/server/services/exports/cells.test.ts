import { describe, expect, it } from "vitest";
import { csvRows } from "./csv-stream";
import { money } from "./cells";

describe("money cells", () => {
  it("export a refund or clawback as a negative number, not as protected text", () => {
    expect(csvRows([[money(-1250n, "EUR"), money(-5n, "JPY"), money(null, "EUR")]])).toBe(
      "-12.50,-5,\r\n",
    );
  });

  it("leave formula protection to text cells", () => {
    expect(csvRows([[money(1250n, "EUR"), '=HYPERLINK("x")', "-2+3"]])).toBe(
      `12.50,"'=HYPERLINK(""x"")",'-2+3\r\n`,
    );
  });
});
