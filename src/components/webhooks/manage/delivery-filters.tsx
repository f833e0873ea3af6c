import { getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";
import type { LogQuery } from "./log-query";

const statuses = ["pending", "succeeded", "failed"] as const;

/** A plain GET form: filtering works without JavaScript and every filter is a shareable URL. */
export async function DeliveryFilters(props: {
  query: LogQuery;
  endpoints: { id: string; url: string }[];
}) {
  const t = await getTranslations("webhooks.log");
  const { query } = props;
  return (
    <form className="flex flex-wrap items-end gap-3" aria-label={t("filter")}>
      <div>
        <label htmlFor="hookEndpoint" className="block text-xs text-zinc-600">
          {t("endpoint")}
        </label>
        <select
          id="hookEndpoint"
          name="hookEndpoint"
          defaultValue={query.hookEndpoint ?? ""}
          className="mt-1 max-w-64 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("any")}</option>
          {props.endpoints.map((endpoint) => (
            <option key={endpoint.id} value={endpoint.id}>
              {endpoint.url}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="hookStatus" className="block text-xs text-zinc-600">
          {t("status")}
        </label>
        <select
          id="hookStatus"
          name="hookStatus"
          defaultValue={query.hookStatus ?? ""}
          className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("any")}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" className="min-h-8 px-3 py-1.5">
        {t("apply")}
      </Button>
    </form>
  );
}
