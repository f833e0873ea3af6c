import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NoticesMenu } from "~/components/notifications/partner/notices-menu";
import { AppShell } from "~/components/shell/app-shell";
import { requireUser } from "~/server/auth/require-user";

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const { me, caller } = await requireUser();
  const t = await getTranslations("partner.nav");
  const tSettings = await getTranslations("settings");
  const managed = await caller.manage.programs.list();
  const unreadNotices = await caller.partner.notifications.unreadCount();
  return (
    <AppShell
      area="partner"
      email={me.email}
      canManage={me.isOwner || managed.length > 0}
      nav={[
        { href: "/portal", label: t("dashboard"), exact: true },
        { href: "/portal/programs", label: t("programs") },
        { href: "/portal/earnings", label: t("earnings") },
        { href: "/portal/creatives", label: t("creatives") },
        { href: "/portal/academy", label: t("academy") },
        { href: "/portal/contests", label: t("contests") },
        { href: "/portal/rewards", label: t("rewards") },
        { href: "/portal/webinars", label: t("webinars") },
        { href: "/portal/news", label: t("news") },
        { href: "/portal/settings", label: tSettings("nav") },
      ]}
      actions={<NoticesMenu initialUnread={unreadNotices} />}
    >
      {children}
    </AppShell>
  );
}
