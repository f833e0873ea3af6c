import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

/** On an active partner's program page: the way to their links and promo codes. */
export async function LinksCard({ slug }: { slug: string }) {
  const t = await getTranslations("links.programCard");
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("body")}</p>
      </div>
      <Link href={`/portal/programs/${slug}/links`} className={buttonClass()}>
        {t("open")}
      </Link>
    </Card>
  );
}
