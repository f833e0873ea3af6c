"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/lib/trpc/client";

export function DeleteNoteButton(props: { programId: string; noteId: string; label: string }) {
  const t = useTranslations("manager.partners.detail");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.partners.deleteNote.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <ConfirmButton
      label={t("deleteNote")}
      ariaLabel={props.label}
      confirm={t("deleteNoteConfirm")}
      pending={remove.isPending}
      error={remove.error?.message}
      onConfirm={() => remove.mutate({ programId: props.programId, noteId: props.noteId })}
    />
  );
}
