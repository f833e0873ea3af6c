import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { answersSchema } from "~/server/services/academy/academy-input";
import { completeLesson } from "~/server/services/academy/complete-lesson";
import { getPartnerCourse } from "~/server/services/academy/get-partner-course";
import { getPartnerLesson } from "~/server/services/academy/get-partner-lesson";
import { listCertificates } from "~/server/services/academy/list-certificates";
import { listPartnerCourses } from "~/server/services/academy/list-partner-courses";
import { recordLessonOpened } from "~/server/services/academy/record-lesson-opened";
import { submitQuiz } from "~/server/services/academy/submit-quiz";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/**
 * The academy as a partner takes it. Partners in training (approved, a required course still
 * to do) use it like active ones: it is how they become active.
 */
export const partnerAcademyRouter = createTRPCRouter({
  listCourses: partnerProcedure
    .input(
      z
        .object({
          programId: z.uuid().optional(),
          page: pageSchema,
          pageSize: pageSizeSchema(50, 24),
        })
        .default({ page: 1, pageSize: 24 }),
    )
    .query(({ ctx, input }) => listPartnerCourses(ctx, input)),

  getCourse: enrolledProcedure("learning", "course").query(({ ctx, input }) =>
    getPartnerCourse(ctx, input),
  ),

  getLesson: enrolledProcedure("learning", "lesson")
    .input(z.object({ courseId: z.uuid() }))
    .query(({ ctx, input }) => getPartnerLesson(ctx, input)),

  /** Where the partner is (for "Resume"): sent by the player, never by reading the lesson. */
  openLesson: enrolledProcedure("learning", "lesson")
    .input(z.object({ courseId: z.uuid() }))
    .mutation(({ ctx, input }) => recordLessonOpened(ctx, input)),

  completeLesson: enrolledProcedure("learning", "lesson").mutation(({ ctx, input }) =>
    completeLesson(ctx, input),
  ),

  submitQuiz: enrolledProcedure("learning", "lesson")
    .input(z.object({ answers: answersSchema }))
    .mutation(({ ctx, input }) => submitQuiz(ctx, input)),

  listCertificates: partnerProcedure
    .input(
      z
        .object({ page: pageSchema, pageSize: pageSizeSchema(50, 24) })
        .default({ page: 1, pageSize: 24 }),
    )
    .query(({ ctx, input }) => listCertificates(ctx, input)),
});
