import { describe, expect, it } from "vitest";
import { downloadName } from "./file-name";

describe("downloadName", () => {
  it("keeps the person's name but takes the extension from the content", () => {
    expect(downloadName("Spring banner 728x90.png", "jpg")).toBe("Spring banner 728x90.jpg");
    expect(downloadName("logo", "svg")).toBe("logo.svg");
    expect(downloadName("Zniżka – wiosna.PDF", "pdf")).toBe("Zniżka – wiosna.pdf");
  });

  it("drops paths, quotes, control characters and hidden-file dots", () => {
    expect(downloadName("../../etc/passwd", "png")).toBe("passwd.png");
    expect(downloadName("C:\\Users\\me\\ad.gif", "gif")).toBe("ad.gif");
    expect(downloadName('a"b\r\nContent-Type: x.png', "png")).toBe("abContent-Type x.png");
    expect(downloadName(".htaccess", "zip")).toBe("creative.zip");
    expect(downloadName("", "webp")).toBe("creative.webp");
    expect(downloadName(`${"x".repeat(300)}.png`, "png")).toBe(`${"x".repeat(100)}.png`);
  });
});
