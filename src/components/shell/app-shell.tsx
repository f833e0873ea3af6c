import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "~/lib/cn";
import { signOut } from "~/server/auth/config";
import { LanguageSwitcher } from "./language-switcher";
import type { NavItem } from "./nav-items";
import { NavMenu } from "./nav-menu";

/**
 * The frame of the signed-in areas: brand, area switch, navigation, language, account.
 *
 * On a phone (< 768 px) the area's links sit behind one menu button that names the current
 * page, not in a bottom bar: the partner has ten pages of similar weight (a bar of four plus
 * "More" would hide most of them one tap deeper anyway, and would cover content), and the same
 * menu serves the manager's console. The top bar then keeps only the brand, the area, sign out
 * and the notices bell (last, so its panel opens inside the screen); the language switch, the
 * e-mail and the link to the other area move into the menu. From 768 px the links are a row of
 * tabs that wraps rather than being clipped.
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
  const tNav = await getTranslations("navGroups");
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }
  // The manager's console has a sidebar from 1024 px: it gets the wider frame.
  const width = props.area === "manager" ? "max-w-7xl" : "max-w-6xl";
  const areaSwitch =
    props.area === "partner" ? (
      props.canManage ? (
        <Link href="/manage" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("toConsole")}
        </Link>
      ) : null
    ) : (
      <Link href="/portal" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        {t("toPortal")}
      </Link>
    );
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-zinc-200 bg-white">
        <div className={cn("mx-auto flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3", width)}>
          <Link
            href={props.area === "partner" ? "/portal" : "/manage"}
            className="text-lg font-bold text-brand-600"
          >
            Rally
          </Link>
          <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700">
            {props.area === "partner" ? t("partnerArea") : t("managerArea")}
          </span>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <div className="hidden min-w-0 items-center gap-3 md:flex">
              {areaSwitch}
              <LanguageSwitcher signedIn />
              <span
                className="max-w-[12rem] truncate text-sm text-zinc-600 lg:max-w-[16rem]"
                data-testid="signed-in-as"
                title={props.email}
              >
                {props.email}
              </span>
            </div>
            <form action={signOutAction}>
              <button
                type="submit"
                className="min-h-10 whitespace-nowrap text-sm text-zinc-700 underline-offset-2 hover:underline"
              >
                {t("signOut")}
              </button>
            </form>
            {props.actions}
          </div>
        </div>
        <NavMenu
          layout="tabs"
          className={cn("mx-auto px-4 pb-3 md:pb-0", width)}
          groups={[{ items: props.nav }]}
          label={t("navigation")}
          menuLabel={tNav("menu")}
          extra={
            <>
              <p className="break-all text-zinc-600">
                {tNav("signedInAs", { email: props.email })}
              </p>
              <LanguageSwitcher signedIn />
              {areaSwitch && <p>{areaSwitch}</p>}
            </>
          }
        />
      </header>
      <main id="main" className={cn("mx-auto px-4 py-6", width)}>
        {props.children}
      </main>
    </div>
  );
}
