import { describe, expect, it } from "vitest";
import { currentNavItem, navGroupItems, navItemMatches, type NavItem } from "./nav-items";

const base = "/manage/demo";
const items: NavItem[] = [
  { href: base, label: "Overview", exact: true },
  { href: `${base}/partners`, label: "Partners" },
  { href: `${base}/news`, label: "News" },
  { href: `${base}/newsletters`, label: "Newsletters" },
  { href: `${base}/settings`, label: "Settings" },
];

describe("currentNavItem", () => {
  it("takes the exact overview only on its own address", () => {
    expect(currentNavItem(items, base)?.label).toBe("Overview");
    expect(currentNavItem(items, `${base}/`)?.label).toBe("Overview");
    expect(currentNavItem(items, `${base}/unknown`)).toBeUndefined();
  });

  it("takes a section for its pages below it", () => {
    expect(currentNavItem(items, `${base}/partners`)?.label).toBe("Partners");
    expect(currentNavItem(items, `${base}/partners/abc/notes`)?.label).toBe("Partners");
  });

  it("does not take a section whose address is only a prefix of a word", () => {
    expect(currentNavItem(items, `${base}/newsletters/new`)?.label).toBe("Newsletters");
    expect(currentNavItem(items, `${base}/news`)?.label).toBe("News");
    expect(currentNavItem(items, `${base}/partnership`)).toBeUndefined();
  });

  it("prefers the longest matching address", () => {
    const nested: NavItem[] = [
      { href: "/manage", label: "Programs" },
      { href: "/manage/people", label: "People" },
    ];
    expect(currentNavItem(nested, "/manage/people/1")?.label).toBe("People");
    expect(currentNavItem(nested, "/manage/demo/partners")?.label).toBe("Programs");
    expect(currentNavItem([...nested].reverse(), "/manage/people")?.label).toBe("People");
  });

  it("ignores a query or a fragment", () => {
    expect(currentNavItem(items, `${base}/partners?status=applied`)?.label).toBe("Partners");
    expect(navItemMatches(items[0]!, `${base}#top`)).toBe(true);
  });
});

describe("navGroupItems", () => {
  it("lists the items of every group in order", () => {
    const labels = navGroupItems([
      { items: [items[0]!] },
      { label: "People", items: [items[1]!, items[2]!] },
    ]).map((item) => item.label);
    expect(labels).toEqual(["Overview", "Partners", "News"]);
  });
});
