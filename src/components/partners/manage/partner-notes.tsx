import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { DeleteNoteButton } from "./delete-note-button";
import { NoteForm } from "./note-form";

type Note = {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
  authorEmail: string | null;
  mine: boolean;
};

/** Managers' private notes about the partner, newest first; the partner never sees them. */
export async function PartnerNotes(props: {
  programId: string;
  enrollmentId: string;
  items: readonly Note[];
  olderHref: string | null;
  newestHref: string | null;
}) {
  const t = await getTranslations("manager.partners.detail");
  const format = await getFormatter();
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Card className="space-y-4">
      <h3 className="font-semibold">{t("notes")}</h3>
      <NoteForm programId={props.programId} enrollmentId={props.enrollmentId} />
      {props.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noNotes")}</p>
      ) : (
        <ol className="divide-y divide-zinc-100" aria-label={t("notesList")}>
          {props.items.map((note) => (
            <li key={note.id} className="py-3" data-testid="partner-note">
              <p className="whitespace-pre-line break-words text-sm text-zinc-900">{note.body}</p>
              <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-zinc-600">
                <span>
                  {t("noteBy", {
                    author: note.authorName ?? note.authorEmail ?? t("formerManager"),
                    date: date(note.createdAt),
                  })}
                </span>
                {note.mine && (
                  <DeleteNoteButton
                    programId={props.programId}
                    noteId={note.id}
                    label={t("deleteNoteOf", { date: date(note.createdAt) })}
                  />
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {(props.newestHref || props.olderHref) && (
        <nav className="flex gap-3 text-sm" aria-label={t("notesPagination")}>
          {props.newestHref && (
            <Link href={props.newestHref} className="text-brand-700 underline">
              {t("newestNotes")}
            </Link>
          )}
          {props.olderHref && (
            <Link href={props.olderHref} className="text-brand-700 underline">
              {t("olderNotes")}
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
