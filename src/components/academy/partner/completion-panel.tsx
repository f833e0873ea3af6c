import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";

/**
 * The finish line: the certificate (a public page the partner can print or share) and the
 * badge the course gives. `justNow` is the screen right after the last step.
 */
export async function CompletionPanel(props: {
  courseTitle: string;
  completedAt: Date;
  certificateCode: string | null;
  badge: { name: string; icon: string; description?: string } | null;
  pointsAwarded: number;
  justNow: boolean;
}) {
  const t = await getTranslations("academyUi.completion");
  const format = await getFormatter();
  return (
    <section
      aria-labelledby="course-complete"
      data-testid="course-complete"
      className="rounded-lg border border-green-200 bg-green-50 p-5 text-green-950"
    >
      <h2 id="course-complete" className="text-lg font-semibold">
        {props.justNow ? t("congratulations") : t("title")}
      </h2>
      <p className="mt-1 text-sm">
        {t("body", {
          title: props.courseTitle,
          date: format.dateTime(props.completedAt, { dateStyle: "long" }),
        })}
      </p>
      {props.justNow && props.pointsAwarded > 0 && (
        <p className="mt-1 text-sm font-medium">{t("points", { points: props.pointsAwarded })}</p>
      )}
      {props.badge && (
        <div
          className="mt-4 flex items-center gap-3 rounded-md bg-white p-3"
          data-testid="course-badge"
        >
          <span aria-hidden="true" className="text-3xl">
            {props.badge.icon}
          </span>
          <div>
            <p className="text-sm font-semibold text-zinc-900">
              {t("badge", { name: props.badge.name })}
            </p>
            {props.badge.description && (
              <p className="text-xs text-zinc-700">{props.badge.description}</p>
            )}
          </div>
        </div>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {props.certificateCode && (
          <Link href={`/certificates/${props.certificateCode}`} className={buttonClass()}>
            {t("certificate")}
          </Link>
        )}
        <Link href="/portal/academy" className={buttonClass("secondary")}>
          {t("catalogue")}
        </Link>
      </div>
    </section>
  );
}
