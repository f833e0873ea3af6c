import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOut } from "~/server/auth/config";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks, type NavItem } from "./nav-links";

/**
 * The frame of the signed-in areas: brand, area switch, navigation, language, account. On a
 * phone the navigation scrolls sideways under the top bar instead of hiding behind a menu.
 */
export async function AppShell(props: {
  area: "partner" | "manager";
  email: string;
  canManage: boolean;
  nav: NavItem[];
  /** Area-specific controls in the top bar (the partner's notices). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("shell");
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link
            href={props.area === "partner" ? "/portal" : "/manage"}
            className="text-lg font-bold text-brand-600"
          >
            Rally
          </Link>
          <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700">
            {props.area === "partner" ? t("partnerArea") : t("managerArea")}
          </span>
          <div className="ml-auto flex items-center gap-3">
            {props.actions}
            {props.area === "partner" && props.canManage && (
              <Link
                href="/manage"
                className="text-sm text-brand-700 underline-offset-2 hover:underline"
              >
                {t("toConsole")}
              </Link>
            )}
            {props.area === "manager" && (
              <Link
                href="/portal"
                className="text-sm text-brand-700 underline-offset-2 hover:underline"
              >
                {t("toPortal")}
              </Link>
            )}
            <LanguageSwitcher signedIn />
            <span className="hidden text-sm text-zinc-600 md:inline" data-testid="signed-in-as">
              {props.email}
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="text-sm text-zinc-700 underline-offset-2 hover:underline"
              >
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
        <NavLinks items={props.nav} label={t("navigation")} />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {props.children}
      </main>
    </div>
  );
}
