"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

export function NoteForm(props: { programId: string; enrollmentId: string }) {
  const t = useTranslations("manager.partners.detail");
  const router = useRouter();
  const trpc = useTRPC();
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.manage.partners.addNote.mutationOptions({
      onSuccess: () => {
        setBody("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(add.error);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ programId: props.programId, enrollmentId: props.enrollmentId, body });
      }}
    >
      <FormError message={errors.body ? null : add.error?.message} />
      <Field id="partner-note" label={t("newNote")} hint={t("notesHint")} error={errors.body}>
        <Textarea
          id="partner-note"
          rows={3}
          maxLength={5_000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          invalid={!!errors.body}
        />
      </Field>
      <Button type="submit" disabled={add.isPending || body.trim() === ""}>
        {t("addNote")}
      </Button>
    </form>
  );
}
