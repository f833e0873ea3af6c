"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

type Status = "draft" | "published" | "archived";

// What a manager may do from each state: a draft is published, a published course goes back
// to draft or to the archive, an archived one can be restored as a draft.
const next: Record<Status, Status[]> = {
  draft: ["published", "archived"],
  published: ["draft", "archived"],
  archived: ["draft"],
};

export function CourseStatusActions(props: {
  programId: string;
  courseId: string;
  status: Status;
  lessonCount: number;
}) {
  const t = useTranslations("academyUi.manage.status");
  const router = useRouter();
  const trpc = useTRPC();
  const change = useMutation(
    trpc.manage.academy.setCourseStatus.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {next[props.status].map((status) => (
          <Button
            key={status}
            type="button"
            variant={
              status === "published" ? "primary" : status === "archived" ? "danger" : "secondary"
            }
            disabled={change.isPending || (status === "published" && props.lessonCount === 0)}
            onClick={() =>
              change.mutate({ programId: props.programId, courseId: props.courseId, status })
            }
          >
            {t(`to.${status}`)}
          </Button>
        ))}
      </div>
      {props.status === "draft" && props.lessonCount === 0 && (
        <p className="text-sm text-zinc-600">{t("needsLessons")}</p>
      )}
      {change.error && (
        <p role="alert" className="text-sm text-red-700">
          {change.error.message}
        </p>
      )}
    </div>
  );
}
