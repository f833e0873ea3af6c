import "server-only";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { api } from "~/server/api/server-caller";
import { Card } from "~/components/ui/card";
import type { LessonFormValues } from "~/components/academy/lesson-form-values";
import type { AttachmentOption } from "./attachment-picker";
import { LessonEditor } from "./lesson-editor";

type Caller = Awaited<ReturnType<typeof api>>;

/**
 * The frame around the lesson editor, shared by "new" and "edit". Attachments offered are the
 * first page of the program's active creatives plus those already attached (even archived).
 */
export async function LessonEditorPage(props: {
  caller: Caller;
  program: { id: string; slug: string };
  course: { id: string; title: string };
  lessonId?: string;
  heading: string;
  initial: LessonFormValues;
  attached: AttachmentOption[];
}) {
  const t = await getTranslations("academyUi.editor");
  const courseHref = `/manage/${props.program.slug}/academy/${props.course.id}`;
  const library =
    props.initial.kind === "lesson"
      ? await props.caller.manage.creatives.list({ programId: props.program.id, pageSize: 60 })
      : { items: [] };
  const options = [
    ...props.attached,
    ...library.items
      .filter((creative) => !props.attached.some((item) => item.id === creative.id))
      .map((creative) => ({ id: creative.id, name: creative.name, kind: creative.kind })),
  ];
  return (
    <div className="space-y-4">
      <Link href={courseHref} className="text-sm text-brand-700 underline">
        {t("backTo", { title: props.course.title })}
      </Link>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{props.heading}</h2>
        <LessonEditor
          programId={props.program.id}
          courseId={props.course.id}
          lessonId={props.lessonId}
          courseHref={courseHref}
          initial={props.initial}
          attachments={options}
        />
      </Card>
    </div>
  );
}
