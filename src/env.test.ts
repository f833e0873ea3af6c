import { afterEach, describe, expect, it, vi } from "vitest";
import {
  appUrl,
  checkEnv,
  checkEnvAtStart,
  env,
  EnvError,
  parseEnv,
  resetEnvForTests,
  trackingBaseUrl,
  trackingSecretSetting,
} from "./env";

afterEach(() => {
  resetEnvForTests();
  vi.restoreAllMocks();
});

/** What `run` throws, or undefined. */
function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The message of what `run` throws, or "" when it does not throw. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("parseEnv", () => {
  it("fills in the defaults", () => {
    const parsed = parseEnv({});
    expect(parsed).toMatchObject({
      PORT: 3000,
      INGEST_PORT: 3001,
      RALLY_DEMO: false,
      TRUST_PROXY: 0,
      RALLY_WEBHOOKS_ALLOW_LOCAL: false,
      STORAGE_DIR: ".rally/storage",
    });
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.AUTH_URL).toBeUndefined();
  });

  it("types what it reads: switches, ports, addresses", () => {
    const parsed = parseEnv({
      RALLY_DEMO: "1",
      TRUST_PROXY: "Yes",
      RALLY_WEBHOOKS_ALLOW_LOCAL: "false",
      PORT: "4000",
      INGEST_PORT: "4001",
      AUTH_URL: "https://partners.example.com//",
      TRUSTED_COUNTRY_HEADER: "CF-IPCountry",
    });
    expect(parsed).toMatchObject({
      RALLY_DEMO: true,
      TRUST_PROXY: 1,
      RALLY_WEBHOOKS_ALLOW_LOCAL: false,
      PORT: 4000,
      INGEST_PORT: 4001,
      AUTH_URL: "https://partners.example.com",
      TRUSTED_COUNTRY_HEADER: "cf-ipcountry",
    });
  });

  it("treats empty values as unset", () => {
    const parsed = parseEnv({ PORT: " ", AUTH_URL: "", RALLY_DEMO: "" });
    expect(parsed).toMatchObject({ PORT: 3000, RALLY_DEMO: false });
    expect(parsed.AUTH_URL).toBeUndefined();
  });

  it("lists every invalid value in one error", () => {
    const message = thrown(() =>
      parseEnv({
        PORT: "web",
        AUTH_URL: "partners.example.com",
        RALLY_DEMO: "on",
        AUTH_SECRET: "short",
      }),
    );
    for (const name of ["PORT", "AUTH_URL", "RALLY_DEMO", "AUTH_SECRET"]) {
      expect(message).toContain(`${name}:`);
    }
  });

  it("checks required variables, where any of a group will do", () => {
    const require = ["DATABASE_URL", ["TRACKING_SECRET", "AUTH_SECRET"]] as const;
    expect(thrown(() => parseEnv({}, { require }))).toMatch(
      /DATABASE_URL: is required[\s\S]*TRACKING_SECRET: is required \(or AUTH_SECRET\)/,
    );
    expect(
      parseEnv(
        { DATABASE_URL: "postgres://db/rally", AUTH_SECRET: "0123456789abcdef" },
        { require },
      ).DATABASE_URL,
    ).toBe("postgres://db/rally");
  });
});

