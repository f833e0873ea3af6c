import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { managedProgram } from "~/components/programs/manage/managed-program";
import type { NavGroup } from "~/components/shell/nav-items";
import { NavMenu } from "~/components/shell/nav-menu";

/**
 * The program console: its nineteen sections in groups, a sidebar from 1024 px and one menu
 * button (naming the current section) below. The header comes first in the document so a
 * phone shows the program's name above the menu; the grid puts the sidebar beside both.
 */
export default async function ProgramConsoleLayout(props: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await props.params;
  const { program } = await managedProgram(slug);
  const t = await getTranslations("manager.program");
  const tAnalytics = await getTranslations("analytics");
  const tGroups = await getTranslations("navGroups");
  const base = `/manage/${program.slug}`;
  const groups: NavGroup[] = [
    {
      items: [
        { href: base, label: t("overview"), exact: true },
        { href: `${base}/analytics`, label: tAnalytics("nav") },
      ],
    },
    {
      label: tGroups("partners"),
      items: [
        { href: `${base}/partners`, label: t("partners") },
        { href: `${base}/review`, label: t("review") },
        { href: `${base}/conversions`, label: t("conversions") },
      ],
    },
    {
      label: tGroups("money"),
      items: [
        { href: `${base}/commissions`, label: t("commissions") },
        { href: `${base}/payouts`, label: t("payouts") },
        { href: `${base}/promo-codes`, label: t("promoCodes") },
      ],
    },
    {
      label: tGroups("engagement"),
      items: [
        { href: `${base}/contests`, label: t("contests") },
        { href: `${base}/rewards`, label: t("rewards") },
        { href: `${base}/academy`, label: t("academy") },
        { href: `${base}/webinars`, label: t("webinars") },
      ],
    },
    {
      label: tGroups("communication"),
      items: [
        { href: `${base}/announcements`, label: t("announcements") },
        { href: `${base}/newsletters`, label: t("newsletters") },
        { href: `${base}/subscribers`, label: t("subscribers") },
        { href: `${base}/creatives`, label: t("creatives") },
      ],
    },
    {
      label: tGroups("setup"),
      items: [
        { href: `${base}/settings`, label: t("settings") },
        { href: `${base}/integrations`, label: t("integrations") },
        { href: `${base}/audit`, label: t("audit") },
      ],
    },
  ];
  return (
    <div className="lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-8">
      <div className="lg:col-start-2">
        <p className="text-sm text-zinc-600">{t("console")}</p>
        <h1 className="text-2xl font-bold">{program.name}</h1>
      </div>
      <NavMenu
        layout="sidebar"
        className="mb-6 mt-3 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:mb-0 lg:mt-0"
        groups={groups}
        label={t("sections")}
        menuLabel={tGroups("sections")}
      />
      <div className="min-w-0 lg:col-start-2 lg:mt-6">{props.children}</div>
    </div>
  );
}
