import type { ProgramContext } from "../context";
import { contestView, loadProgramContest } from "./contest-view";

export async function getContest(ctx: ProgramContext, input: { contestId: string }) {
  return contestView(await loadProgramContest(ctx.db, ctx.program.id, input.contestId));
}
