import { describe, expect, it } from "vitest";
import { DatabaseTimeoutError, isDatabaseUnavailable, withTimeout } from "./unavailable";

const pgError = (code: string) => Object.assign(new Error("pg"), { name: "PostgresError", code });

describe("isDatabaseUnavailable", () => {
  it("counts a broken or refused connection, a timeout and a shutdown as unavailable", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error(), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error(), { code: "CONNECT_TIMEOUT" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new DatabaseTimeoutError(10))).toBe(true);
    expect(isDatabaseUnavailable(pgError("57014"))).toBe(true); // statement timeout
    expect(isDatabaseUnavailable(pgError("57P01"))).toBe(true); // admin shutdown
    expect(isDatabaseUnavailable(pgError("53300"))).toBe(true); // too many connections
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: pgError("08006") }))).toBe(true);
  });

  it("does not count a wrong query or a bug", () => {
    expect(isDatabaseUnavailable(pgError("23503"))).toBe(false); // foreign key
    expect(isDatabaseUnavailable(pgError("42P01"))).toBe(false); // no such table
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});

describe("withTimeout", () => {
  it("rejects with DatabaseTimeoutError when the work takes too long", async () => {
    await expect(withTimeout(new Promise(() => {}), 5)).rejects.toBeInstanceOf(
      DatabaseTimeoutError,
    );
    await expect(withTimeout(Promise.resolve(1), 50)).resolves.toBe(1);
  });
});
