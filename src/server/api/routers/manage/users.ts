import { z } from "zod";
import { listUsers, listUsersInput } from "~/server/services/users/list-users";
import { setUserDisabled } from "~/server/services/users/set-user-disabled";
import { createTRPCRouter, ownerProcedure } from "../../trpc";

/** The deployment's people, for its owners. */
export const manageUsersRouter = createTRPCRouter({
  list: ownerProcedure.input(listUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),

  setDisabled: ownerProcedure
    .input(z.object({ userId: z.uuid(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setUserDisabled(ctx, { id: input.userId }, input.disabled)),
});
