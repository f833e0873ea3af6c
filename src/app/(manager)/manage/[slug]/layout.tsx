import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { NavLinks } from "~/components/shell/nav-links";

export default async function ProgramConsoleLayout(props: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await props.params;
  const { program } = await managedProgram(slug);
  const t = await getTranslations("manager.program");
  const tAnalytics = await getTranslations("analytics");
  const base = `/manage/${program.slug}`;
  return (
    <div>
      <p className="text-sm text-zinc-500">{t("console")}</p>
      <h1 className="text-2xl font-bold">{program.name}</h1>
      <div className="mb-6 mt-2 border-b border-zinc-200">
        <NavLinks
          label={t("sections")}
          items={[
            { href: base, label: t("overview"), exact: true },
            { href: `${base}/partners`, label: t("partners") },
            { href: `${base}/analytics`, label: tAnalytics("nav") },
            { href: `${base}/promo-codes`, label: t("promoCodes") },
            { href: `${base}/creatives`, label: t("creatives") },
            { href: `${base}/academy`, label: t("academy") },
            { href: `${base}/contests`, label: t("contests") },
            { href: `${base}/rewards`, label: t("rewards") },
            { href: `${base}/webinars`, label: t("webinars") },
            { href: `${base}/announcements`, label: t("announcements") },
            { href: `${base}/newsletters`, label: t("newsletters") },
            { href: `${base}/subscribers`, label: t("subscribers") },
            { href: `${base}/commissions`, label: t("commissions") },
            { href: `${base}/conversions`, label: t("conversions") },
            { href: `${base}/review`, label: t("review") },
            { href: `${base}/payouts`, label: t("payouts") },
            { href: `${base}/settings`, label: t("settings") },
            { href: `${base}/integrations`, label: t("integrations") },
            { href: `${base}/audit`, label: t("audit") },
          ]}
        />
      </div>
      {props.children}
    </div>
  );
}
