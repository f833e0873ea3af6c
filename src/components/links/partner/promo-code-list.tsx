import { getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { CopyButton } from "./copy-button";

/** The promo codes a manager gave this partner: they credit a sale even without a click. */
export async function PromoCodeList(props: { codes: { id: string; code: string }[] }) {
  const t = await getTranslations("links.promo");
  const tCopy = await getTranslations("links.copy");
  return (
    <Card>
      <h2 className="font-semibold">{t("title")}</h2>
      {props.codes.length === 0 ? (
        <div className="mt-2 text-sm text-zinc-600">
          <p className="font-medium text-zinc-800">{t("emptyTitle")}</p>
          <p>{t("emptyBody")}</p>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-zinc-600">{t("body")}</p>
          <ul className="mt-3 space-y-2">
            {props.codes.map((code) => (
              <li key={code.id} className="flex items-center gap-3" data-testid="promo-code">
                <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-base font-semibold">
                  {code.code}
                </code>
                <CopyButton text={code.code} label={tCopy("codeLabel", { code: code.code })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
