import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { TransactionSql } from "postgres";

/**
 * Streams `source` into `copy … from stdin` and settles when PostgreSQL has taken the rows, or
 * rejects with its error. postgres.js (3.4) never settles the writable when the server refuses
 * the COPY after the last row was sent (a check at the end of the statement, a bad final row):
 * porsager/postgres#1173. Its error still reaches the query's `reject`, so that is where it is
 * caught here; without this a damaged file would hang the restore inside its transaction.
 */
export async function copyIn(tx: TransactionSql, statement: string, source: Readable) {
  const query = tx.unsafe(statement) as unknown as { reject: (error: unknown) => void };
  let refused: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (refused = reject));
  failed.catch(() => {});
  const reject = query.reject;
  query.reject = (error) => {
    refused(error);
    reject(error);
  };
  const writable = await (query as unknown as ReturnType<TransactionSql["unsafe"]>).writable();
  await Promise.race([pipeline(source, writable), failed]);
}
