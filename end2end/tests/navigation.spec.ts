import { expect, Page, test } from "@playwright/test";
import { newPage, signIn, waitForIslands } from "./helpers";

// Issue 19: from supports to documents to interviews there was no link (9 of 9 tries went
// back through the home). Every signed-in person now has a lasting menu: a bar at the
// bottom of a worker's phone, a strip or a side menu for staff and companies.

const menu = (page: Page) => page.getByRole("navigation", { name: "Sections" });

/** The menu link of the current page: marked, and only one. */
async function expectCurrent(page: Page, name: string) {
  const current = menu(page).locator("a[aria-current=page]");
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(name);
}

test("a worker goes from section to section by the menu, the current one marked", async ({ browser }, testInfo) => {
  const { page } = await newPage(browser, "en-US");
  await signIn(page, "siti.rahmawati");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/lang?lang=en&next=/me");
  await expectCurrent(page, "Home");
  for (const [name, path] of [
    ["Supports", "/me/supports"],
    ["Documents", "/me/documents"],
    ["Interviews", "/me/interviews"],
    ["Help", "/me/consultations"],
    ["Home", "/me"],
  ]) {
    await menu(page).getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await waitForIslands(page);
    await expectCurrent(page, name);
  }
  // A page inside a section marks its section.
  await page.goto("/me/documents/passport");
  await expectCurrent(page, "Documents");

  const bar = await menu(page).boundingBox();
  const viewport = page.viewportSize();
  expect(bar && viewport).toBeTruthy();
  if (testInfo.project.name === "phone") {
    // On the phone: a bar at the bottom of the screen, always in reach.
    expect(Math.round(bar!.y + bar!.height)).toBe(viewport!.height);
    // The page's end is not hidden under it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const footer = await page.locator("footer").boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(bar!.y + 1);
  }
});

test("staff have a side menu at a desk and a strip on a phone", async ({ browser }, testInfo) => {
  const { page } = await newPage(browser, "en-US");
  await signIn(page, "tanaka@sakura-support.example");
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/lang?lang=en&next=/staff");
  await expectCurrent(page, "Home");
  await menu(page).getByRole("link", { name: "Documents to review", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/documents$/);
  await expectCurrent(page, "Documents to review");
  await page.goto("/staff/consultations/hours");
  await expectCurrent(page, "Consultations");
  // Not an admin: no accounts.
  await expect(menu(page).getByRole("link", { name: "Accounts" })).toHaveCount(0);

  const nav = await menu(page).boundingBox();
  const main = await page.locator("main").boundingBox();
  if (testInfo.project.name === "desktop") {
    await page.setViewportSize({ width: 1366, height: 800 });
    const side = await menu(page).boundingBox();
    const wide = await page.locator("main").boundingBox();
    // Beside the page, on its left, and the page uses the width of the desk.
    expect(side!.x + side!.width).toBeLessThanOrEqual(wide!.x + 1);
    expect(wide!.width).toBeGreaterThan(900);
  } else {
    // Above the page, and never wider than the phone (it scrolls sideways by itself).
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(main!.y + 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test("no menu for a visitor who is not signed in", async ({ page }) => {
  await page.goto("/");
  await waitForIslands(page);
  await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(0);
});
