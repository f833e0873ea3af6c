import { getFormatter, getTranslations } from "next-intl/server";
import { Cell, Table } from "~/components/ui/table";
import type { PointEvent } from "~/server/services/gamification/award";

/** A page of the partner's points, newest first. */
export async function PointsHistory(props: {
  items: { id: string; event: PointEvent; points: number; createdAt: Date }[];
}) {
  const t = await getTranslations("rewards.portal.history");
  const events = await getTranslations("rewards.events");
  const format = await getFormatter();
  if (props.items.length === 0) return <p className="text-sm text-zinc-600">{t("empty")}</p>;
  return (
    <Table
      caption={t("caption")}
      headers={[{ label: t("date") }, { label: t("what") }, { label: t("points"), align: "right" }]}
    >
      {props.items.map((item) => (
        <tr key={item.id} data-testid="points-row">
          <Cell className="whitespace-nowrap text-zinc-700">
            {format.dateTime(item.createdAt, { dateStyle: "medium" })}
          </Cell>
          <Cell>{events(item.event)}</Cell>
          <Cell numeric>+{format.number(item.points)}</Cell>
        </tr>
      ))}
    </Table>
  );
}
