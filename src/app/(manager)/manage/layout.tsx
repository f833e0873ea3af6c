import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "~/components/shell/app-shell";
import { requireUser } from "~/server/auth/require-user";

export default async function ManagerLayout({ children }: { children: ReactNode }) {
  const { me } = await requireUser();
  const t = await getTranslations("manager.nav");
  return (
    <AppShell
      area="manager"
      email={me.email}
      canManage
      nav={[
        // Not exact: a program's console (/manage/<slug>/…) is under "Programs".
        { href: "/manage", label: t("programs") },
        ...(me.isOwner
          ? [
              { href: "/manage/people", label: t("people") },
              { href: "/manage/system", label: t("system") },
            ]
          : []),
        { href: "/manage/account", label: t("account") },
      ]}
    >
      {children}
    </AppShell>
  );
}
