import { formatBytes, type Check } from "./check";
import { LOW_SPACE_BYTES, probeFolder } from "./folder-probe";

/** A folder Rally keeps files in (`variable` names its setting): writable, with room left. */
export async function folderCheck(name: string, variable: string, dir: string): Promise<Check> {
  const folder = await probeFolder(dir);
  const space = folder.freeBytes === null ? "" : `, ${formatBytes(folder.freeBytes)} free`;
  if (!folder.writable) {
    return {
      name,
      ok: false,
      detail: `${folder.path}: ${folder.problem ?? "cannot be written"}`,
      fix: `Point ${variable} to a folder the user running Rally can write to (create it and give that user ownership).`,
    };
  }
  if (folder.freeBytes !== null && folder.freeBytes < LOW_SPACE_BYTES) {
    return {
      name,
      ok: false,
      detail: `${folder.path}: only ${formatBytes(folder.freeBytes)} free`,
      fix: `Free disk space, or point ${variable} to a larger disk.`,
    };
  }
  return {
    name,
    ok: true,
    detail: folder.exists
      ? `${folder.path} is writable${space}`
      : `${folder.path} does not exist yet and can be created (Rally creates it on first use)${space}`,
  };
}
