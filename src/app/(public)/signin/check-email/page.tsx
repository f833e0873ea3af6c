import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { env } from "~/env";
import { mailboxEnabled } from "~/server/auth/demo";

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-bold">{t("checkTitle")}</h1>
        <p className="mt-2 text-sm text-zinc-700">
          {t("checkBody", { minutes: env().SIGN_IN_LINK_MINUTES })}
        </p>
        {mailboxEnabled() && (
          <p className="mt-4 text-sm">
            <Link href="/dev/mailbox" className="font-medium text-brand-700 underline">
              {t("openMailbox")}
            </Link>
          </p>
        )}
      </Card>
    </div>
  );
}
