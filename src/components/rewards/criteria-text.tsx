import { getTranslations } from "next-intl/server";
import type { BadgeCriteria } from "~/server/db/schema";

/** How a badge is earned, in plain words (a criterion it cannot read says "by the team"). */
export async function CriteriaText({
  criteria,
  courseTitles,
}: {
  criteria: BadgeCriteria | null;
  courseTitles: Record<string, string>;
}) {
  const t = await getTranslations("rewards.criteria");
  if (!criteria) return <>{t("manual")}</>;
  switch (criteria.kind) {
    case "points":
      return <>{t("points", { min: criteria.min })}</>;
    case "sales":
      return <>{t("sales", { min: criteria.min })}</>;
    case "webinars":
      return <>{t("webinars", { min: criteria.min })}</>;
    case "streak":
      return <>{t("streak", { weeks: criteria.weeks })}</>;
    case "course": {
      const title = courseTitles[criteria.courseId];
      return <>{title ? t("course", { title }) : t("anyCourse")}</>;
    }
    case "contest":
      return <>{t("contest")}</>;
    case "manual":
      return <>{t("manual")}</>;
  }
}
