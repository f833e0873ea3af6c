import { getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/status-badge";

/**
 * When the partner last changed their payout details: a red badge within the program's
 * cooling period (the batch holds such payouts; one already batched needs a look before it is
 * paid), plain text after it. Nothing for details never changed after being set.
 */
export async function DetailsChangedBadge(props: {
  change: { changedAt: Date; days: number; recent: boolean } | null;
}) {
  if (!props.change) return null;
  const t = await getTranslations("managePayouts");
  const label = t("detailsChanged", { days: props.change.days });
  return (
    <div
      className="mt-1"
      data-testid="details-changed"
      title={props.change.changedAt.toISOString()}
    >
      {props.change.recent ? (
        <>
          <Badge tone="red">{label}</Badge>
          <div className="text-xs text-red-700">{t("detailsChangedRecent")}</div>
        </>
      ) : (
        <span className="text-xs text-zinc-600">{label}</span>
      )}
    </div>
  );
}
