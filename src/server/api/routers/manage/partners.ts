import { z } from "zod";
import { addPartnerNote, addPartnerNoteInput } from "~/server/services/partners/add-partner-note";
import {
  deletePartnerNote,
  deletePartnerNoteInput,
} from "~/server/services/partners/delete-partner-note";
import { getPartnerDetail } from "~/server/services/partners/get-partner-detail";
import { getPartnerStats } from "~/server/services/partners/get-partner-stats";
import {
  listPartnerConversions,
  listPartnerConversionsInput,
} from "~/server/services/partners/list-partner-conversions";
import {
  listPartnerLinks,
  listPartnerLinksInput,
} from "~/server/services/partners/list-partner-links";
import {
  listPartnerNotes,
  listPartnerNotesInput,
} from "~/server/services/partners/list-partner-notes";
import {
  listProgramPartners,
  listProgramPartnersInput,
} from "~/server/services/partners/list-program-partners";
import { setPartnerTier, setPartnerTierInput } from "~/server/services/partners/set-partner-tier";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const onePartner = z.object({ enrollmentId: z.uuid() });

/**
 * The console's partners (A2). Reads need "enrollments.read"; tiers and private notes change
 * how a manager handles a partner, like a decision, so they need "enrollments.decide".
 */
export const managePartnersRouter = createTRPCRouter({
  list: managerProcedure("enrollments.read")
    .input(listProgramPartnersInput)
    .query(({ ctx, input: { programId: _programId, ...query } }) =>
      listProgramPartners(ctx, query),
    ),

  get: managerProcedure("enrollments.read")
    .input(onePartner)
    .query(({ ctx, input }) => getPartnerDetail(ctx, input)),

  stats: managerProcedure("enrollments.read")
    .input(onePartner)
    .query(({ ctx, input }) => getPartnerStats(ctx, input)),

  links: managerProcedure("enrollments.read")
    .input(listPartnerLinksInput)
    .query(({ ctx, input: { programId: _programId, ...query } }) => listPartnerLinks(ctx, query)),

  conversions: managerProcedure("enrollments.read")
    .input(listPartnerConversionsInput)
    .query(({ ctx, input: { programId: _programId, ...query } }) =>
      listPartnerConversions(ctx, query),
    ),

  setTier: managerProcedure("enrollments.decide")
    .input(setPartnerTierInput)
    .mutation(({ ctx, input: { programId: _programId, ...change } }) =>
      setPartnerTier(ctx, change),
    ),

  notes: managerProcedure("enrollments.read")
    .input(listPartnerNotesInput)
    .query(({ ctx, input: { programId: _programId, ...query } }) => listPartnerNotes(ctx, query)),

  addNote: managerProcedure("enrollments.decide")
    .input(addPartnerNoteInput)
    .mutation(({ ctx, input: { programId: _programId, ...note } }) => addPartnerNote(ctx, note)),

  deleteNote: managerProcedure("enrollments.decide")
    .input(deletePartnerNoteInput)
    .mutation(({ ctx, input }) => deletePartnerNote(ctx, { noteId: input.noteId })),
});
