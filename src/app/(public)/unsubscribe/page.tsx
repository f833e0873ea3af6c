import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { verifyEmailLinkToken } from "~/server/email/links";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return {
    title: (await getTranslations("email.unsubscribe"))("title"),
    robots: { index: false, follow: false },
  };
}

/**
 * Where the unsubscribe link in an email's footer leads. Opening it only asks for one click
 * (a plain form, no script needed): mail scanners fetch every link, and a GET that
 * unsubscribed would unsubscribe people who never clicked. The form posts to the same
 * one-click endpoint mail clients use, which sends the browser back here with done=1.
 */
export default async function UnsubscribePage(props: {
  searchParams: Promise<{ token?: string; done?: string }>;
}) {
  const { token = "", done } = await props.searchParams;
  const payload = verifyEmailLinkToken(token);
  const t = await getTranslations("email.unsubscribe");
  const preferences = `/preferences/${token}`;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card>
        {!payload ? (
          <div className="space-y-2">
            <h2 className="text-lg font-semibold">{t("invalidTitle")}</h2>
            <p className="text-sm text-zinc-700">{t("invalidBody")}</p>
            <Link href="/" className="text-sm text-brand-700 underline">
              {t("home")}
            </Link>
          </div>
        ) : done ? (
          <div className="space-y-3" role="status">
            <h2 className="text-lg font-semibold">{t("doneTitle")}</h2>
            <p className="text-sm text-zinc-700">{t(`done.${payload.scope}`)}</p>
            <Link href={preferences} className="text-sm text-brand-700 underline">
              {t("preferences")}
            </Link>
          </div>
        ) : (
          <form
            method="post"
            action={`/api/email/unsubscribe?token=${encodeURIComponent(token)}`}
            className="space-y-4"
          >
            <p className="text-sm text-zinc-700">{t(`ask.${payload.scope}`)}</p>
            <div className="flex flex-wrap items-center gap-4">
              <button type="submit" className={buttonClass("primary")}>
                {t("button")}
              </button>
              <Link href={preferences} className="text-sm text-brand-700 underline">
                {t("preferences")}
              </Link>
            </div>
          </form>
        )}
      </Card>
    </div>
  );
}
