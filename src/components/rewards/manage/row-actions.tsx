"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/** Archive or restore a badge. */
export function BadgeArchiveButton(props: {
  programId: string;
  badgeId: string;
  archived: boolean;
  name: string;
}) {
  const t = useTranslations("rewards.manage.badges");
  const router = useRouter();
  const trpc = useTRPC();
  const toggle = useMutation(
    trpc.manage.rewards.setBadgeArchived.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-col">
      <Button
        type="button"
        variant="secondary"
        disabled={toggle.isPending}
        aria-label={t(props.archived ? "restoreNamed" : "archiveNamed", { name: props.name })}
        onClick={() =>
          toggle.mutate({
            programId: props.programId,
            badgeId: props.badgeId,
            archived: !props.archived,
          })
        }
      >
        {t(props.archived ? "restore" : "archive")}
      </Button>
      {toggle.error && (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {toggle.error.message}
        </span>
      )}
    </span>
  );
}

/** Delete a tier (refused while partners hold it). */
export function TierDeleteButton(props: { programId: string; tierId: string; name: string }) {
  const t = useTranslations("rewards.manage.tiers");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.rewards.deleteTier.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-col">
      <Button
        type="button"
        variant="danger"
        disabled={remove.isPending}
        aria-label={t("deleteNamed", { name: props.name })}
        onClick={() => {
          if (window.confirm(t("confirmDelete", { name: props.name }))) {
            remove.mutate({ programId: props.programId, tierId: props.tierId });
          }
        }}
      >
        {t("delete")}
      </Button>
      {remove.error && (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}
