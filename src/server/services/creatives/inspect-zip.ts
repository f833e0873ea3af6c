import yauzl from "yauzl";
import { uploadRefused, zipChecker } from "./upload-rules";

/**
 * Reads a ZIP archive's directory without extracting anything and refuses it at the first
 * entry that crosses a limit (too many files, too many bytes unpacked, bomb-like ratio). The
 * sizes are the ones the archive declares: enough to refuse bombs, which must declare them to
 * unpack, and nothing is ever unpacked on the server.
 */
export function inspectZip(bytes: Uint8Array): Promise<{ entries: number }> {
  const check = zipChecker();
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (openError, zip) => {
        if (openError || !zip) return reject(uploadRefused("zipInvalid"));
        let entries = 0;
        zip.on("entry", (entry: yauzl.Entry) => {
          try {
            check(entry);
            entries += 1;
            zip.readEntry();
          } catch (error) {
            zip.close();
            reject(error);
          }
        });
        zip.on("end", () => resolve({ entries }));
        zip.on("error", () => reject(uploadRefused("zipInvalid")));
        zip.readEntry();
      },
    );
  });
}
