/**
 * The creative upload route and file routes, driven through their real handlers with real
 * requests, a real database and a disk store in a throwaway folder. Hostile uploads are
 * refused or neutralised with a clear message and leave nothing behind: no row, no file, no
 * notice, no audit entry.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, creatives, notifications } from "~/server/db/schema/index";
import { serveCreativeFile } from "~/server/http/creative-file";
import { handleCreativeUpload } from "~/server/http/creative-upload";
import { seedDemoCreatives } from "~/server/seed/demo-creatives";
import { createCreative } from "~/server/services/creatives/create-creative";
import { diskStorage } from "~/server/storage/disk-storage";
import type { ObjectStorage } from "~/server/storage/object-storage";
import { db } from "../../support/db";
import {
  hostileSvg,
  minimalPdf,
  pngClaiming,
  rasterImage,
  zipArchive,
  zipBomb,
} from "../../support/creative-fixtures";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

let root: string;
let store: ObjectStorage;
let target: Awaited<ReturnType<typeof makeProgram>>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "rally-creatives-"));
  store = diskStorage(root);
  target = await makeProgram();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

type Fields = Record<string, string | Blob | { name: string; bytes: Uint8Array; type?: string }>;

function uploadRequest(slug: string, fields: Fields, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" || value instanceof Blob) form.append(key, value);
    else
      form.append(
        key,
        new Blob([value.bytes as Uint8Array<ArrayBuffer>], { type: value.type ?? "" }),
        value.name,
      );
  }
  return new Request(`http://localhost/api/manage/${slug}/creatives`, {
    method: "POST",
    body: form,
    headers,
  });
}

/** What the route answers: `creative` is there on success (201), `error` on a refusal. */
type UploadBody = {
  error?: string;
  fieldErrors?: Record<string, string>;
  creative: { id: string; mimeType: string | null; width: number | null; height: number | null };
  notified: number;
  sanitized: boolean;
};

async function upload(
  userId: string | null,
  fields: Fields,
  options: { slug?: string; headers?: Record<string, string>; storage?: ObjectStorage } = {},
) {
  const response = await handleCreativeUpload(
    uploadRequest(options.slug ?? target.program.slug, fields, options.headers),
    { db, userId, locale: "en" },
    options.slug ?? target.program.slug,
    { storage: options.storage ?? store },
  );
  return { status: response.status, body: (await response.json()) as UploadBody };
}

async function fetchFile(
  userId: string | null,
  creativeId: string,
  variant: "file" | "thumbnail" = "file",
  options: { query?: string; headers?: Record<string, string> } = {},
) {
  const request = new Request(
    `http://localhost/api/creatives/${creativeId}/${variant}${options.query ?? ""}`,
    { headers: options.headers },
  );
  const response = await serveCreativeFile(request, { db, userId }, creativeId, variant, {
    storage: store,
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Every file under the storage root, so a refused upload can be shown to leave none. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function expectNothingStored(before: string[]) {
  expect(await storedFiles()).toEqual(before);
  const rows = await db.select().from(creatives).where(eq(creatives.programId, target.program.id));
  expect(rows.map((row) => row.name)).not.toContain("Hostile");
  const audit = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.programId, target.program.id), eq(auditLog.action, "creative.created")));
  expect(audit.map((row) => row.data.name)).not.toContain("Hostile");
}

const banner = (bytes: Uint8Array, name = "banner.png") => ({
  kind: "banner",
  name: "Hostile",
  file: { name, bytes },
});

