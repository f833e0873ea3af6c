"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

export type CourseFormCourse = {
  id: string;
  title: string;
  summary: string;
  requiredForActivation: boolean;
  badgeId: string | null;
};

/** Creates a course (then opens it to add lessons) or saves an existing one in place. */
export function CourseForm(props: {
  programId: string;
  slug: string;
  course?: CourseFormCourse;
  badges: { id: string; name: string }[];
}) {
  const t = useTranslations("academyUi.manage.form");
  const router = useRouter();
  const trpc = useTRPC();
  const id = useId();
  const [title, setTitle] = useState(props.course?.title ?? "");
  const [summary, setSummary] = useState(props.course?.summary ?? "");
  const [required, setRequired] = useState(props.course?.requiredForActivation ?? false);
  const [badgeId, setBadgeId] = useState(props.course?.badgeId ?? "");
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.manage.academy.saveCourse.mutationOptions({
      onSuccess: (result) => {
        if (props.course) {
          setSaved(true);
          router.refresh();
        } else {
          router.push(`/manage/${props.slug}/academy/${result.id}`);
        }
      },
    }),
  );
  const errors = fieldErrors(save.error);

  return (
    <form
      className="space-y-4"
      aria-label={props.course ? t("editLabel") : t("createLabel")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate({
          programId: props.programId,
          ...(props.course ? { courseId: props.course.id } : {}),
          title,
          summary,
          requiredForActivation: required,
          badgeId: badgeId || null,
        });
      }}
    >
      <FormError message={save.error?.message} />
      <Field id={`${id}-title`} label={t("title")} error={errors.title}>
        <Input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          required
          invalid={!!errors.title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field
        id={`${id}-summary`}
        label={t("summary")}
        hint={t("summaryHint")}
        error={errors.summary}
      >
        <Textarea
          id={`${id}-summary`}
          value={summary}
          rows={3}
          maxLength={2000}
          invalid={!!errors.summary}
          onChange={(event) => setSummary(event.target.value)}
        />
      </Field>
      <Field id={`${id}-badge`} label={t("badge")} hint={t("badgeHint")} error={errors.badgeId}>
        <Select
          id={`${id}-badge`}
          value={badgeId}
          invalid={!!errors.badgeId}
          onChange={(event) => setBadgeId(event.target.value)}
        >
          <option value="">{t("noBadge")}</option>
          {props.badges.map((badge) => (
            <option key={badge.id} value={badge.id}>
              {badge.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-start gap-2">
        <input
          id={`${id}-required`}
          type="checkbox"
          className="mt-1 size-4"
          checked={required}
          aria-describedby={`${id}-required-hint`}
          onChange={(event) => setRequired(event.target.checked)}
        />
        <div>
          <label htmlFor={`${id}-required`} className="text-sm font-medium text-zinc-800">
            {t("required")}
          </label>
          <p id={`${id}-required-hint`} className="text-xs text-zinc-600">
            {t("requiredHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {props.course ? t("save") : t("create")}
        </Button>
        {saved && (
          <span role="status" className="text-sm text-green-800">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}
