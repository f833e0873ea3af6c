import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cn } from "~/lib/cn";

/** Which program's figures the dashboard shows, when the partner has several. */
export async function ProgramSwitcher(props: {
  programs: { slug: string; name: string }[];
  selected: string;
}) {
  const t = await getTranslations("dashboard");
  return (
    <nav aria-label={t("programSwitcher")}>
      <ul className="flex flex-wrap gap-2">
        {props.programs.map((program) => {
          const current = program.slug === props.selected;
          return (
            <li key={program.slug}>
              <Link
                href={`/portal?program=${encodeURIComponent(program.slug)}`}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center rounded-full border px-4 text-sm font-medium",
                  current
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50",
                )}
              >
                {program.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
