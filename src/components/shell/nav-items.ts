/** One link of a navigation (the partner portal's tabs, the program console's sections). */
export type NavItem = { href: string; label: string; exact?: boolean };

/** Links under a heading; a group without a label stands first and alone (an overview). */
export type NavGroup = { label?: string; items: NavItem[] };

/** Whether `item` covers `pathname`: its own address, or (unless exact) any address below it. */
export function navItemMatches(item: NavItem, pathname: string): boolean {
  const path = trimSlash(pathname);
  const href = trimSlash(item.href);
  if (path === href) return true;
  return !item.exact && path.startsWith(href === "/" ? "/" : `${href}/`);
}

/**
 * The item for the page at `pathname`: of the items that cover it, the one with the longest
 * address (so /manage/demo/partners/x is "Partners", not "Overview" at /manage/demo). None when
 * the page is not in the navigation.
 */
export function currentNavItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    if (!navItemMatches(item, pathname)) continue;
    if (!best || trimSlash(item.href).length > trimSlash(best.href).length) best = item;
  }
  return best;
}

/** Every item of the groups, in order. */
export function navGroupItems(groups: readonly NavGroup[]): NavItem[] {
  return groups.flatMap((group) => group.items);
}

function trimSlash(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? "";
  return bare.length > 1 && bare.endsWith("/") ? bare.slice(0, -1) : bare;
}
