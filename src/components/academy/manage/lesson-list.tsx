"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge } from "~/components/ui/status-badge";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export type ManagedLesson = { id: string; kind: "lesson" | "quiz"; title: string };

/** The course's steps in order, with move up/down, edit and delete. */
export function LessonList(props: { programId: string; base: string; lessons: ManagedLesson[] }) {
  const t = useTranslations("academyUi.manage.lessons");
  const router = useRouter();
  const trpc = useTRPC();
  const refresh = { onSuccess: () => router.refresh() };
  const move = useMutation(trpc.manage.academy.moveLesson.mutationOptions(refresh));
  const remove = useMutation(trpc.manage.academy.deleteLesson.mutationOptions(refresh));
  const pending = move.isPending || remove.isPending;
  const error = move.error ?? remove.error;

  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <ol className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
        {props.lessons.map((lesson, index) => (
          <li
            key={lesson.id}
            data-testid="manage-lesson"
            className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="flex min-w-0 items-center gap-2">
              <span className="text-sm tabular-nums text-zinc-600">{index + 1}.</span>
              <Link
                href={`${props.base}/lessons/${lesson.id}`}
                className="truncate font-medium text-brand-700 underline"
              >
                {lesson.title}
              </Link>
              <Badge tone={lesson.kind === "quiz" ? "blue" : "zinc"}>
                {t(`kind.${lesson.kind}`)}
              </Badge>
            </div>
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                variant="secondary"
                className="min-h-8 px-3 py-1"
                disabled={pending || index === 0}
                aria-label={t("moveUpNamed", { title: lesson.title })}
                onClick={() =>
                  move.mutate({ programId: props.programId, lessonId: lesson.id, direction: "up" })
                }
              >
                {t("moveUp")}
              </Button>
              <Button
                type="button"
                variant="secondary"
                className="min-h-8 px-3 py-1"
                disabled={pending || index === props.lessons.length - 1}
                aria-label={t("moveDownNamed", { title: lesson.title })}
                onClick={() =>
                  move.mutate({
                    programId: props.programId,
                    lessonId: lesson.id,
                    direction: "down",
                  })
                }
              >
                {t("moveDown")}
              </Button>
              <Button
                type="button"
                variant="danger"
                className="min-h-8 px-3 py-1"
                disabled={pending}
                aria-label={t("deleteNamed", { title: lesson.title })}
                onClick={() => {
                  if (window.confirm(t("confirmDelete", { title: lesson.title })))
                    remove.mutate({ programId: props.programId, lessonId: lesson.id });
                }}
              >
                {t("delete")}
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
