import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { AwardBadgeForm } from "~/components/rewards/manage/award-badge-form";
import { PointRulesForm } from "~/components/rewards/manage/point-rules-form";
import { TierSettingsForm } from "~/components/rewards/manage/settings-form";
import { BadgesSection } from "~/components/rewards/manage/badges-section";
import { Leaderboard } from "~/components/rewards/manage/leaderboard";
import { TiersSection } from "~/components/rewards/manage/tiers-section";
import { Card } from "~/components/ui/card";

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
  const manualBadges = badges
    .filter((b) => b.criteria?.kind === "manual" && b.archivedAt === null)
    .map((b) => ({ id: b.id, name: b.name }));
  const editingBadge = badges.find((b) => b.id === query.badge);
  const editingTier = tiers.find((tier) => tier.id === query.tier);
  return (
    <div className="space-y-8">
      <p className="text-sm text-zinc-600">{t("description")}</p>

      <Card>
        <h2 className="text-lg font-semibold">{t("rules.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("rules.description")}</p>
        <PointRulesForm programId={programId} rules={rules} />
      </Card>

      <TiersSection
        programId={programId}
        tiers={tiers}
        editing={editingTier}
        courses={courses}
        base={base}
      />

      <Card>
        <h2 className="text-lg font-semibold">{t("settings.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("settings.description")}</p>
        <TierSettingsForm programId={programId} {...settings} />
      </Card>

      <BadgesSection
        programId={programId}
        badges={badges}
        editing={editingBadge}
        courses={courses}
        base={base}
      />

      {manualBadges.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("award.title")}</h2>
          <p className="mb-4 mt-1 text-sm text-zinc-600">{t("award.description")}</p>
          <AwardBadgeForm programId={programId} badges={manualBadges} />
        </Card>
      )}

      <Leaderboard data={leaderboard} base={base} />
    </div>
  );
}
