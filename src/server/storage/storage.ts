import path from "node:path";
import { z } from "zod";
import { diskStorage } from "./disk-storage";
import type { ObjectStorage } from "./object-storage";

/** Storage settings, validated like the rest of the environment. */
const storageEnvSchema = z.object({
  /** Where the disk store keeps files; relative paths are from the working directory. */
  STORAGE_DIR: z.string().trim().min(1).default(".rally/storage"),
});

const stores = new Map<string, ObjectStorage>();

/**
 * The configured object storage. Today that is always the local disk. An S3-compatible store
 * (AWS S3, MinIO, Cloudflare R2…) plugs in here: an `s3Storage({ bucket, endpoint, … })`
 * implementing ObjectStorage, chosen when e.g. STORAGE_BUCKET is set; nothing else changes,
 * because every caller sees only the interface and keys are already flat, opaque names.
 */
export function storage(env: Record<string, string | undefined> = process.env): ObjectStorage {
  const { STORAGE_DIR } = storageEnvSchema.parse(env);
  const root = path.resolve(STORAGE_DIR);
  let store = stores.get(root);
  if (!store) {
    store = diskStorage(root);
    stores.set(root, store);
  }
  return store;
}
