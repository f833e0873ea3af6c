import { z } from "zod";
import { videoUrlSchema } from "./video-embed";

export const MAX_BODY_CHARS = 50_000;
export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 10;

export const saveCourseSchema = z.object({
  courseId: z.uuid().optional(),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).default(""),
  requiredForActivation: z.boolean().default(false),
  badgeId: z.uuid().nullable().default(null),
});
export type SaveCourseInput = z.infer<typeof saveCourseSchema>;

const optionSchema = z.object({
  id: z.uuid().optional(),
  label: z.string().trim().min(1).max(300),
  correct: z.boolean(),
});

export const questionSchema = z
  .object({
    id: z.uuid().optional(),
    kind: z.enum(["single", "multiple"]),
    prompt: z.string().trim().min(1).max(1000),
    explanation: z.string().trim().max(2000).default(""),
    options: z.array(optionSchema).min(2).max(MAX_OPTIONS),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    // A question nobody can answer right (or a "single" one with two right answers) would
    // fail every partner: refuse it while the manager is still editing.
    if (question.kind === "single" ? correct !== 1 : correct < 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message:
          question.kind === "single"
            ? "validation.academy.singleCorrect"
            : "validation.academy.someCorrect",
      });
    }
  });
export type QuestionInput = z.infer<typeof questionSchema>;

export const saveLessonSchema = z
  .object({
    courseId: z.uuid(),
    lessonId: z.uuid().optional(),
    kind: z.enum(["lesson", "quiz"]),
    title: z.string().trim().min(1).max(200),
    body: z.string().max(MAX_BODY_CHARS, { error: "validation.academy.bodyTooLong" }).default(""),
    videoUrl: videoUrlSchema.default(null),
    passMarkPercent: z.number().int().min(1).max(100).nullable().default(null),
    maxAttempts: z.number().int().min(1).max(100).nullable().default(null),
    attachmentIds: z.array(z.uuid()).max(20).default([]),
    questions: z.array(questionSchema).max(MAX_QUESTIONS).default([]),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.kind === "lesson" && lesson.questions.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["questions"],
        message: "validation.academy.questionsInLesson",
      });
    }
    if (lesson.kind === "quiz" && lesson.passMarkPercent === null) {
      ctx.addIssue({
        code: "custom",
        path: ["passMarkPercent"],
        message: "validation.academy.passMark",
      });
    }
  });
export type SaveLessonInput = z.infer<typeof saveLessonSchema>;

export const answersSchema = z
  .record(z.uuid(), z.array(z.uuid()).max(MAX_OPTIONS))
  .refine((answers) => Object.keys(answers).length <= MAX_QUESTIONS);
