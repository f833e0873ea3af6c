import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "~/components/shell/app-shell";
import { requireUser } from "~/server/auth/require-user";

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const { me, caller } = await requireUser();
  const t = await getTranslations("partner.nav");
  const managed = await caller.manage.programs.list();
  return (
    <AppShell
      area="partner"
      email={me.email}
      canManage={me.isOwner || managed.length > 0}
      nav={[
        { href: "/portal", label: t("dashboard"), exact: true },
        { href: "/portal/programs", label: t("programs") },
        { href: "/portal/earnings", label: t("earnings") },
      ]}
    >
      {children}
    </AppShell>
  );
}
