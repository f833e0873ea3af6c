import {
  getPartnerEmailPreferences,
  partnerPreferencesInput,
  setPartnerEmailPreferences,
  setPartnerTimeZone,
  timeZoneInput,
} from "~/server/services/subscribers/partner-email-preferences";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

export const partnerEmailPreferencesRouter = createTRPCRouter({
  get: partnerProcedure.query(({ ctx }) => getPartnerEmailPreferences(ctx)),

  set: partnerProcedure
    .input(partnerPreferencesInput)
    .mutation(({ ctx, input }) => setPartnerEmailPreferences(ctx, input)),

  setTimeZone: partnerProcedure
    .input(timeZoneInput)
    .mutation(({ ctx, input }) => setPartnerTimeZone(ctx, input)),
});
