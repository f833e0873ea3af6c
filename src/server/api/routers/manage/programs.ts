import { z } from "zod";
import { createProgramSchema, programSettingsSchema, termsSchema } from "~/lib/validation/programs";
import { addManager } from "~/server/services/programs/add-manager";
import { createProgram } from "~/server/services/programs/create-program";
import { getManagedProgram } from "~/server/services/programs/get-managed-program";
import { listManagedPrograms } from "~/server/services/programs/list-managed-programs";
import { listManagers } from "~/server/services/programs/list-managers";
import { publishTerms } from "~/server/services/programs/publish-terms";
import { removeManager } from "~/server/services/programs/remove-manager";
import { updateProgram } from "~/server/services/programs/update-program";
import { createTRPCRouter, managerProcedure, ownerProcedure, protectedProcedure } from "../../trpc";

export const manageProgramsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listManagedPrograms(ctx)),

  get: managerProcedure("program.read").query(({ ctx }) => getManagedProgram(ctx)),

  create: ownerProcedure
    .input(createProgramSchema)
    .mutation(({ ctx, input }) => createProgram(ctx, input)),

  update: managerProcedure("program.update")
    .input(programSettingsSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...settings } = input;
      return updateProgram(ctx, settings);
    }),

  publishTerms: managerProcedure("terms.publish")
    .input(z.object({ body: termsSchema }))
    .mutation(({ ctx, input }) => publishTerms(ctx, input.body)),

  managers: managerProcedure("program.read").query(({ ctx }) => listManagers(ctx)),

  addManager: managerProcedure("managers.manage")
    .input(z.object({ email: z.email() }))
    .mutation(({ ctx, input }) => addManager(ctx, { email: input.email })),

  removeManager: managerProcedure("managers.manage")
    .input(z.object({ userId: z.uuid() }))
    .mutation(({ ctx, input }) => removeManager(ctx, { userId: input.userId })),
});
