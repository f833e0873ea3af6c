import { deflateSync } from "node:zlib";
import { expect, test } from "../support/test";
import { browserAgent, demoSignIn, trackingBase } from "../support/demo";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real (tiny) PNG banner: one solid colour, 8-bit RGB, made here so no fixture file is needed. */
function pngBanner(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x3c)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a manager uploads a banner; the partner is told and copies an embed code with their own link and pixel", async ({
  page,
  request,
}, info) => {
  const name = `E2E banner ${info.project.name} ${Date.now()}`;

  await demoSignIn(page, "manager");
  await page.goto("/manage/demo/creatives");
  await page.getByLabel("Kind", { exact: true }).selectOption("banner");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "banner-468x60.png",
    mimeType: "image/png",
    buffer: pngBanner(468, 60),
  });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText(new RegExp(`${escapeRegExp(name)}.*was added`))).toBeVisible();

  await demoSignIn(page, "partner");
  await page.getByTestId("notices-button").click();
  await expect(
    page.getByTestId("notice").filter({ hasText: `New creative: ${name}` }),
  ).toBeVisible();

  await page.goto(`/portal/programs/demo/creatives?q=${encodeURIComponent(name)}`);
  const card = page.getByTestId("creative-card").filter({ hasText: name });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("468×60");
  await card.getByRole("button", { name: "Copy embed code" }).click();
  const snippetBox = card.getByTestId("embed-snippet");
  await expect(snippetBox).toHaveValue(new RegExp(`href="${escapeRegExp(trackingBase)}/r/`));
  const snippet = await snippetBox.inputValue();

  const link = /<a href="([^"]+)"/.exec(snippet)?.[1];
  const image = /<img src="([^"]+)"/.exec(snippet)?.[1];
  expect(link).toMatch(new RegExp(`^${escapeRegExp(trackingBase)}/r/[0-9A-Za-z]{8}$`));
  const code = link!.split("/r/")[1]!;
  expect(snippet).toMatch(
    new RegExp(`src="${escapeRegExp(trackingBase)}/i/${code}\\.gif\\?c=[0-9a-f-]{36}"`),
  );
  expect(snippet).toContain(`alt="${name}"`);

  // The link is the partner's own: it is listed among their links.
  await page.goto("/portal/programs/demo/links");
  await expect(page.getByTestId("link-row").filter({ hasText: link! }).first()).toBeVisible();

  // A visitor on the partner's site: the link redirects, the image loads without a session.
  const click = await request.get(link!, {
    maxRedirects: 0,
    headers: { "user-agent": browserAgent },
  });
  expect(click.status()).toBe(302);
  const picture = await request.get(image!, { headers: { "user-agent": browserAgent } });
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/png");
});
