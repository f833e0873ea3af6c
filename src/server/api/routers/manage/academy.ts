import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { saveCourseSchema, saveLessonSchema } from "~/server/services/academy/academy-input";
import { deleteLesson } from "~/server/services/academy/delete-lesson";
import { getCourse } from "~/server/services/academy/get-course";
import { listCourseProgress } from "~/server/services/academy/list-course-progress";
import { listCourses } from "~/server/services/academy/list-courses";
import { moveLesson } from "~/server/services/academy/move-lesson";
import { saveCourse } from "~/server/services/academy/save-course";
import { saveLesson } from "~/server/services/academy/save-lesson";
import { setCourseStatus } from "~/server/services/academy/set-course-status";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const courseStatus = z.enum(["draft", "published", "archived"]);

/** The academy in the console: courses, lessons and quizzes, and who completed what. */
export const manageAcademyRouter = createTRPCRouter({
  listCourses: managerProcedure("program.read")
    .input(
      z.object({
        status: courseStatus.optional(),
        page: pageSchema,
        pageSize: pageSizeSchema(100, 25),
      }),
    )
    .query(({ ctx, input }) => listCourses(ctx, input)),

  getCourse: managerProcedure("program.read")
    .input(z.object({ courseId: z.uuid() }))
    .query(({ ctx, input }) => getCourse(ctx, input)),

  saveCourse: managerProcedure("program.update")
    .input(saveCourseSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...rest } = input;
      return saveCourse(ctx, rest);
    }),

  setCourseStatus: managerProcedure("program.update")
    .input(z.object({ courseId: z.uuid(), status: courseStatus }))
    .mutation(({ ctx, input }) => setCourseStatus(ctx, input)),

  saveLesson: managerProcedure("program.update")
    .input(saveLessonSchema)
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...rest } = input;
      return saveLesson(ctx, rest);
    }),

  deleteLesson: managerProcedure("program.update")
    .input(z.object({ lessonId: z.uuid() }))
    .mutation(({ ctx, input }) => deleteLesson(ctx, input)),

  moveLesson: managerProcedure("program.update")
    .input(z.object({ lessonId: z.uuid(), direction: z.enum(["up", "down"]) }))
    .mutation(({ ctx, input }) => moveLesson(ctx, input)),

  courseProgress: managerProcedure("enrollments.read")
    .input(
      z.object({
        courseId: z.uuid(),
        page: pageSchema,
        pageSize: pageSizeSchema(100, 25),
      }),
    )
    .query(({ ctx, input }) => listCourseProgress(ctx, input)),
});