describe("production requirements", () => {
  it("names every missing variable in one message", () => {
    let error: unknown;
    try {
      checkEnv({ NODE_ENV: "production" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems).toEqual([
      "DATABASE_URL: is required",
      "AUTH_SECRET: is required",
    ]);
  });

  it("reports invalid and missing variables together", () => {
    const message = thrown(() => checkEnv({ NODE_ENV: "production", PORT: "x" }));
    expect(message).toMatch(/PORT:[\s\S]*DATABASE_URL: is required[\s\S]*AUTH_SECRET: is required/);
  });

  it("names a variable once when production and the process both require it", () => {
    const own = ["DATABASE_URL", ["TRACKING_SECRET", "AUTH_SECRET"]] as const;
    expect((caught(() => checkEnv({ NODE_ENV: "production" }, own)) as EnvError).problems).toEqual([
      "DATABASE_URL: is required",
      "TRACKING_SECRET: is required (or AUTH_SECRET)",
    ]);
  });

  it("lets a process that accepts any of a group start with another member (ingest)", () => {
    const own = ["DATABASE_URL", ["TRACKING_SECRET", "AUTH_SECRET"]] as const;
    const tracking = { DATABASE_URL: "postgres://db/rally", TRACKING_SECRET: "0123456789abcdef" };
    expect(checkEnv({ NODE_ENV: "production", ...tracking }, own).TRACKING_SECRET).toBe(
      tracking.TRACKING_SECRET,
    );
  });

  it("starts with both set, and asks for nothing outside production", () => {
    const complete = { DATABASE_URL: "postgres://db/rally", AUTH_SECRET: "0123456789abcdef" };
    expect(checkEnv({ NODE_ENV: "production", ...complete }).DATABASE_URL).toBe(
      complete.DATABASE_URL,
    );
    expect(checkEnv({ NODE_ENV: "development" }).DATABASE_URL).toBeUndefined();
    expect(checkEnv({}).AUTH_SECRET).toBeUndefined();
  });

  it("stops a starting process with the whole list", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    resetEnvForTests({ NODE_ENV: "production" });
    expect(() => checkEnvAtStart("worker")).toThrow("exited");
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed).toHaveBeenCalledOnce();
    const [line] = printed.mock.calls[0] as [string];
    expect(line).toMatch(/^\[rally worker\] Cannot start/);
    expect(line).toContain("DATABASE_URL: is required");
    expect(line).toContain("AUTH_SECRET: is required");
  });

  it("lets a complete production environment start, with the process's own needs", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    resetEnvForTests({ NODE_ENV: "production", DATABASE_URL: "postgres://db/rally" });
    expect(() => checkEnvAtStart("ingest", [["TRACKING_SECRET", "AUTH_SECRET"]])).toThrow();
    resetEnvForTests({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/rally",
      AUTH_SECRET: "0123456789abcdef",
    });
    expect(checkEnvAtStart("ingest", [["TRACKING_SECRET", "AUTH_SECRET"]]).DATABASE_URL).toBe(
      "postgres://db/rally",
    );
    expect(exit).toHaveBeenCalledTimes(1);
  });
});

describe("env()", () => {
  it("parses on first use and keeps the result", () => {
    const values: Record<string, string> = { PORT: "4100" };
    resetEnvForTests(values);
    expect(env().PORT).toBe(4100);
    values.PORT = "4200";
    expect(env().PORT).toBe(4100);
    resetEnvForTests(values);
    expect(env().PORT).toBe(4200);
  });

  it("reads process.env when no test values are given", () => {
    resetEnvForTests();
    expect(env().NODE_ENV).toBe("test");
  });
});

describe("addresses and secrets", () => {
  it("puts the app at AUTH_URL, else at localhost on PORT", () => {
    resetEnvForTests({ PORT: "4000" });
    expect(appUrl()).toBe("http://localhost:4000");
    expect(appUrl("/portal?x=1")).toBe("http://localhost:4000/portal?x=1");
    resetEnvForTests({ AUTH_URL: "https://partners.example.com/", PORT: "4000" });
    expect(appUrl()).toBe("https://partners.example.com");
    expect(appUrl("/unsubscribe")).toBe("https://partners.example.com/unsubscribe");
  });

  it("puts tracking at TRACKING_BASE_URL, else at localhost on INGEST_PORT", () => {
    resetEnvForTests({ INGEST_PORT: "3101" });
    expect(trackingBaseUrl()).toBe("http://localhost:3101");
    resetEnvForTests({ TRACKING_BASE_URL: "https://go.example.com/" });
    expect(trackingBaseUrl()).toBe("https://go.example.com");
  });

  it("hashes with TRACKING_SECRET, else AUTH_SECRET", () => {
    resetEnvForTests({ AUTH_SECRET: "auth-secret-0123456789" });
    expect(trackingSecretSetting()).toBe("auth-secret-0123456789");
    resetEnvForTests({
      AUTH_SECRET: "auth-secret-0123456789",
      TRACKING_SECRET: "tracking-secret-0123456789",
    });
    expect(trackingSecretSetting()).toBe("tracking-secret-0123456789");
    resetEnvForTests({});
    expect(trackingSecretSetting()).toBeUndefined();
  });
});
