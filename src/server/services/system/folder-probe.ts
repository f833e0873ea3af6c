import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { access, rm, stat, statfs, writeFile } from "node:fs/promises";
import path from "node:path";

/** Below this much free space a folder that takes uploads or spooled clicks is about to fail. */
export const LOW_SPACE_BYTES = 100 * 1024 * 1024;

export type FolderStatus = {
  /** The absolute path. */
  path: string;
  /** False when it is missing but can be created: Rally creates its folders on first use. */
  exists: boolean;
  writable: boolean;
  /** Space left for this process's user on the folder's file system, when it could be read. */
  freeBytes: number | null;
  totalBytes: number | null;
  /** Why the folder cannot be used, in the words of the file system. */
  problem: string | null;
};

const codeOf = (error: unknown) =>
  error && typeof error === "object" && "code" in error ? String(error.code) : "";
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Whether Rally can keep files in `dir`: an existing folder must take a file (one is written
 * and removed, since permissions, read-only mounts and full disks all show only on a write);
 * a missing one must have an existing, writable folder above it to be created in.
 */
export async function probeFolder(dir: string): Promise<FolderStatus> {
  const full = path.resolve(dir);
  const result = (fields: Partial<FolderStatus>): FolderStatus => ({
    path: full,
    exists: false,
    writable: false,
    freeBytes: null,
    totalBytes: null,
    problem: null,
    ...fields,
  });

  let existing = full;
  for (;;) {
    try {
      // Only the path itself can be a file here: a file above it fails the stat with ENOTDIR.
      if (!(await stat(existing)).isDirectory())
        return result({ exists: true, problem: "it is a file, not a folder" });
      break;
    } catch (error) {
      if (codeOf(error) === "ENOTDIR")
        return result({ problem: "a part of the path is a file, not a folder" });
      const parent = path.dirname(existing);
      if (codeOf(error) !== "ENOENT" || parent === existing)
        return result({ problem: messageOf(error) });
      existing = parent;
    }
  }

  const exists = existing === full;
  const space = await statfs(existing).then(
    (fs) => ({ freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize }),
    () => ({ freeBytes: null, totalBytes: null }),
  );
  try {
    if (exists) {
      const probe = path.join(full, `.rally-probe-${randomUUID()}`);
      await writeFile(probe, "probe", { flag: "wx" });
      await rm(probe, { force: true });
    } else {
      await access(existing, constants.W_OK | constants.X_OK);
    }
    return result({ exists, writable: true, ...space });
  } catch (error) {
    return result({ exists, ...space, problem: messageOf(error) });
  }
}
