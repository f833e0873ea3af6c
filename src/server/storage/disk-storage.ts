import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY_PATTERN, type ObjectStorage } from "./object-storage";

const CONTENT_TYPE_PATTERN = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

/**
 * Objects as files under `root`: the bytes at `<root>/<key>` and their content type beside
 * them in `<key>.type` (keys contain no dots, so the two can never collide). Writes go to a
 * temporary name and are renamed into place, so a crash never leaves half a file under a key.
 */
export function diskStorage(root: string): ObjectStorage {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error("invalid storage key");
    const full = path.resolve(base, key);
    // The pattern already rules out traversal; this keeps it true if the pattern ever changes.
    if (!full.startsWith(base + path.sep)) throw new Error("invalid storage key");
    return full;
  }

  async function writeAtomically(file: string, data: Uint8Array | string) {
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, data, { flag: "wx" });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  return {
    async put(key, bytes, contentType) {
      if (!CONTENT_TYPE_PATTERN.test(contentType)) throw new Error("invalid content type");
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeAtomically(`${file}.type`, contentType);
      await writeAtomically(file, bytes);
    },

    async get(key) {
      const file = pathOf(key);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const contentType = await readFile(`${file}.type`, "utf8").catch(
        () => "application/octet-stream",
      );
      return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType };
    },

    async delete(key) {
      const file = pathOf(key);
      await rm(file, { force: true });
      await rm(`${file}.type`, { force: true });
    },
  };
}