describe("hostile uploads", () => {
  let before: string[];
  beforeEach(async () => {
    before = await storedFiles();
  });

  it("stores a script-bearing SVG sanitized, tells the manager, and serves it sandboxed", async () => {
    const result = await upload(target.manager.id, {
      kind: "banner",
      name: "Sneaky SVG",
      file: { name: "sneaky.svg", bytes: new TextEncoder().encode(hostileSvg) },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      sanitized: true,
      creative: { mimeType: "image/svg+xml", width: 300, height: 250 },
    });
    const id = result.body.creative.id as string;
    const { response, bytes } = await fetchFile(target.manager.id, id);
    const svg = new TextDecoder().decode(bytes);
    expect(svg).toContain("<svg");
    expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:|evil\.example|foreignObject/i);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // Opened as a page it downloads; loaded by an <img> it renders.
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="sneaky.svg"/,
    );
    const asImage = await fetchFile(target.manager.id, id, "file", {
      headers: { "sec-fetch-dest": "image" },
    });
    expect(asImage.response.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("refuses a text file named .png with a clear message, storing nothing", async () => {
    const text = new TextEncoder().encode("This is not an image, whatever its name says.\n");
    const result = await upload(target.manager.id, banner(text, "totally-an-image.png"));
    expect(result).toEqual({
      status: 400,
      body: {
        error:
          "The file’s content is not one of PNG, JPEG, WebP, GIF, SVG, whatever its name says.",
      },
    });
    await expectNothingStored(before);
  });

  it("refuses oversized images, by pixels and by bytes, storing nothing", async () => {
    const bomb = await upload(target.manager.id, banner(pngClaiming(60_000, 60_000)));
    expect(bomb).toEqual({
      status: 400,
      body: {
        error:
          "The image is 60,000 × 60,000 pixels; images may be at most 8,000 pixels on a side and 50 megapixels in all.",
      },
    });
    const heavy = new Uint8Array(6 * 1024 * 1024);
    heavy.set(await rasterImage("png", 10, 10));
    const tooHeavy = await upload(target.manager.id, banner(heavy));
    expect(tooHeavy).toEqual({
      status: 400,
      body: { error: "The file is 6 MB; files of this kind may be at most 5 MB." },
    });
    await expectNothingStored(before);
  });

  it("refuses a zip bomb, storing nothing", async () => {
    const result = await upload(target.manager.id, {
      kind: "document",
      name: "Hostile",
      file: { name: "brand-kit.zip", bytes: await zipBomb(200) },
    });
    expect(result).toEqual({
      status: 400,
      body: { error: "The ZIP archive would unpack to more than 100 MB, which is not allowed." },
    });
    await expectNothingStored(before);
  });

  it("stops reading a request body past the cap, declared or not", async () => {
    const declared = await upload(
      target.manager.id,
      { kind: "banner", name: "Hostile" },
      {
        headers: { "content-length": String(50 * 1024 * 1024) },
      },
    );
    expect(declared).toEqual({
      status: 413,
      body: { error: "The upload is too large: files may be at most 20 MB." },
    });
    const streamed = await upload(target.manager.id, banner(new Uint8Array(22 * 1024 * 1024)));
    expect(streamed.status).toBe(413);
    await expectNothingStored(before);
  });

  it("removes stored files when a later step fails", async () => {
    let puts = 0;
    const failingSecondPut: ObjectStorage = {
      ...store,
      put: async (key, bytes, type) => {
        puts += 1;
        if (puts === 2) throw new Error("disk full");
        await store.put(key, bytes, type);
      },
      get: (key) => store.get(key),
      delete: (key) => store.delete(key),
    };
    const original = console.error;
    console.error = () => {};
    try {
      const result = await upload(target.manager.id, banner(await rasterImage("png", 300, 250)), {
        storage: failingSecondPut,
      });
      expect(result).toEqual({
        status: 500,
        body: { error: "Something went wrong on our side. Please try again." },
      });
    } finally {
      console.error = original;
    }
    expect(puts).toBe(2);
    await expectNothingStored(before);
  });

  it("removes stored files when the database refuses the row", async () => {
    const ghost = { ...target.program, id: randomUUID() };
    await expect(
      createCreative(
        { db, userId: target.manager.id, program: ghost },
        { source: "file", ...banner(await rasterImage("png", 40, 40)), kind: "banner" },
        { storage: store },
      ),
    ).rejects.toThrow();
    await expectNothingStored(before);
  });

  it("refuses a missing file, an unknown kind and a video from an unknown host", async () => {
    expect(await upload(target.manager.id, { kind: "banner", name: "Hostile" })).toEqual({
      status: 400,
      body: { error: "Choose a file to upload." },
    });
    const kind = await upload(target.manager.id, { kind: "malware", name: "Hostile" });
    expect(kind.status).toBe(400);
    expect(Object.keys(kind.body.fieldErrors ?? {})).toEqual(["kind"]);
    expect(
      await upload(target.manager.id, {
        kind: "video",
        name: "Hostile",
        videoUrl: "https://evil.example/watch?v=1",
      }),
    ).toEqual({
      status: 400,
      body: {
        error: "Some fields need attention.",
        fieldErrors: {
          videoUrl: "Use an https link to a video on YouTube, Vimeo, Loom or Wistia.",
        },
      },
    });
    await expectNothingStored(before);
  });
});

describe("good uploads", () => {
  it.each(["png", "jpeg", "webp", "gif"] as const)(
    "accepts a %s banner with its type, dimensions and a thumbnail",
    async (format) => {
      const bytes = await rasterImage(format, 300, 250);
      const result = await upload(target.manager.id, {
        kind: "banner",
        name: `Medium rectangle ${format}`,
        tags: "Spring, 300x250",
        language: "PL",
        file: { name: "medium-rectangle.png", bytes },
      });
      expect(result.status).toBe(201);
      const [row] = await db
        .select()
        .from(creatives)
        .where(eq(creatives.id, result.body.creative.id as string));
      const extension = format === "jpeg" ? "jpg" : format;
      expect(row).toMatchObject({
        kind: "banner",
        mimeType: `image/${format}`,
        width: 300,
        height: 250,
        byteSize: bytes.byteLength,
        fileName: `medium-rectangle.${extension}`,
        language: "pl",
        tags: ["spring", "300x250"],
        createdById: target.manager.id,
      });
      const file = await fetchFile(target.manager.id, row!.id);
      expect(file.bytes).toEqual(bytes);
      expect(file.response.headers.get("content-disposition")).toMatch(/^inline;/);
      const download = await fetchFile(target.manager.id, row!.id, "file", {
        query: "?download=1",
      });
      expect(download.response.headers.get("content-disposition")).toMatch(/^attachment;/);
      const thumbnail = await fetchFile(target.manager.id, row!.id, "thumbnail");
      expect(thumbnail.response.headers.get("content-type")).toBe("image/webp");
      expect((await sharp(thumbnail.bytes).metadata()).width).toBe(300);
    },
  );

  it("accepts PDF and ZIP documents, served only as downloads", async () => {
    for (const [name, bytes, mimeType] of [
      ["Price list.pdf", minimalPdf, "application/pdf"],
      [
        "Brand kit.zip",
        zipArchive([{ name: "logo.txt", content: new TextEncoder().encode("logo") }]),
        "application/zip",
      ],
    ] as const) {
      const result = await upload(target.manager.id, {
        kind: "document",
        name,
        file: { name, bytes },
      });
      expect(result.status).toBe(201);
      expect(result.body.creative).toMatchObject({ mimeType, width: null, height: null });
      const file = await fetchFile(target.manager.id, result.body.creative.id as string);
      expect(file.response.headers.get("content-type")).toBe(mimeType);
      expect(file.response.headers.get("content-disposition")).toMatch(/^attachment;/);
      const thumbnail = await fetchFile(
        target.manager.id,
        result.body.creative.id as string,
        "thumbnail",
      );
      expect(thumbnail.response.status).toBe(404);
    }
  });

  it("notifies every approved partner (and only them), in one go with an audit entry", async () => {
    const { program, manager } = await makeProgram();
    const approved = [await makePartner(program.id), await makePartner(program.id)];
    await makePartner(program.id, { status: "suspended" });
    const otherProgram = await makeProgram();
    const outsider = await makePartner(otherProgram.program.id);
    const result = await upload(
      manager.id,
      {
        kind: "ad_copy",
        name: "Spring copy",
        body: "Learn faster with Northwind: {link}",
        language: "en",
      },
      { slug: program.slug },
    );
    expect(result).toMatchObject({ status: 201, body: { notified: 2, sanitized: false } });
    const id = result.body.creative.id as string;
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.programId, program.id));
    expect(notices.map((notice) => notice.userId).sort()).toEqual(
      approved.map((partner) => partner.user.id).sort(),
    );
    expect(notices[0]).toMatchObject({
      kind: "creative.created",
      data: { creativeId: id, name: "Spring copy", kind: "ad_copy" },
      readAt: null,
    });
    expect(
      await db.select().from(notifications).where(eq(notifications.userId, outsider.user.id)),
    ).toEqual([]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "creative.created")));
    expect(audit).toMatchObject({
      actorId: manager.id,
      data: { name: "Spring copy", notified: 2 },
    });
    // A text creative has no file to fetch.
    expect((await fetchFile(manager.id, id)).response.status).toBe(404);
  });

  it("accepts a video link on an allowed host", async () => {
    const result = await upload(target.manager.id, {
      kind: "video",
      name: "Product tour",
      videoUrl: "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    });
    expect(result.status).toBe(201);
    const [row] = await db
      .select()
      .from(creatives)
      .where(eq(creatives.id, result.body.creative.id as string));
    expect(row).toMatchObject({
      videoUrl: "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
      storageKey: null,
    });
  });
});

