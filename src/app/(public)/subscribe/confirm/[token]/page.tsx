import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { getDb } from "~/server/db/client";
import { peekConfirmation } from "~/server/services/subscribers/public-lookups";
import { ConfirmForm } from "./confirm-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("subscribers.confirm"))("title") };
}

/**
 * Where the confirmation email leads. Opening the link only shows a button: confirming on GET
 * would let mail scanners, which fetch every link, confirm addresses nobody checked.
 */
export default async function ConfirmPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const pending = await peekConfirmation(getDb(), token);
  const t = await getTranslations("subscribers.confirm");
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card>
        {pending ? (
          <ConfirmForm token={token} programName={pending.programName} />
        ) : (
          <div className="space-y-2">
            <h2 className="text-lg font-semibold">{t("invalidTitle")}</h2>
            <p className="text-sm text-zinc-700">{t("invalidBody")}</p>
            <Link href="/" className="text-sm text-brand-700 underline">
              {t("home")}
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
