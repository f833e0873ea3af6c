import { getFormatter, getTranslations } from "next-intl/server";
import { ViewerTime } from "./viewer-time";

/** The start in the webinar's own zone (named), the viewer's time under it, and the length. */
export async function WebinarWhen(props: {
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
}) {
  const t = await getTranslations("webinars.time");
  const format = await getFormatter();
  const when = format.dateTime(props.startsAt, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: props.timeZone,
  });
  return (
    <p className="text-sm">
      <time dateTime={props.startsAt.toISOString()} className="block font-medium">
        {t("inZone", { time: when, zone: props.timeZone.replaceAll("_", " ") })}
      </time>
      <ViewerTime startsAt={props.startsAt.toISOString()} timeZone={props.timeZone} />
      <span className="block text-zinc-600">
        {t("duration", { minutes: props.durationMinutes })}
      </span>
    </p>
  );
}
