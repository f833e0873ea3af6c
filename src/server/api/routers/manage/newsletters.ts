import { z } from "zod";
import { newsletterAudienceOptions } from "~/server/services/newsletters/audience-options";
import { estimateAudience } from "~/server/services/newsletters/estimate-audience";
import { getNewsletter, listNewsletters } from "~/server/services/newsletters/list-newsletters";
import {
  audienceSchema,
  bodySchema,
  localeSchema,
  newsletterFieldsSchema,
  pageSchema,
  recipientFilterSchema,
  subjectSchema,
} from "~/server/services/newsletters/newsletter-input";
import { listRecipients, newsletterStats } from "~/server/services/newsletters/newsletter-stats";
import { previewNewsletter } from "~/server/services/newsletters/preview-newsletter";
import { createNewsletter, updateNewsletter } from "~/server/services/newsletters/save-newsletter";
import {
  cancelNewsletter,
  scheduleNewsletter,
} from "~/server/services/newsletters/schedule-newsletter";
import { sendTestNewsletter } from "~/server/services/newsletters/send-test";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const newsletterId = z.object({ newsletterId: z.uuid() });
const read = () => managerProcedure("program.read");
const manage = () => managerProcedure("program.update");

/** The console's newsletters: compose, preview, test, schedule, follow the delivery. */
export const manageNewslettersRouter = createTRPCRouter({
  list: read()
    .input(z.object({ page: pageSchema }))
    .query(({ ctx, input }) => listNewsletters(ctx, input)),

  get: read()
    .input(newsletterId)
    .query(({ ctx, input }) => getNewsletter(ctx, input)),

  stats: read()
    .input(newsletterId)
    .query(({ ctx, input }) => newsletterStats(ctx, input)),

  recipients: read()
    .input(newsletterId.extend({ filter: recipientFilterSchema, page: pageSchema }))
    .query(({ ctx, input }) => listRecipients(ctx, input)),

  audienceOptions: read().query(({ ctx }) => newsletterAudienceOptions(ctx)),

  estimate: read()
    .input(z.object({ audience: audienceSchema }))
    .query(({ ctx, input }) => estimateAudience(ctx.db, ctx.program.id, input.audience)),

  /** Rendered by the same template as the send; the page shows it in a sandboxed frame. */
  preview: read()
    .input(
      z.object({
        // The preview follows the typing: empty fields render, they are not errors yet.
        subject: z.string().max(200),
        body: z.string().max(50_000),
        locale: localeSchema,
      }),
    )
    // A mutation, so the body travels in a POST: a long draft would not fit in a GET's URL.
    .mutation(({ ctx, input }) => previewNewsletter(ctx.program, input)),

  create: manage()
    .input(newsletterFieldsSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return createNewsletter(ctx, fields);
    }),

  update: manage()
    .input(newsletterFieldsSchema.extend(newsletterId.shape))
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return updateNewsletter(ctx, fields);
    }),

  sendTest: manage()
    .input(
      z.object({
        subject: subjectSchema,
        body: bodySchema,
        locale: localeSchema,
        newsletterId: z.uuid().optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return sendTestNewsletter(ctx, fields);
    }),

  /** `at` null: send now. */
  schedule: manage()
    .input(newsletterId.extend({ at: z.date().nullable() }))
    .mutation(({ ctx, input }) => scheduleNewsletter(ctx, input)),

  cancel: manage()
    .input(newsletterId)
    .mutation(({ ctx, input }) => cancelNewsletter(ctx, input)),
});
