// @vitest-environment jsdom
import { act, type AnchorHTMLAttributes } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NavGroup } from "./nav-items";
import { NavMenu } from "./nav-menu";

const location = vi.hoisted(() => ({ pathname: "/manage/demo/partners" }));
vi.mock("next/navigation", () => ({ usePathname: () => location.pathname }));
vi.mock("next/link", () => ({
  // A plain anchor that does not leave the page (jsdom cannot navigate).
  default: ({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) => (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        event.preventDefault();
      }}
    />
  ),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const groups: NavGroup[] = [
  { items: [{ href: "/manage/demo", label: "Overview", exact: true }] },
  {
    label: "People",
    items: [
      { href: "/manage/demo/partners", label: "Partners" },
      { href: "/manage/demo/review", label: "Review" },
    ],
  },
];

let root: Root;
let container: HTMLDivElement;

function render() {
  act(() =>
    root.render(
      <NavMenu groups={groups} label="Program sections" menuLabel="Sections" layout="sidebar" />,
    ),
  );
}
const toggle = () => container.querySelector<HTMLButtonElement>("button[data-nav-toggle]")!;
const panel = () => document.getElementById(toggle().getAttribute("aria-controls")!)!;
const link = (name: string) =>
  [...container.querySelectorAll("a")].find((a) => a.textContent === name)!;

beforeEach(() => {
  location.pathname = "/manage/demo/partners";
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("NavMenu", () => {
  it("names the current page on the button and marks its link", () => {
    render();
    expect(toggle().textContent).toContain("Sections:");
    expect(toggle().textContent).toContain("Partners");
    expect(link("Partners").getAttribute("aria-current")).toBe("page");
    expect(link("Overview").hasAttribute("aria-current")).toBe(false);
    const list = container.querySelector("ul[aria-labelledby]")!;
    expect(document.getElementById(list.getAttribute("aria-labelledby")!)?.textContent).toBe(
      "People",
    );
  });

  it("discloses the list from a collapsed button that controls it", () => {
    render();
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(panel().querySelector("nav")?.getAttribute("aria-label")).toBe("Program sections");
    expect(panel().className).toContain("hidden lg:block");
    act(() => toggle().click());
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(panel().className).not.toContain("hidden lg:block");
  });

  it("closes on Escape and gives focus back to the button", () => {
    render();
    act(() => toggle().click());
    link("Review").focus();
    act(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle());
  });

  it("closes when a link is chosen and when the page changes", () => {
    render();
    act(() => toggle().click());
    act(() => link("Review").click());
    expect(toggle().getAttribute("aria-expanded")).toBe("false");

    act(() => toggle().click());
    location.pathname = "/manage/demo/review";
    render();
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(toggle().textContent).toContain("Review");
    expect(link("Review").getAttribute("aria-current")).toBe("page");
  });
});
