"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function DeleteNoteButton(props: { programId: string; noteId: string; label: string }) {
  const t = useTranslations("manager.partners.detail");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.partners.deleteNote.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        aria-label={props.label}
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t("deleteNoteConfirm"))) {
            remove.mutate({ programId: props.programId, noteId: props.noteId });
          }
        }}
      >
        {t("deleteNote")}
      </Button>
      {remove.error && (
        <span role="alert" className="text-xs text-red-700">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}
