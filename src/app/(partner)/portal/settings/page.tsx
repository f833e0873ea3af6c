import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { appUrl } from "~/env";
import { PayoutDetailsForm } from "~/components/earnings/partner/payout-details-form";
import { EmailPreferencesSection } from "~/components/settings/partner/email-preferences";
import { NetworkTable } from "~/components/settings/partner/network-table";
import { ProfileForm } from "~/components/settings/partner/profile-form";
import { ReferralCard } from "~/components/settings/partner/referral-card";
import { SignOutEverywhere } from "~/components/settings/sign-out-everywhere";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";
import { referralUrl } from "~/server/services/referrals/referral-link";

const querySchema = z.object({
  program: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function SettingsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = querySchema.parse(await props.searchParams);
  const t = await getTranslations("settings");
  const caller = await api();
  const [me, details, referrals, emailPreferences] = await Promise.all([
    caller.account.me(),
    caller.partner.payouts.details(),
    caller.partner.profile.referrals(),
    caller.partner.emailPreferences.get(),
  ]);
  if (!me) redirect("/signin");
  // A referral link is only worth sharing where the partner is active.
  const active = referrals.filter((item) => item.status === "approved");
  const selected = active.find((item) => item.programId === query.program) ?? active[0];
  const network = selected
    ? await caller.partner.profile.network({ programId: selected.programId, page: query.page })
    : null;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <ProfileForm email={me.email} name={me.name} locale={me.locale} />
        </Card>
        <Card>
          <PayoutDetailsForm current={details} />
        </Card>
      </div>
      <EmailPreferencesSection preferences={emailPreferences} />
      <SignOutEverywhere />
      <section aria-labelledby="referrals-title" className="space-y-3">
        <div>
          <h2 id="referrals-title" className="text-lg font-semibold">
            {t("referrals.title")}
          </h2>
          <p className="text-sm text-zinc-600">{t("referrals.description")}</p>
        </div>
        {active.length === 0 ? (
          <EmptyState title={t("referrals.emptyTitle")} body={t("referrals.emptyBody")} />
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {active.map((item) => (
              <ReferralCard
                key={item.programId}
                programId={item.programId}
                programName={item.name}
                url={referralUrl(appUrl(), item.slug, item.referralCode)}
                currency={item.currency}
                overrideBps={item.overrideBps}
                directRecruits={item.directRecruits}
                overrideEarnings={item.overrideEarnings}
                selected={item.programId === selected?.programId}
              />
            ))}
          </ul>
        )}
      </section>
      {selected && network && (
        <NetworkTable
          programId={selected.programId}
          programName={selected.name}
          page={query.page}
          network={network}
        />
      )}
    </div>
  );
}
