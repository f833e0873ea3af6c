import {
  listConversions,
  listConversionsInput,
} from "~/server/services/conversions/list-conversions";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const manageConversionsRouter = createTRPCRouter({
  list: managerProcedure("conversions.read")
    .input(listConversionsInput)
    .query(({ ctx, input }) => {
      const { programId: _programId, ...query } = input;
      return listConversions(ctx, query);
    }),
});
