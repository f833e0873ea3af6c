import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens every collapsed navigation menu on the page. Below 768 px (the phone project) an area's
 * links sit behind one button (`data-nav-toggle`, aria-expanded), and so do the language switch
 * and the e-mail; below 1024 px the program console's sections do too. On a wide screen the
 * buttons are hidden and this does nothing.
 */
export async function openNavMenus(page: Page): Promise<void> {
  for (const toggle of await page.locator("button[data-nav-toggle]").all()) {
    if (!(await toggle.isVisible())) continue;
    // A click before hydration is lost: click again until the button reports it is open.
    await expect(async () => {
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
    }).toPass();
  }
}

/** A link of the navigation (a portal page, a console section) by its exact name, made visible. */
export async function navLink(page: Page, name: string): Promise<Locator> {
  await openNavMenus(page);
  return page.getByRole("navigation").getByRole("link", { name, exact: true });
}
