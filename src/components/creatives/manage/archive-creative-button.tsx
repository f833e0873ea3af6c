"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function ArchiveCreativeButton(props: {
  programId: string;
  creativeId: string;
  name: string;
  archived: boolean;
}) {
  const t = useTranslations("creatives.manage.card");
  const router = useRouter();
  const trpc = useTRPC();
  const toggle = useMutation(
    trpc.manage.creatives.setArchived.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant={props.archived ? "secondary" : "danger"}
        disabled={toggle.isPending}
        aria-label={t(props.archived ? "unarchiveNamed" : "archiveNamed", { name: props.name })}
        onClick={() =>
          toggle.mutate({
            programId: props.programId,
            creativeId: props.creativeId,
            archived: !props.archived,
          })
        }
      >
        {props.archived ? t("unarchive") : t("archive")}
      </Button>
      {toggle.error && (
        <span role="alert" className="text-xs text-red-700">
          {toggle.error.message}
        </span>
      )}
    </span>
  );
}
