import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskStorage } from "./disk-storage";
import { newStorageKey } from "./object-storage";
import { storage } from "./storage";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "rally-storage-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("disk storage", () => {
  it("stores, reads back and deletes bytes with their content type", async () => {
    const store = diskStorage(root);
    const key = newStorageKey("creatives");
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await store.put(key, bytes, "image/png");
    expect(await store.get(key)).toEqual({ body: bytes, contentType: "image/png" });
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    // Deleting twice is fine, and nothing is left behind (no temporary or type files).
    await store.delete(key);
    expect(await readdir(path.join(root, "creatives"))).toEqual([]);
  });

  it("answers null for a key that was never stored", async () => {
    expect(await diskStorage(root).get(newStorageKey("creatives"))).toBeNull();
  });

  it("refuses keys that could leave the root or that a person could have chosen", async () => {
    const store = diskStorage(root);
    const hostile = [
      "../outside",
      "creatives/../../etc/passwd",
      "/etc/passwd",
      "creatives/banner.png",
      "creatives/a%2F..",
      "Creatives/X",
      "creatives//x",
      "creatives/x/",
      "",
      "creatives\\x",
    ];
    for (const key of hostile) {
      await expect(store.put(key, new Uint8Array([1]), "text/plain"), key).rejects.toThrow(
        "invalid storage key",
      );
      await expect(store.get(key), key).rejects.toThrow("invalid storage key");
      await expect(store.delete(key), key).rejects.toThrow("invalid storage key");
    }
    expect(await readdir(root)).not.toContain("outside");
  });

  it("refuses a malformed content type", async () => {
    await expect(
      diskStorage(root).put(newStorageKey("x"), new Uint8Array([1]), "text/html\r\nx-evil: 1"),
    ).rejects.toThrow("invalid content type");
  });

  it("is chosen by the factory with STORAGE_DIR, defaulting to .rally/storage", async () => {
    const store = storage({ STORAGE_DIR: root });
    const key = newStorageKey("factory");
    await store.put(key, new Uint8Array([7]), "application/pdf");
    expect(await diskStorage(root).get(key)).toEqual({
      body: new Uint8Array([7]),
      contentType: "application/pdf",
    });
    expect(storage({ STORAGE_DIR: root })).toBe(store);
    expect(storage({})).toBe(storage({ STORAGE_DIR: ".rally/storage" }));
  });
});
