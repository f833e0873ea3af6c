import { getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { api } from "~/server/api/server-caller";
import { signOut } from "~/server/auth/config";

/** Partners and managers alike: end every session of one's own, this one included. */
export async function SignOutEverywhere() {
  const t = await getTranslations("settings.sessions");
  async function signOutEverywhere() {
    "use server";
    await (await api()).account.signOutEverywhere();
    // This browser's cookie is outdated now anyway; clearing it spares a refused request.
    await signOut({ redirectTo: "/signin" });
  }
  return (
    <Card>
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 mb-4 text-sm text-zinc-600">{t("body")}</p>
      <form action={signOutEverywhere}>
        <ConfirmSubmit label={t("button")} confirm={t("confirm")} />
      </form>
    </Card>
  );
}
