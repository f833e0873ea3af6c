import { describe, expect, it } from "vitest";
import { csvDecimal, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(
      toCsv(
        ["name", "amount"],
        [
          ["Ann", 1200n],
          ["Bob", 5],
        ],
      ),
    ).toBe("name,amount\r\nAnn,1200\r\nBob,5\r\n");
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });

  it("writes null as an empty field", () => {
    expect(toCsv(["a", "b", "c"], [[null, "x", null]])).toBe("a,b,c\r\n,x,\r\n");
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(toCsv(["v"], [["a,b"], ['say "hi"'], ["line1\nline2"], ["cr\rhere"], ["plain"]])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"cr\rhere"\r\nplain\r\n',
    );
  });

  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ["@SUM(1)", "'@SUM(1)"],
    ["-2+3", "'-2+3"],
    ["+1", "'+1"],
    ["=1+1", "'=1+1"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["=1,2", `"'=1,2"`],
  ])("neutralises the formula %j", (payload, expected) => {
    expect(toCsv(["v"], [[payload]])).toBe(`v\r\n${expected}\r\n`);
  });

  it("leaves harmless text alone", () => {
    expect(toCsv(["v"], [["a=b"], ["mail@example.com"], ["O'Brien"], [""]])).toBe(
      "v\r\na=b\r\nmail@example.com\r\nO'Brien\r\n\r\n",
    );
  });

  it("writes numbers and bigints as numbers, negatives included", () => {
    expect(toCsv(["n"], [[-250], [-250n], [0], [12.5], [10n ** 20n]])).toBe(
      "n\r\n-250\r\n-250\r\n0\r\n12.5\r\n100000000000000000000\r\n",
    );
  });

  it("protects header cells too", () => {
    expect(toCsv(["=evil", "ok"], [])).toBe("'=evil,ok\r\n");
  });
});

describe("csvDecimal", () => {
  it("writes a negative amount as a number, while the same characters as text are protected", () => {
    expect(toCsv(["amount", "text"], [[csvDecimal("-12.50"), "-12.50"]])).toBe(
      "amount,text\r\n-12.50,'-12.50\r\n",
    );
  });

  it.each(["-2+3", "=1", "+5", "1,5", "12.", "-", "", " 1", "1e3"])(
    "refuses %j as a number",
    (text) => {
      expect(() => csvDecimal(text)).toThrow();
    },
  );
});
