import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { LessonBody } from "~/components/academy/partner/lesson-body";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { autoText, describeAnnouncement, type AnnouncementKind } from "~/lib/announcements";

export type AnnouncementView = {
  id: string;
  kind: AnnouncementKind;
  title: string;
  /** Sanitized on the server (render-markdown.ts). */
  html: string;
  data: Record<string, unknown>;
  createdAt: Date;
  emailedAt: Date | null;
  program: { name: string; slug: string };
};

/** One announcement: a manager's news as written, an automatic one in the reader's language. */
export async function AnnouncementCard(props: {
  announcement: AnnouncementView;
  audience: "partner" | "manager";
}) {
  const { announcement: a } = props;
  const locale = await getLocale();
  const format = await getFormatter();
  const tAuto = await getTranslations("announcements.auto");
  const tManage = await getTranslations("announcements.manage");
  const tPortal = await getTranslations("announcements.portal");
  const described = describeAnnouncement(a, locale);
  const title = described.kind === "news" ? described.title : autoText(tAuto, described.title);
  const lines = described.kind === "news" ? [] : described.lines.map((l) => autoText(tAuto, l));
  const programPage = `/portal/programs/${encodeURIComponent(a.program.slug)}`;
  return (
    <Card>
      <article id={`announcement-${a.id}`} aria-labelledby={`announcement-${a.id}-title`}>
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`announcement-${a.id}-title`} className="break-words text-lg font-semibold">
            {title}
          </h2>
          <span className="flex flex-wrap items-center gap-2 text-xs text-zinc-600">
            {props.audience === "manager" && a.kind !== "news" && (
              <Badge tone="blue">{tManage("automatic")}</Badge>
            )}
            {props.audience === "manager" && (
              <Badge tone={a.emailedAt ? "green" : "zinc"}>
                {a.emailedAt ? tManage("emailed") : tManage("emailPending")}
              </Badge>
            )}
            <time dateTime={a.createdAt.toISOString()}>
              {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </span>
        </header>
        {props.audience === "partner" && <p className="text-xs text-zinc-600">{a.program.name}</p>}
        <div className="mt-3 space-y-2 text-sm text-zinc-800">
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <LessonBody html={a.html} />
        </div>
        {props.audience === "partner" && a.kind === "terms_changed" && (
          <Link href={programPage} className="mt-3 inline-block text-sm text-brand-700 underline">
            {tPortal("termsAction")}
          </Link>
        )}
        {props.audience === "partner" && a.kind === "creatives_changed" && (
          <Link
            href={`${programPage}/creatives`}
            className="mt-3 inline-block text-sm text-brand-700 underline"
          >
            {tPortal("creativesAction")}
          </Link>
        )}
      </article>
    </Card>
  );
}