describe("who may upload and fetch", () => {
  let creativeId: string;
  beforeAll(async () => {
    const result = await upload(target.manager.id, {
      kind: "logo",
      name: "Access logo",
      file: { name: "logo.png", bytes: await rasterImage("png", 64, 64) },
    });
    creativeId = result.body.creative.id as string;
  });

  it("answers strangers to the upload route as if the program did not exist", async () => {
    const before = await storedFiles();
    const other = await makeProgram();
    const partner = await makePartner(target.program.id);
    const fields = banner(await rasterImage("png", 20, 20));
    const notFound = { status: 404, body: { error: "We could not find that program." } };
    expect(await upload(other.manager.id, fields)).toEqual(notFound);
    expect(await upload(partner.user.id, fields)).toEqual(notFound);
    expect(await upload(target.manager.id, fields, { slug: "no-such-program" })).toEqual(notFound);
    expect(await upload(null, fields)).toEqual({
      status: 401,
      body: { error: "Please sign in first." },
    });
    expect(
      await upload(target.manager.id, fields, { headers: { origin: "https://evil.example" } }),
    ).toEqual({
      status: 403,
      body: {
        error:
          "This request came from another site and was refused. Reload the page and try again.",
      },
    });
    await expectNothingStored(before);
  });

  it("serves files to the program's managers and approved partners only", async () => {
    const partner = await makePartner(target.program.id);
    const suspended = await makePartner(target.program.id, { status: "suspended" });
    const other = await makeProgram();
    const otherPartner = await makePartner(other.program.id);
    const stranger = await makeUser();
    expect((await fetchFile(target.manager.id, creativeId)).response.status).toBe(200);
    expect((await fetchFile(partner.user.id, creativeId)).response.status).toBe(200);
    expect((await fetchFile(partner.user.id, creativeId, "thumbnail")).response.status).toBe(200);
    for (const userId of [
      suspended.user.id,
      other.manager.id,
      otherPartner.user.id,
      stranger.id,
      null,
    ]) {
      for (const variant of ["file", "thumbnail"] as const) {
        const { response, bytes } = await fetchFile(userId, creativeId, variant);
        expect(response.status, `${userId} ${variant}`).toBe(404);
        expect(new TextDecoder().decode(bytes)).toBe("Not found");
      }
    }
    expect((await fetchFile(target.manager.id, "not-a-uuid")).response.status).toBe(404);
  });

  it("answers a repeated request with 304 by its ETag, with private immutable caching", async () => {
    const first = await fetchFile(target.manager.id, creativeId);
    const etag = first.response.headers.get("etag")!;
    expect(first.response.headers.get("cache-control")).toBe(
      "private, max-age=31536000, immutable",
    );
    const again = await fetchFile(target.manager.id, creativeId, "file", {
      headers: { "if-none-match": etag },
    });
    expect(again.response.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);
  });
});

