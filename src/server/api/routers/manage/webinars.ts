import { z } from "zod";
import { audienceOptions } from "~/server/services/webinars/audience-options";
import { cancelWebinar } from "~/server/services/webinars/cancel-webinar";
import {
  getManagedWebinar,
  listRegistrations,
} from "~/server/services/webinars/get-managed-webinar";
import { hideQuestion } from "~/server/services/webinars/hide-question";
import { importAttendance } from "~/server/services/webinars/import-attendance";
import { listManagedWebinars } from "~/server/services/webinars/list-managed-webinars";
import { listQuestions } from "~/server/services/webinars/list-questions";
import { loadManagedWebinar } from "~/server/services/webinars/managed-webinar";
import { markAttendance } from "~/server/services/webinars/mark-attendance";
import { createWebinar, updateWebinar } from "~/server/services/webinars/save-webinar";
import { setRecording } from "~/server/services/webinars/set-recording";
import { webinarDefaults } from "~/server/services/webinars/webinar-defaults";
import {
  httpsUrlSchema,
  pageSchema,
  webinarFieldsSchema,
} from "~/server/services/webinars/webinar-input";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const webinarId = z.object({ webinarId: z.uuid() });
const read = () => managerProcedure("program.read");
const manage = () => managerProcedure("program.update");

/** The console's webinars: scheduling, attendance, the recording and the question board. */
export const manageWebinarsRouter = createTRPCRouter({
  list: read()
    .input(z.object({ view: z.enum(["upcoming", "past"]).default("upcoming"), page: pageSchema }))
    .query(({ ctx, input }) => listManagedWebinars(ctx, input)),

  get: read()
    .input(webinarId)
    .query(({ ctx, input }) => getManagedWebinar(ctx, input)),

  registrations: read()
    .input(webinarId.extend({ page: pageSchema }))
    .query(({ ctx, input }) => listRegistrations(ctx, input)),

  questions: read()
    .input(webinarId.extend({ page: pageSchema }))
    .query(async ({ ctx, input }) => {
      const webinar = await loadManagedWebinar(ctx.db, ctx.program.id, input.webinarId);
      return listQuestions(ctx.db, { webinarId: webinar.id, page: input.page, viewer: "manager" });
    }),

  audienceOptions: read().query(({ ctx }) => audienceOptions(ctx)),

  /** What the new-webinar form starts from: the program's usual join link, if any. */
  defaults: read().query(({ ctx }) => webinarDefaults(ctx)),

  create: manage()
    .input(webinarFieldsSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return createWebinar(ctx, fields);
    }),

  update: manage()
    .input(webinarFieldsSchema.extend(webinarId.shape))
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...fields } = input;
      return updateWebinar(ctx, fields);
    }),

  cancel: manage()
    .input(webinarId)
    .mutation(({ ctx, input }) => cancelWebinar(ctx, input)),

  markAttendance: manage()
    .input(
      webinarId.extend({
        enrollmentIds: z.array(z.uuid()).min(1).max(500),
        attended: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => markAttendance(ctx, input)),

  importAttendance: manage()
    .input(webinarId.extend({ csv: z.string().min(1).max(1_000_000) }))
    .mutation(({ ctx, input }) => importAttendance(ctx, input)),

  setRecording: manage()
    .input(webinarId.extend({ url: httpsUrlSchema }))
    .mutation(({ ctx, input }) => setRecording(ctx, input)),

  hideQuestion: manage()
    .input(z.object({ questionId: z.uuid(), hidden: z.boolean().default(true) }))
    .mutation(({ ctx, input }) => hideQuestion(ctx, input)),
});
