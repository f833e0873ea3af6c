import { useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { cn } from "~/lib/cn";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";

type Step = { key: "share" | "rules" | "creatives" | "contest"; done: boolean; href: string };

/**
 * A new program (no partner yet, nothing sold) gets the steps that bring the first partners
 * and sales instead of charts of zeros; each step links to where it is done.
 */
export function GettingStarted(props: { slug: string; setup: ProgramCockpit["setup"] }) {
  const t = useTranslations("cockpit.start");
  const base = `/manage/${props.slug}`;
  const steps: Step[] = [
    { key: "share", done: props.setup.partners, href: `/portal/programs/${props.slug}` },
    { key: "rules", done: props.setup.rules, href: `${base}/commissions` },
    { key: "creatives", done: props.setup.creatives, href: `${base}/creatives` },
    { key: "contest", done: props.setup.contests, href: `${base}/contests/new` },
  ];
  const done = steps.filter((step) => step.done).length;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-zinc-600">{t("body", { done, total: steps.length })}</p>
      <ol className="mt-4 space-y-3" data-testid="getting-started">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className="flex gap-3 rounded-md border border-zinc-200 p-3"
            data-testid={`start-${step.key}`}
            data-done={step.done}
          >
            <span
              aria-hidden="true"
              className={cn(
                "flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
                step.done ? "bg-green-100 text-green-800" : "bg-brand-50 text-brand-700",
              )}
            >
              {step.done ? "✓" : index + 1}
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-zinc-900">
                <Link href={step.href} className="text-brand-700 underline">
                  {t(`${step.key}.title`)}
                </Link>
                <span className="sr-only"> ({step.done ? t("done") : t("todo")})</span>
              </p>
              <p className="mt-0.5 text-zinc-600">{t(`${step.key}.body`)}</p>
              {step.key === "share" && (
                <p className="mt-1 break-all text-zinc-600">
                  <span className="font-mono text-xs">/portal/programs/{props.slug}</span>
                  {" · "}
                  <Link href={`/p/${props.slug}/subscribe`} className="text-brand-700 underline">
                    {t("subscribePage")}
                  </Link>
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