describe("console procedures", () => {
  it("lists with filters and pages, edits details and archives, each audited", async () => {
    const { program, manager } = await makeProgram();
    const slug = { slug: program.slug };
    const asManager = callerFor(manager.id);
    for (const [name, language, tags] of [
      ["Leaderboard spring", "en", "spring, 728x90"],
      ["Leaderboard summer", "pl", "summer, 728x90"],
      ["Skyscraper spring", "en", "spring"],
    ] as const) {
      const result = await upload(
        manager.id,
        {
          kind: "banner",
          name,
          language,
          tags,
          file: { name: "b.png", bytes: await rasterImage("png", 30, 20) },
        },
        slug,
      );
      expect(result.status).toBe(201);
    }
    await upload(
      manager.id,
      { kind: "social_post", name: "Spring post", body: "Hello {link}" },
      slug,
    );
    const list = (query: Record<string, unknown> = {}) =>
      asManager.manage.creatives.list({ programId: program.id, ...query });
    const names = async (query: Record<string, unknown> = {}) =>
      (await list(query)).items.map((item) => item.name);

    expect(await names()).toEqual([
      "Spring post",
      "Skyscraper spring",
      "Leaderboard summer",
      "Leaderboard spring",
    ]);
    expect(await names({ kind: "social_post" })).toEqual(["Spring post"]);
    expect(await names({ language: "pl" })).toEqual(["Leaderboard summer"]);
    expect(await names({ tag: "Spring" })).toEqual(["Skyscraper spring", "Leaderboard spring"]);
    expect(await names({ search: "leader" })).toEqual(["Leaderboard summer", "Leaderboard spring"]);
    expect(await names({ search: "%" })).toEqual([]);
    const page2 = await list({ pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ total: 4, pages: 2 });
    expect(page2.items.map((item) => item.name)).toEqual(["Leaderboard spring"]);
    const post = (await list({ kind: "social_post" })).items[0]!;
    expect(post).toMatchObject({
      bodyPreview: "Hello {link}",
      hasFile: false,
      hasThumbnail: false,
    });

    const leaderboard = (await list({ search: "summer" })).items[0]!;
    expect(leaderboard).toMatchObject({
      width: 30,
      height: 20,
      mimeType: "image/png",
      hasThumbnail: true,
    });
    const updated = await asManager.manage.creatives.update({
      programId: program.id,
      creativeId: leaderboard.id,
      name: " Leaderboard summer sale ",
      description: "For the July sale",
      language: "",
      tags: ["Summer", "sale", "summer"],
    });
    expect(updated.changed).toEqual(["name", "description", "language", "tags"]);
    expect(updated.creative).toMatchObject({
      name: "Leaderboard summer sale",
      language: null,
      tags: ["summer", "sale"],
    });
    const archived = await asManager.manage.creatives.setArchived({
      programId: program.id,
      creativeId: leaderboard.id,
      archived: true,
    });
    expect(archived).toMatchObject({ archived: true, changed: true });
    expect(await names({ search: "summer" })).toEqual([]);
    expect(await names({ search: "summer", status: "archived" })).toEqual([
      "Leaderboard summer sale",
    ]);
    // Archiving keeps the files: the manager still downloads it, partners no longer see it.
    const partner = await makePartner(program.id);
    expect((await fetchFile(manager.id, leaderboard.id)).response.status).toBe(200);
    expect((await fetchFile(partner.user.id, leaderboard.id)).response.status).toBe(404);
    await asManager.manage.creatives.setArchived({
      programId: program.id,
      creativeId: leaderboard.id,
      archived: false,
    });
    expect((await fetchFile(partner.user.id, leaderboard.id)).response.status).toBe(200);

    const audit = await db
      .select({ action: auditLog.action, data: auditLog.data })
      .from(auditLog)
      .where(eq(auditLog.targetId, leaderboard.id))
      .orderBy(auditLog.id);
    expect(audit.map((row) => row.action)).toEqual([
      "creative.created",
      "creative.updated",
      "creative.archived",
      "creative.unarchived",
    ]);
    expect(audit[1]!.data).toMatchObject({
      name: { from: "Leaderboard summer", to: "Leaderboard summer sale" },
      language: { from: "pl", to: null },
    });
  });

  it("refuses invalid details with field errors", async () => {
    const error = await clientError(
      callerFor(target.manager.id).manage.creatives.update({
        programId: target.program.id,
        creativeId: "00000000-0000-4000-8000-000000000000",
        name: "x",
        description: "",
        language: "english",
        tags: ["<b>"],
      }),
    );
    expect(error).toEqual({
      code: "BAD_REQUEST",
      message: "Some fields need attention.",
      fieldErrors: {
        language: "Use a language code such as en, pl or pt-br.",
        "tags.0": "Tags use up to 32 letters, digits, spaces, dashes and underscores.",
      },
    });
  });

  it("refuses another program's manager and partners on every procedure", async () => {
    const result = await upload(target.manager.id, {
      kind: "ad_copy",
      name: "Guarded copy",
      body: "Buy now {link}",
    });
    const creativeId = result.body.creative.id as string;
    const other = await makeProgram();
    const partner = await makePartner(target.program.id);
    // Thunks, so each call starts only when it is awaited.
    const calls = (userId: string, programId: string) => {
      const caller = callerFor(userId);
      return [
        () => caller.manage.creatives.list({ programId }),
        () =>
          caller.manage.creatives.update({
            programId,
            creativeId,
            name: "Taken over",
            description: "",
            language: "",
            tags: [],
          }),
        () => caller.manage.creatives.setArchived({ programId, creativeId, archived: true }),
      ];
    };
    // A stranger naming the target program, and the other manager naming their own program
    // with the target's creative: both are NOT_FOUND.
    for (const call of [
      ...calls(other.manager.id, target.program.id),
      ...calls(partner.user.id, target.program.id),
      ...calls(other.manager.id, other.program.id).slice(1),
    ]) {
      expect((await clientError(call())).code).toBe("NOT_FOUND");
    }
    expect(
      (await clientError(callerFor(null).manage.creatives.list({ programId: target.program.id })))
        .code,
    ).toBe("UNAUTHORIZED");
    const [row] = await db.select().from(creatives).where(eq(creatives.id, creativeId));
    expect(row).toMatchObject({ name: "Guarded copy", archivedAt: null });
  });
});

