import { getFormatter, getTranslations } from "next-intl/server";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";
import type { pointsLeaderboard } from "~/server/services/gamification/manage/leaderboard";

/** Partners by points within the tier window, 25 to a page. */
export async function Leaderboard(props: {
  data: Awaited<ReturnType<typeof pointsLeaderboard>>;
  base: string;
}) {
  const t = await getTranslations("rewards.manage.leaderboard");
  const format = await getFormatter();
  const { data } = props;
  const pages = Math.max(1, Math.ceil(data.total / data.limit));
  const href = (page: number) => `${props.base}?page=${page}#leaderboard-title`;
  return (
    <section aria-labelledby="leaderboard-title" className="space-y-4">
      <h2 id="leaderboard-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {data.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <>
          <Table
            caption={t("caption")}
            headers={[
              { label: t("rank"), align: "right" },
              { label: t("partner") },
              { label: t("tier") },
              { label: t("points"), align: "right" },
            ]}
          >
            {data.items.map((row) => (
              <tr key={row.enrollmentId}>
                <Cell numeric>{format.number(row.rank)}</Cell>
                <Cell>
                  <div>{row.name ?? row.email}</div>
                  {row.name && <div className="text-xs text-zinc-600">{row.email}</div>}
                </Cell>
                <Cell className="font-mono text-xs">{row.tierKey ?? "—"}</Cell>
                <Cell numeric>{format.number(row.points)}</Cell>
              </tr>
            ))}
          </Table>
          <PageNav
            label={t("pagination")}
            summary={t("summary", { page: data.page, pages })}
            previous={data.page > 1 ? { href: href(data.page - 1), label: t("previous") } : null}
            next={data.page < pages ? { href: href(data.page + 1), label: t("next") } : null}
          />
        </>
      )}
    </section>
  );
}
