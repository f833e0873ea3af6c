import path from "node:path";
import { env, envSchema } from "~/env";
import { diskStorage } from "./disk-storage";
import type { ObjectStorage } from "./object-storage";

const stores = new Map<string, ObjectStorage>();

/**
 * The configured object storage. Today that is always the local disk. An S3-compatible store
 * (AWS S3, MinIO, Cloudflare R2…) plugs in here: an `s3Storage({ bucket, endpoint, … })`
 * implementing ObjectStorage, chosen when e.g. STORAGE_BUCKET is set; nothing else changes,
 * because every caller sees only the interface and keys are already flat, opaque names.
 */
export function storage(settings: { STORAGE_DIR?: string } = env()): ObjectStorage {
  // The same default as the environment's, for callers that pass only part of it.
  const root = path.resolve(envSchema.shape.STORAGE_DIR.parse(settings.STORAGE_DIR));
  let store = stores.get(root);
  if (!store) {
    store = diskStorage(root);
    stores.set(root, store);
  }
  return store;
}
