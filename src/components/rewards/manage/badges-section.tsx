import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import type { listBadges } from "~/server/services/gamification/manage/badges";
import { CriteriaText } from "../criteria-text";
import { BadgeForm } from "./badge-form";
import { BadgeArchiveButton } from "./row-actions";

type BadgeRow = Awaited<ReturnType<typeof listBadges>>[number];

/** The console's badges: the table, and the form that adds one or edits the one chosen. */
export async function BadgesSection(props: {
  programId: string;
  badges: BadgeRow[];
  editing: BadgeRow | undefined;
  courses: { id: string; title: string }[];
  base: string;
}) {
  const t = await getTranslations("rewards.manage");
  const format = await getFormatter();
  const { programId, badges, base, courses } = props;
  const editingBadge = props.editing;
  const courseTitles = Object.fromEntries(courses.map((c) => [c.id, c.title]));
  return (
    <section aria-labelledby="badges-title" className="space-y-4">
      <h2 id="badges-title" className="text-lg font-semibold">
        {t("badges.title")}
      </h2>
      <p className="text-sm text-zinc-600">{t("badges.description")}</p>
      {badges.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("badges.empty")}</p>
      ) : (
        <Table
          caption={t("badges.caption")}
          headers={[
            { label: t("badges.name") },
            { label: t("badges.criteria") },
            { label: t("badges.holders"), align: "right" },
            { label: t("badges.status") },
            { label: t("badges.actions") },
          ]}
        >
          {badges.map((badge) => (
            <tr key={badge.id} data-testid="badge-row">
              <Cell>
                <div className="font-medium">
                  <span aria-hidden="true">{badge.icon} </span>
                  {badge.name}
                </div>
                <div className="font-mono text-xs text-zinc-600">{badge.key}</div>
              </Cell>
              <Cell>
                <CriteriaText criteria={badge.criteria} courseTitles={courseTitles} />
              </Cell>
              <Cell numeric>{format.number(badge.holders)}</Cell>
              <Cell>
                {badge.archivedAt ? (
                  <Badge tone="zinc">{t("badges.archived")}</Badge>
                ) : (
                  <Badge tone="green">{t("badges.active")}</Badge>
                )}
              </Cell>
              <Cell>
                <span className="flex flex-wrap gap-2">
                  <Link
                    href={`${base}?badge=${badge.id}#badge-form`}
                    className={buttonClass("secondary")}
                    aria-label={t("badges.editNamed", { name: badge.name })}
                  >
                    {t("badges.edit")}
                  </Link>
                  <BadgeArchiveButton
                    programId={programId}
                    badgeId={badge.id}
                    archived={badge.archivedAt !== null}
                    name={badge.name}
                  />
                </span>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Card>
        <h3 id="badge-form" className="mb-4 font-semibold">
          {editingBadge ? t("badges.editTitle", { name: editingBadge.name }) : t("badges.create")}
        </h3>
        <BadgeForm
          key={editingBadge?.id ?? "new"}
          programId={programId}
          badge={editingBadge}
          courses={courses}
          cancelHref={base}
        />
      </Card>
    </section>
  );
}
