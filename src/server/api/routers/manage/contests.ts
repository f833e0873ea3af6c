import { z } from "zod";
import { pageSchema } from "~/lib/paging";
import { cancelContest } from "~/server/services/contests/cancel-contest";
import { contestDefaults } from "~/server/services/contests/contest-defaults";
import { contestInputSchema, previewInputSchema } from "~/server/services/contests/contest-input";
import { createAndLaunchContest } from "~/server/services/contests/create-and-launch";
import { getContest } from "~/server/services/contests/get-contest";
import { launchContest } from "~/server/services/contests/launch-contest";
import { contestLeaderboard } from "~/server/services/contests/leaderboard";
import { listContests } from "~/server/services/contests/list-contests";
import { previewContest } from "~/server/services/contests/preview-contest";
import { createContest, updateContest } from "~/server/services/contests/save-contest";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const contestId = z.object({ contestId: z.uuid() });

/** A program's sales contests. Managers see real names and every value. */
export const manageContestsRouter = createTRPCRouter({
  list: managerProcedure("program.read")
    .input(z.object({ page: pageSchema }))
    .query(({ ctx, input }) => listContests(ctx, input)),

  get: managerProcedure("program.read")
    .input(contestId)
    .query(({ ctx, input }) => getContest(ctx, input)),

  create: managerProcedure("program.update")
    .input(contestInputSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return createContest(ctx, fields);
    }),

  /** Create and launch at once: the new-contest form's shortest path. */
  createAndLaunch: managerProcedure("program.update")
    .input(contestInputSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return createAndLaunchContest(ctx, fields);
    }),

  /** What the new-contest form starts from: this month, revenue, targets from last period. */
  defaults: managerProcedure("program.read").query(({ ctx }) => contestDefaults(ctx)),

  /** Drafts only: a launched contest's rules are a promise to the partners. */
  update: managerProcedure("program.update")
    .input(z.intersection(contestId, contestInputSchema))
    .mutation(({ ctx, input }) => {
      const { programId: _programId, contestId: id, ...fields } = input;
      return updateContest(ctx, id, fields);
    }),

  preview: managerProcedure("program.read")
    .input(previewInputSchema)
    .query(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return previewContest(ctx, fields);
    }),

  launch: managerProcedure("program.update")
    .input(contestId)
    .mutation(({ ctx, input }) => launchContest(ctx, input)),

  cancel: managerProcedure("program.update")
    .input(contestId)
    .mutation(({ ctx, input }) => cancelContest(ctx, input)),

  /** Live standings while running; the frozen results (with late refunds) once final. */
  leaderboard: managerProcedure("program.read")
    .input(
      z.object({
        contestId: z.uuid(),
        league: z.string().max(40).optional(),
        page: pageSchema,
      }),
    )
    .query(({ ctx, input }) => contestLeaderboard(ctx, input)),
});
