import type { Db } from "~/server/db/client";
import type { ProgramContext } from "../context";
import type { ContestInput } from "./contest-input";
import { launchContest } from "./launch-contest";
import { createContest } from "./save-contest";
import { utcToday } from "~/lib/dates";

/**
 * The new-contest form's shortest path: create and launch in one step. Both use cases run in
 * one transaction (their own transactions become savepoints), so a launch that is refused,
 * for a window already over, leaves no stray draft behind.
 */
export async function createAndLaunchContest(
  ctx: ProgramContext,
  input: ContestInput,
  today = utcToday(),
) {
  return ctx.db.transaction(async (tx) => {
    // A transaction offers every query method of the pool, nested transactions included; the
    // services are typed on the pool only because that is what they usually get.
    const inTx: ProgramContext = { ...ctx, db: tx as unknown as Db };
    const { id } = await createContest(inTx, input);
    return launchContest(inTx, { contestId: id }, today);
  });
}
