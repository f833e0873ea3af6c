import Link from "next/link";

type PageLink = { href: string; label: string };

/** Previous / next links under a server-paginated list, with a "page x of y" summary. */
export function PageNav(props: {
  label: string;
  summary: string;
  previous: PageLink | null;
  next: PageLink | null;
}) {
  return (
    <nav className="flex items-center justify-between text-sm" aria-label={props.label}>
      <span className="text-zinc-600">{props.summary}</span>
      <span className="flex gap-3">
        {[props.previous, props.next].map(
          (link) =>
            link && (
              <Link key={link.href} href={link.href} className="text-brand-700 underline">
                {link.label}
              </Link>
            ),
        )}
      </span>
    </nav>
  );
}
