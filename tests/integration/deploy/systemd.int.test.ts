/**
 * The systemd units in deploy/systemd, checked by systemd's own `systemd-analyze verify` (a
 * typo in a key or value is only a warning to systemd, so any message about them fails the
 * test) and `systemd-analyze security`, plus what they must say for Rally.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "../../../scripts/lib/entries";
import { parseUnit, read, root, setting, UNITS_DIR, unitFiles } from "./files";

const NODE = "/usr/bin/node";
const units = unitFiles();
const unit = (file: string) => parseUnit(read(path.join(UNITS_DIR, file)));
const APP_UNITS = ["rally-web.service", "rally-ingest.service", "rally-worker.service"];

/**
 * The units in a folder of their own, for systemd-analyze to read. The units run /usr/bin/node
 * (where Debian's and NodeSource's packages put it); on a machine with node elsewhere verify
 * would stop at the missing binary, so the copies name this process's node instead.
 */
function unitsToVerify(edit: (text: string) => string = (text) => text): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), "rally-units-"));
  return units.map((file) => {
    let text = edit(readFileSync(path.join(root, UNITS_DIR, file), "utf8"));
    if (!existsSync(NODE)) text = text.replaceAll(NODE, process.execPath);
    writeFileSync(path.join(folder, file), text);
    return path.join(folder, file);
  });
}

/** What `systemd-analyze verify` says about these units (it also reads the system's own). */
function verify(files: string[]): string[] {
  const result = spawnSync("systemd-analyze", ["verify", "--man=no", ...files], {
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const ours = output
    .split("\n")
    .filter((line) => units.some((file) => line.includes(file.replace(/\.service$/, ""))));
  return result.status === 0 ? ours : [`exit ${result.status}`, ...ours];
}

describe("systemd units", () => {
  it("are the migration and the three processes", () => {
    expect(units.sort()).toEqual([
      "rally-ingest.service",
      "rally-migrate.service",
      "rally-web.service",
      "rally-worker.service",
    ]);
  });

  it("pass systemd-analyze verify", () => {
    expect(verify(unitsToVerify())).toEqual([]);
  });

  it("would fail verify on a mistyped key or a missing program", () => {
    const typo = verify(unitsToVerify((text) => text.replace("Restart=", "Restrat=")));
    expect(typo.join("\n")).toContain("Unknown key 'Restrat'");
    const program = verify(
      unitsToVerify((text) => text.replaceAll("/usr/bin/node", "/nonexistent/node")),
    );
    expect(program.join("\n")).toContain("/nonexistent/node");
  });

  it("are hardened: systemd-analyze security rates each 4.0 or lower", () => {
    for (const file of unitsToVerify()) {
      const result = spawnSync(
        "systemd-analyze",
        ["security", "--offline=yes", "--threshold=40", "--no-pager", file],
        { encoding: "utf8" },
      );
      const rating = /Overall exposure level.*$/m.exec(result.stdout)?.[0];
      expect(result.status, rating ?? result.stderr).toBe(0);
    }
  });

  it("run the built entries as rally from /opt/rally with /etc/rally/rally.env", () => {
    const expected: Record<string, string> = {
      "rally-migrate.service": `${NODE} ${ENTRIES.rally} migrate`,
      "rally-web.service": `${NODE} ${ENTRIES.web}`,
      "rally-ingest.service": `${NODE} ${ENTRIES.ingest}`,
      "rally-worker.service": `${NODE} ${ENTRIES.worker}`,
    };
    for (const file of units) {
      const get = (key: string) => setting(unit(file), "Service", key);
      expect(get("ExecStart"), file).toEqual([expected[file]]);
      expect(get("User"), file).toEqual(["rally"]);
      expect(get("WorkingDirectory"), file).toEqual(["/opt/rally"]);
      expect(get("EnvironmentFile"), file).toEqual(["/etc/rally/rally.env"]);
      expect(get("Environment"), file).toContain("NODE_ENV=production");
      // Listening on loopback: Caddy on the same machine is the way in.
      if (APP_UNITS.includes(file)) expect(get("Environment"), file).toContain("HOST=127.0.0.1");
      for (const [key, value] of [
        ["NoNewPrivileges", "yes"],
        ["ProtectSystem", "strict"],
        ["PrivateTmp", "yes"],
      ] as const) {
        expect(get(key), `${file} ${key}`).toEqual([value]);
      }
    }
  });

  it("migrate once before the processes start, which restart on failure and stop on SIGTERM", () => {
    const migrate = unit("rally-migrate.service");
    expect(setting(migrate, "Service", "Type")).toEqual(["oneshot"]);
    expect(setting(migrate, "Service", "RemainAfterExit")).toEqual(["yes"]);
    for (const file of APP_UNITS) {
      const get = (section: string, key: string) => setting(unit(file), section, key);
      expect(get("Unit", "Requires"), file).toContain("rally-migrate.service");
      expect(get("Unit", "After").join(" ").split(/\s+/), file).toContain("rally-migrate.service");
      expect(get("Service", "Restart"), file).toEqual(["on-failure"]);
      expect(get("Service", "KillSignal"), file).toEqual(["SIGTERM"]);
      expect(get("Service", "TimeoutStopSec"), file).toHaveLength(1);
      expect(get("Install", "WantedBy"), file).toEqual(["multi-user.target"]);
    }
  });

  it("may write only to the folders their settings point at", () => {
    const get = (file: string, key: string) => setting(unit(file), "Service", key);
    const writable = (file: string) => get(file, "ReadWritePaths").join(" ").split(/\s+/);
    const defaults = (file: string): Record<string, string> =>
      Object.fromEntries(get(file, "Environment").map((pair) => pair.split("=")));
    for (const file of ["rally-web.service", "rally-worker.service"]) {
      expect(writable(file), file).toContain(defaults(file).STORAGE_DIR);
    }
    expect(writable("rally-ingest.service")).toEqual([defaults("rally-ingest.service").SPOOL_DIR]);
    expect(get("rally-migrate.service", "ReadWritePaths")).toEqual([]);
  });
});
