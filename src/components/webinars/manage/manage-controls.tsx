"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

type Ids = { programId: string; webinarId: string };

/** The attendance tick of one registration; a tick gives the attendance points once. */
export function AttendanceToggle(
  props: Ids & { enrollmentId: string; name: string; attended: boolean },
) {
  const t = useTranslations("webinars.manage");
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(
    trpc.manage.webinars.markAttendance.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span>
      <input
        type="checkbox"
        className="h-5 w-5"
        aria-label={t("attendedBy", { name: props.name })}
        checked={props.attended}
        disabled={mark.isPending}
        onChange={(e) =>
          mark.mutate({
            programId: props.programId,
            webinarId: props.webinarId,
            enrollmentIds: [props.enrollmentId],
            attended: e.target.checked,
          })
        }
      />
      {mark.error && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {mark.error.message}
        </span>
      )}
    </span>
  );
}

export function CancelWebinarButton(props: Ids & { title: string }) {
  const t = useTranslations("webinars.manage");
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(
    trpc.manage.webinars.cancel.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="space-y-2">
      <FormError message={cancel.error?.message} />
      <Button
        variant="danger"
        disabled={cancel.isPending}
        onClick={() => {
          if (window.confirm(t("cancelConfirm", { title: props.title }))) cancel.mutate(props);
        }}
      >
        {t("cancel")}
      </Button>
    </div>
  );
}

export function RecordingForm(props: Ids & { current: string | null }) {
  const t = useTranslations("webinars.manage");
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState(props.current ?? "");
  const save = useMutation(
    trpc.manage.webinars.setRecording.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const id = `recording-${props.webinarId}`;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ ...props, url });
      }}
    >
      <FormError message={save.error?.message} />
      <Field
        id={id}
        label={t("recordingUrl")}
        hint={t("recordingHint")}
        error={fieldErrors(save.error).url}
      >
        <Input id={id} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending || !url.trim()}>
          {t("saveRecording")}
        </Button>
        {save.data && (
          <span role="status" className="text-sm text-green-800">
            {t("recordingSaved", { count: save.data.announced })}
          </span>
        )}
      </div>
    </form>
  );
}

export function HideQuestionButton(props: {
  programId: string;
  questionId: string;
  hidden: boolean;
}) {
  const t = useTranslations("webinars.manage");
  const trpc = useTRPC();
  const router = useRouter();
  const hide = useMutation(
    trpc.manage.webinars.hideQuestion.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <Button
      variant="secondary"
      disabled={hide.isPending}
      onClick={() => hide.mutate({ ...props, hidden: !props.hidden })}
    >
      {props.hidden ? t("show") : t("hide")}
    </Button>
  );
}
