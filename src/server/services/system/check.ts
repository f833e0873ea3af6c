/** One finding of `rally doctor`: what was checked, whether it passed, and what to do if not. */
export type Check = { name: string; ok: boolean; detail: string; fix?: string };

/** The doctor's report as a person reads it in a terminal: one block per check, fixes indented. */
export function formatChecks(checks: readonly Check[]): string {
  const width = Math.max(0, ...checks.map((check) => check.name.length));
  const lines = checks.flatMap((check) => [
    `${check.ok ? "ok  " : "FAIL"}  ${check.name.padEnd(width)}  ${check.detail}`,
    ...(check.ok || !check.fix ? [] : [`      ${" ".repeat(width)}  fix: ${check.fix}`]),
  ]);
  const failed = checks.filter((check) => !check.ok).length;
  lines.push(
    "",
    failed === 0 ? "Everything checked is fine." : `${failed} of ${checks.length} checks failed.`,
  );
  return lines.join("\n");
}

/** A size for a terminal: "512 B", "3.4 MB", "120 GB" (powers of 1024, as `df -h` counts). */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}
