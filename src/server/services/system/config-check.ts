import { checkEnv, EnvError, webRequirements, type EnvSource } from "~/env";
import type { Check } from "./check";

/**
 * The environment as the processes check it at start (every problem at once), with
 * production's requirements when `production`, and the web app's own (its public address).
 */
export function configurationCheck(source: EnvSource, production: boolean): Check {
  const checked = production ? { ...source, NODE_ENV: "production" } : source;
  try {
    checkEnv(checked, webRequirements(checked));
    return {
      name: "configuration",
      ok: true,
      detail: production
        ? "every setting is valid and production's required ones are set"
        : `every setting is valid (NODE_ENV=${source.NODE_ENV?.trim()}: production's required settings were not checked)`,
    };
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const names = [...new Set(error.problems.map((problem) => problem.split(":")[0]))];
    return {
      name: "configuration",
      ok: false,
      detail: error.problems.join("; "),
      fix: `Set or correct ${names.join(", ")} in the environment Rally starts with.`,
    };
  }
}
