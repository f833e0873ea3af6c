"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

type Status = "applied" | "approved" | "rejected" | "suspended" | "training";
type Decision = "approve" | "reject" | "suspend" | "reinstate";

const available: Record<Status, Decision[]> = {
  applied: ["approve", "reject"],
  approved: ["suspend"],
  rejected: ["approve"],
  suspended: ["reinstate"],
  training: ["suspend"],
};

export function DecisionButtons(props: {
  programId: string;
  enrollmentId: string;
  status: Status;
  partner: string;
}) {
  const t = useTranslations("manager.partners");
  const router = useRouter();
  const trpc = useTRPC();
  const decide = useMutation(
    trpc.manage.enrollments.decide.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {available[props.status].map((decision) => (
        <Button
          key={decision}
          variant={decision === "reject" || decision === "suspend" ? "danger" : "primary"}
          className="min-h-8 px-3 py-1"
          disabled={decide.isPending}
          aria-label={t(`decisionFor.${decision}`, { partner: props.partner })}
          onClick={() =>
            decide.mutate({
              programId: props.programId,
              enrollmentId: props.enrollmentId,
              decision,
            })
          }
        >
          {t(`decision.${decision}`)}
        </Button>
      ))}
      {decide.error && (
        <span role="alert" className="text-xs text-red-700">
          {decide.error.message}
        </span>
      )}
    </div>
  );
}
