import { randomUUID } from "node:crypto";

export type StoredObject = { body: Uint8Array; contentType: string };

/**
 * Where uploaded bytes live. Keys are made by the server (newStorageKey), never from a file
 * name someone sent, and an object is never overwritten: a new file gets a new key, so a key
 * can serve as an immutable cache validator.
 */
export interface ObjectStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under this key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Lower-case letters, digits and dashes in "/"-separated segments: no dots, so no "..". */
export const STORAGE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** A fresh key such as "creatives/0b6c…-…" under the given prefix. */
export function newStorageKey(prefix: string): string {
  const key = `${prefix}/${randomUUID()}`;
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`invalid storage key prefix: ${prefix}`);
  return key;
}
