/**
 * What a notice points at, read from its kind and data. Data is JSON written by other
 * features, so every field is checked before it is used in text or an address.
 */
export type NoticeTarget =
  { kind: "creative"; name: string; href: string | null } | { kind: "other"; href: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function noticeTarget(notice: {
  kind: string;
  data: Record<string, unknown>;
  program: { slug: string } | null;
}): NoticeTarget {
  if (notice.kind === "creative.created") {
    const name = typeof notice.data.name === "string" ? notice.data.name : "";
    const id = typeof notice.data.creativeId === "string" ? notice.data.creativeId : "";
    const slug = notice.program?.slug;
    const page = slug ? `/portal/programs/${encodeURIComponent(slug)}/creatives` : null;
    return {
      kind: "creative",
      name,
      href: page && UUID.test(id) ? `${page}#creative-${id}` : page,
    };
  }
  return { kind: "other", href: null };
}
