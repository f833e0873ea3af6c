import { sql, type SQL } from "drizzle-orm";

/**
 * A PostgreSQL array literal for a `$n::type[]` parameter. As in record-events.ts, the
 * literal is parsed by the cast, so the driver's array typing never matters.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  const items = values.map((value) =>
    value === null ? "NULL" : `"${String(value).replace(/[\\"]/g, "\\$&")}"`,
  );
  return `{${items.join(",")}}`;
}

/** Epoch milliseconds of a timestamptz expression. */
export const epochMs = (at: SQL): SQL => sql`(extract(epoch from ${at}) * 1000)::bigint`;

/**
 * A deterministic number in [0, 1) derived from a text expression (28 bits of its MD5): the
 * bulk inserts use it instead of random(), so the same plan gives the same rows.
 */
export function unitFrom(text: SQL): SQL {
  return unitAt(sql`md5(${text})`, 1);
}

/** The same from seven hex digits of an MD5 already computed (one hash yields four numbers). */
export function unitAt(hex: SQL, position: 1 | 8 | 15 | 22): SQL {
  return sql`(('x' || substr(${hex}, ${sql.raw(String(position))}, 7))::bit(28)::int / 268435456.0)`;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * A click id in the ingest server's format (click-id.ts): seven base62 characters of the
 * epoch milliseconds `ms` (a bigint expression, best a column: it is read seven times), then
 * sixteen characters derived from `hex` (an MD5).
 */
export function clickIdFrom(ms: SQL, hex: SQL): SQL {
  const digits = [6, 5, 4, 3, 2, 1, 0].map(
    (power) =>
      sql`substr('${sql.raw(BASE62)}', ((${ms} / ${sql.raw(String(62 ** power))}) % 62)::int + 1, 1)`,
  );
  return sql`(${sql.join(digits, sql` || `)} || translate(substr(encode(decode(${hex}, 'hex'), 'base64'), 1, 16), '+/', 'Xy'))`;
}