describe("demo creatives", () => {
  it("seeds a small library through the upload service, once", async () => {
    const { program, manager } = await makeProgram({ name: "Northwind Learning Affiliates" });
    await makePartner(program.id);
    const seeded = await seedDemoCreatives(
      db,
      { programId: program.id, managerId: manager.id },
      {
        storage: store,
      },
    );
    expect(seeded).toEqual({ creatives: 8 });
    const rows = await db.select().from(creatives).where(eq(creatives.programId, program.id));
    const files = rows
      .filter((row) => row.storageKey)
      .map((row) => [row.kind, row.mimeType, row.width, row.height, row.thumbnailKey !== null]);
    expect(files.sort()).toEqual(
      [
        ["banner", "image/png", 160, 600, true],
        ["banner", "image/png", 300, 250, true],
        ["banner", "image/png", 728, 90, true],
        ["logo", "image/svg+xml", 240, 80, true],
      ].sort(),
    );
    expect(rows.map((row) => row.kind).sort()).toEqual([
      "ad_copy",
      "banner",
      "banner",
      "banner",
      "email_template",
      "logo",
      "social_post",
      "video",
    ]);
    expect(
      await seedDemoCreatives(
        db,
        { programId: program.id, managerId: manager.id },
        { storage: store },
      ),
    ).toEqual({ creatives: 0 });
    expect(
      await db.select().from(notifications).where(eq(notifications.programId, program.id)),
    ).toHaveLength(8);
  });
});
