import { cockpitHome } from "~/server/services/cockpit/cockpit-home";
import { programCockpit } from "~/server/services/cockpit/program-cockpit";
import { createTRPCRouter, managerProcedure, protectedProcedure } from "../../trpc";

/** The program overview (cockpit) and the console home's summary across programs. */
export const manageCockpitRouter = createTRPCRouter({
  get: managerProcedure("program.read").query(({ ctx }) => programCockpit(ctx)),

  /** The caller's own programs, from their memberships (as manage.programs.list). */
  home: protectedProcedure.query(({ ctx }) => cockpitHome(ctx)),
});
