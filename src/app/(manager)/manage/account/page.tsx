import { getTranslations } from "next-intl/server";
import { SignOutEverywhere } from "~/components/settings/sign-out-everywhere";
import { PageHeader } from "~/components/ui/card";
import { requireUser } from "~/server/auth/require-user";

/** A manager's own account in the console: who is signed in, and ending every session. */
export default async function AccountPage() {
  const { me } = await requireUser();
  const t = await getTranslations("manager.account");
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <p className="text-sm text-zinc-700">{t("signedInAs", { email: me.email })}</p>
      <SignOutEverywhere />
    </div>
  );
}
