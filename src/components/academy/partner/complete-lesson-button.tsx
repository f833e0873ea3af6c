"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/** Marks a lesson done and moves on: to the next step, or to the completion screen. */
export function CompleteLessonButton(props: {
  lessonId: string;
  nextHref: string;
  courseHref: string;
}) {
  const t = useTranslations("academyUi.player");
  const router = useRouter();
  const trpc = useTRPC();
  const complete = useMutation(
    trpc.partner.academy.completeLesson.mutationOptions({
      onSuccess: (result) =>
        router.push(
          result.courseCompleted
            ? `${props.courseHref}?completed=1&points=${result.pointsAwarded}`
            : props.nextHref,
        ),
    }),
  );
  return (
    <div className="space-y-2">
      <Button
        type="button"
        disabled={complete.isPending || complete.isSuccess}
        onClick={() => complete.mutate({ lessonId: props.lessonId })}
      >
        {t("completeAndContinue")}
      </Button>
      {complete.error && (
        <p role="alert" className="text-sm text-red-700">
          {complete.error.message}
        </p>
      )}
    </div>
  );
}
