import type { TransactionSql } from "postgres";

/**
 * Runs `copy … to stdout` and hands each chunk to `onChunk`, in order. Always reads the COPY
 * to its end, even after `onChunk` failed (then rethrows), and resumes the connection after:
 * postgres.js (3.4) pauses its socket when the stream's buffer is full and may never resume it
 * once the COPY has ended, leaving the next query on the connection (the next table, the
 * commit or the rollback) waiting forever (porsager/postgres#499; the fix, #1016, is not
 * released). The stream's `_read` is what resumes the socket.
 */
export async function copyOut(
  tx: TransactionSql,
  statement: string,
  onChunk: (chunk: Buffer) => Promise<void>,
): Promise<void> {
  const readable = await tx.unsafe(statement).readable();
  let failed = false;
  let failure: unknown;
  for await (const chunk of readable) {
    if (failed) continue;
    try {
      await onChunk(chunk as Buffer);
    } catch (error) {
      failed = true;
      failure = error;
    }
  }
  (readable as unknown as { _read: (size: number) => void })._read(0);
  if (failed) throw failure;
}
