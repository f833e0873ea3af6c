import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "~/components/ui/button";
import { currentUserId } from "~/server/auth/session";

export default async function LandingPage() {
  if (await currentUserId()) redirect("/portal");
  const t = await getTranslations("landing");
  const points = ["stats", "money", "engage"] as const;
  return (
    <div className="space-y-10">
      <section className="max-w-2xl">
        <h1 className="text-4xl font-bold tracking-tight text-zinc-900">{t("title")}</h1>
        <p className="mt-4 text-lg text-zinc-700">{t("lead")}</p>
        <Link href="/signin" className={`${buttonClass()} mt-6`}>
          {t("signIn")}
        </Link>
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        {points.map((point) => (
          <li key={point} className="rounded-lg border border-zinc-200 bg-white p-5">
            <h2 className="font-semibold">{t(`points.${point}.title`)}</h2>
            <p className="mt-1 text-sm text-zinc-600">{t(`points.${point}.body`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
