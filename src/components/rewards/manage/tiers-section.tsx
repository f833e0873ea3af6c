import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import type { listTiers } from "~/server/services/gamification/manage/tiers";
import { TierDeleteButton } from "./row-actions";
import { TierForm } from "./tier-form";

type Tier = Awaited<ReturnType<typeof listTiers>>[number];

/** The console's tiers: the table, and the form that adds one or edits the one chosen. */
export async function TiersSection(props: {
  programId: string;
  tiers: Tier[];
  editing: Tier | undefined;
  courses: { id: string; title: string }[];
  base: string;
}) {
  const t = await getTranslations("rewards.manage");
  const format = await getFormatter();
  const { programId, tiers, base, courses } = props;
  const editingTier = props.editing;
  const courseTitles = Object.fromEntries(courses.map((c) => [c.id, c.title]));
  const percent = (bps: number) =>
    format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="tiers-title" className="space-y-4">
      <h2 id="tiers-title" className="text-lg font-semibold">
        {t("tiers.title")}
      </h2>
      <p className="text-sm text-zinc-600">{t("tiers.description")}</p>
      {tiers.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("tiers.empty")}</p>
      ) : (
        <Table
          caption={t("tiers.caption")}
          headers={[
            { label: t("tiers.name") },
            { label: t("tiers.minPoints"), align: "right" },
            { label: t("tiers.bonus"), align: "right" },
            { label: t("tiers.course") },
            { label: t("tiers.partners"), align: "right" },
            { label: t("tiers.actions") },
          ]}
        >
          {tiers.map((tier) => (
            <tr key={tier.id} data-testid="tier-row">
              <Cell>
                <div className="font-medium">{tier.name}</div>
                <div className="font-mono text-xs text-zinc-600">{tier.key}</div>
              </Cell>
              <Cell numeric>{format.number(tier.minPoints)}</Cell>
              <Cell numeric>{percent(tier.rateBonusBps)}</Cell>
              <Cell>
                {tier.requiredCourseId ? (courseTitles[tier.requiredCourseId] ?? "—") : "—"}
              </Cell>
              <Cell numeric>{format.number(tier.partners)}</Cell>
              <Cell>
                <span className="flex flex-wrap gap-2">
                  <Link
                    href={`${base}?tier=${tier.id}#tier-form`}
                    className={buttonClass("secondary")}
                    aria-label={t("tiers.editNamed", { name: tier.name })}
                  >
                    {t("tiers.edit")}
                  </Link>
                  <TierDeleteButton programId={programId} tierId={tier.id} name={tier.name} />
                </span>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Card>
        <h3 id="tier-form" className="mb-4 font-semibold">
          {editingTier ? t("tiers.editTitle", { name: editingTier.name }) : t("tiers.create")}
        </h3>
        <TierForm
          key={editingTier?.id ?? "new"}
          programId={programId}
          tier={editingTier}
          courses={courses}
          cancelHref={base}
        />
      </Card>
    </section>
  );
}
