"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import {
  formToLesson,
  newQuestion,
  type LessonFormValues,
} from "~/components/academy/lesson-form-values";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import { AttachmentPicker, type AttachmentOption } from "./attachment-picker";
import { QuestionEditor } from "./question-editor";

/** Writes a lesson or a quiz; saving returns to the course page. */
export function LessonEditor(props: {
  programId: string;
  courseId: string;
  lessonId?: string;
  courseHref: string;
  initial: LessonFormValues;
  attachments: AttachmentOption[];
}) {
  const t = useTranslations("academyUi.editor");
  const tError = useTranslations("academyUi.editor.errors");
  const router = useRouter();
  const trpc = useTRPC();
  const id = useId();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.manage.academy.saveLesson.mutationOptions({
      onSuccess: () => {
        router.push(props.courseHref);
        router.refresh();
      },
    }),
  );
  const errors = { ...fieldErrors(save.error), ...clientErrors };
  const quiz = values.kind === "quiz";
  const set = (patch: Partial<LessonFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));
  const questionErrors = (index: number) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([key]) => key.startsWith(`questions.${index}.`))
        .map(([key, message]) => [key.split(".")[2] ?? "", message]),
    );

  return (
    <form
      className="space-y-5"
      aria-label={quiz ? t("quizLabel") : t("lessonLabel")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = formToLesson(values);
        if (!result.ok) {
          setClientErrors(
            Object.fromEntries(
              Object.entries(result.errors).map(([key, code]) => [key, tError(code)]),
            ),
          );
          return;
        }
        setClientErrors({});
        save.mutate({
          programId: props.programId,
          courseId: props.courseId,
          ...(props.lessonId ? { lessonId: props.lessonId } : {}),
          ...result.input,
        });
      }}
    >
      <FormError message={save.error?.message} />
      {Object.keys(clientErrors).length > 0 && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("fixErrors")}
        </p>
      )}
      <Field id={`${id}-title`} label={t("title")} error={errors.title}>
        <Input
          id={`${id}-title`}
          value={values.title}
          maxLength={200}
          required
          invalid={!!errors.title}
          onChange={(event) => set({ title: event.target.value })}
        />
      </Field>
      <Field
        id={`${id}-body`}
        label={quiz ? t("intro") : t("body")}
        hint={t("bodyHint")}
        error={errors.body}
      >
        <Textarea
          id={`${id}-body`}
          value={values.body}
          rows={quiz ? 3 : 12}
          maxLength={50_000}
          className="font-mono"
          invalid={!!errors.body}
          onChange={(event) => set({ body: event.target.value })}
        />
      </Field>
      {!quiz && (
        <Field id={`${id}-video`} label={t("video")} hint={t("videoHint")} error={errors.videoUrl}>
          <Input
            id={`${id}-video`}
            type="url"
            value={values.videoUrl}
            maxLength={500}
            invalid={!!errors.videoUrl}
            onChange={(event) => set({ videoUrl: event.target.value })}
          />
        </Field>
      )}
      {!quiz && (
        <AttachmentPicker
          options={props.attachments}
          selected={values.attachmentIds}
          onChange={(attachmentIds) => set({ attachmentIds })}
        />
      )}
      {quiz && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`${id}-pass`}
            label={t("passMark")}
            hint={t("passMarkHint")}
            error={errors.passMarkPercent}
          >
            <Input
              id={`${id}-pass`}
              inputMode="numeric"
              value={values.passMarkPercent}
              invalid={!!errors.passMarkPercent}
              onChange={(event) => set({ passMarkPercent: event.target.value })}
            />
          </Field>
          <Field
            id={`${id}-attempts`}
            label={t("maxAttempts")}
            hint={t("maxAttemptsHint")}
            error={errors.maxAttempts}
          >
            <Input
              id={`${id}-attempts`}
              inputMode="numeric"
              value={values.maxAttempts}
              invalid={!!errors.maxAttempts}
              onChange={(event) => set({ maxAttempts: event.target.value })}
            />
          </Field>
        </div>
      )}
      {quiz && (
        <section aria-labelledby={`${id}-questions`} className="space-y-3">
          <h3 id={`${id}-questions`} className="font-semibold">
            {t("questions")}
          </h3>
          {errors.questions && (
            <p role="alert" className="text-sm text-red-700">
              {errors.questions}
            </p>
          )}
          {values.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              idPrefix={`${id}-q${index}`}
              index={index}
              question={question}
              errors={questionErrors(index)}
              canRemove={values.questions.length > 1}
              onChange={(changed) =>
                set({
                  questions: values.questions.map((item, i) => (i === index ? changed : item)),
                })
              }
              onRemove={() => set({ questions: values.questions.filter((_, i) => i !== index) })}
            />
          ))}
          <Button
            type="button"
            variant="secondary"
            disabled={values.questions.length >= 50}
            onClick={() => set({ questions: [...values.questions, newQuestion()] })}
          >
            {t("addQuestion")}
          </Button>
        </section>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {quiz ? t("saveQuiz") : t("saveLesson")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push(props.courseHref)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
