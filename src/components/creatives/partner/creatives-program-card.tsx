import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

/** On an active partner's program page: the way to the program's creative library. */
export async function CreativesProgramCard({ slug }: { slug: string }) {
  const t = await getTranslations("creatives.partner.programCard");
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("body")}</p>
      </div>
      <Link href={`/portal/programs/${slug}/creatives`} className={buttonClass("secondary")}>
        {t("open")}
      </Link>
    </Card>
  );
}
