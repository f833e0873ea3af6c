import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/manager/managed-program";
import { CriteriaText } from "~/components/rewards/criteria-text";
import { BadgeForm } from "~/components/rewards/manage/badge-form";
import { PointRulesForm } from "~/components/rewards/manage/point-rules-form";
import { BadgeArchiveButton, TierDeleteButton } from "~/components/rewards/manage/row-actions";
import { TierSettingsForm } from "~/components/rewards/manage/settings-form";
import { TierForm } from "~/components/rewards/manage/tier-form";
import { Leaderboard } from "~/components/rewards/manage/leaderboard";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";

const querySchema = z.object({
  badge: z.uuid().optional().catch(undefined),
  tier: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export default async function ManageRewardsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("rewards.manage");
  const format = await getFormatter();
  const programId = program.id;
  const api = caller.manage.rewards;
  const [rules, badges, tiers, settings, courses, leaderboard] = await Promise.all([
    api.pointRules({ programId }),
    api.badges({ programId }),
    api.tiers({ programId }),
    api.settings({ programId }),
    api.courses({ programId }),
    api.leaderboard({ programId, page: query.page ?? 1, limit: 25 }),
  ]);
  const base = `/manage/${program.slug}/rewards`;
  const courseTitles = Object.fromEntries(courses.map((c) => [c.id, c.title]));
  const editingBadge = badges.find((b) => b.id === query.badge);
  const editingTier = tiers.find((tier) => tier.id === query.tier);
  const percent = (bps: number) =>
    format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 });
  return (
    <div className="space-y-8">
      <p className="text-sm text-zinc-600">{t("description")}</p>

      <Card>
        <h2 className="text-lg font-semibold">{t("rules.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("rules.description")}</p>
        <PointRulesForm programId={programId} rules={rules} />
      </Card>

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

      <Card>
        <h2 className="text-lg font-semibold">{t("settings.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("settings.description")}</p>
        <TierSettingsForm programId={programId} {...settings} />
      </Card>

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

      <Leaderboard data={leaderboard} base={base} />
    </div>
  );
}
