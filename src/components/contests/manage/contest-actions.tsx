"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/**
 * A button that asks before it acts, in the page rather than in a browser dialog: the
 * question stays readable, focus moves to it, and "back" returns focus to the button.
 */
function ConfirmAction(props: {
  label: string;
  question: string;
  confirmLabel: string;
  variant: "primary" | "danger";
  pending: boolean;
  error: string | undefined;
  onConfirm: () => void;
}) {
  const t = useTranslations("contestsUi.manage");
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <div className="space-y-2">
      {!asking && (
        <button
          ref={openRef}
          type="button"
          className={buttonClass(props.variant)}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      )}
      {asking && (
        <div
          role="group"
          aria-label={props.label}
          className="space-y-3 rounded-md border border-zinc-300 bg-zinc-50 p-3"
        >
          <p className="text-sm text-zinc-900">{props.question}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="button"
              className={buttonClass(props.variant)}
              disabled={props.pending}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
              {t("back")}
            </Button>
          </div>
        </div>
      )}
      {props.error && (
        <p role="alert" className="text-sm text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function LaunchContestButton(props: { programId: string; contestId: string; name: string }) {
  const t = useTranslations("contestsUi.manage");
  const router = useRouter();
  const trpc = useTRPC();
  const launch = useMutation(
    trpc.manage.contests.launch.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <ConfirmAction
      label={t("launch")}
      question={t("launchQuestion", { name: props.name })}
      confirmLabel={t("launchConfirm")}
      variant="primary"
      pending={launch.isPending}
      error={launch.error?.message}
      onConfirm={() => launch.mutate({ programId: props.programId, contestId: props.contestId })}
    />
  );
}

export function CancelContestButton(props: { programId: string; contestId: string; name: string }) {
  const t = useTranslations("contestsUi.manage");
  const router = useRouter();
  const trpc = useTRPC();
  const cancel = useMutation(
    trpc.manage.contests.cancel.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <ConfirmAction
      label={t("cancel")}
      question={t("cancelQuestion", { name: props.name })}
      confirmLabel={t("cancelConfirm")}
      variant="danger"
      pending={cancel.isPending}
      error={cancel.error?.message}
      onConfirm={() => cancel.mutate({ programId: props.programId, contestId: props.contestId })}
    />
  );
}
