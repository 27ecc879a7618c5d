import { devices, expect, Page, test, TestInfo } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 19: staff's lists are tables at an office PC's 1366 px and card lists on a 360 px
// phone, searched, sorted and paged through the address. Both widths in one run (the
// desktop project's), each in a context of its own size; the screenshots are kept as
// artifacts of the run.

const STAFF = "tanaka@sakura-support.example";
const SEARCH = "Search by name, login ID or company";
const PAGES = ["/staff/workers", "/staff/dashboard", "/staff/documents", "/staff/consultations"];

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

/** The body rows of the list: those with cells, not the header row. */
function rows(page: Page) {
  return page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
}

/** The login ids of the list's rows, top to bottom. */
async function logins(page: Page): Promise<string[]> {
  return (await rows(page).locator("td code").allTextContents()).map((t) => t.trim());
}

async function search(page: Page, text: string) {
  await page.getByLabel(SEARCH).fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test("at a 1366 px desk staff search workers by name and company, sort a column and see tables", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "both widths in one run");
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, STAFF);
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Workers", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/workers$/);

  // A table, its column headers visible, with the count.
  const table = page.getByRole("table", { name: "Workers" });
  await expect(table).toBeVisible();
  for (const header of ["Name", "Login ID", "Company", "Nationality"]) {
    await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
  }
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
  const count = page.getByTestId("desk-count");
  await expect(count).toHaveText(/^\d+ found, showing 1–\d+$/);
  const total = Number((await count.textContent())?.split(" ")[0]);
  expect(total).toBeGreaterThanOrEqual(8);
  // The demo has fewer than 50 workers: one page, no pager.
  expect(total).toBeLessThan(50);
  await expect(rows(page)).toHaveCount(total);
  await expect(page.getByRole("link", { name: "Next page →" })).toHaveCount(0);
  const box = await table.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(900);
  await shoot(page, testInfo, "workers-1366");

  // By name, in lower case.
  await search(page, "santos");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("SANTOS MARIA");
  await expect(count).toHaveText("1 found, showing 1–1");

  // By company, in Japanese. Other tests of the run may add workers to the same company, so
  // the two demo workers must be there, every row must be of that company, and the count must
  // say how many rows there are.
  await search(page, "みなと");
  await expect(count).toHaveText(/^\d+ found, showing 1–\d+$/);
  const found = Number((await count.textContent())?.split(" ")[0]);
  expect(found).toBeGreaterThanOrEqual(2);
  expect(found).toBeLessThan(total);
  await expect(rows(page)).toHaveCount(found);
  await expect(rows(page).filter({ hasText: "GURUNG BISHNU" })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: "TRAN THI BINH" })).toHaveCount(1);
  await expect(rows(page).filter({ hasNotText: "株式会社みなと食堂" })).toHaveCount(0);
  await shoot(page, testInfo, "workers-company-search-1366");

  // Sorted by login id, then the other way round; the search stays.
  await page.getByRole("link", { name: "Login ID" }).click();
  const login = table.getByRole("columnheader", { name: "Login ID" });
  await expect(login).toHaveAttribute("aria-sort", "ascending");
  const ascending = await logins(page);
  expect(ascending).toHaveLength(found);
  expect(ascending).toEqual([...ascending].sort());
  await page.getByRole("link", { name: "Login ID" }).click();
  await expect(login).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => logins(page)).toEqual([...ascending].reverse());
  await expect(page).toHaveURL(/q=/);
  await expect(table.getByRole("columnheader", { name: "Name" })).not.toHaveAttribute("aria-sort", /./);

  // Filtered by company with the select, no search.
  await page.getByLabel(SEARCH).fill("");
  await page.getByLabel("Company", { exact: true }).selectOption({ label: "株式会社ふじ建設" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(rows(page).filter({ hasText: "AUNG KO KO" })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: "SANTOS MARIA" })).toHaveCount(0);

  // SQL in the search: nothing found, and said so.
  await page.getByLabel("Company", { exact: true }).selectOption({ label: "All" });
  await search(page, "' OR 1=1 --");
  await expect(count).toHaveText("Nothing found. Check the spelling, or search for less.");

  // The other desk lists are tables too, with their counts, wider than a phone column.
  for (const path of PAGES.slice(1)) {
    await page.goto(path);
    await expect(page.getByLabel(SEARCH)).toBeVisible();
    await expect(page.getByTestId("desk-count")).toBeVisible();
    const list = page.getByRole("table").first();
    if ((await page.getByRole("table").count()) > 0) {
      await expect(list).toBeVisible();
      await expect(list.getByRole("columnheader").first()).toBeVisible();
    }
    await shoot(page, testInfo, `${path.split("/").pop()}-1366`);
  }
  // The dashboard has demo lines: sorted by company on request.
  await page.goto("/staff/dashboard");
  const due = page.getByRole("table", { name: "To do" });
  await expect(due).toBeVisible();
  await due.getByRole("link", { name: "Company" }).click();
  await expect(due.getByRole("columnheader", { name: "Company" })).toHaveAttribute("aria-sort", "ascending");
  await context.close();
});

test("on a 360 px phone the same lists are card lists no wider than the screen", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "both widths in one run");
  test.setTimeout(90_000);
  const context = await browser.newContext({
    ...devices["Pixel 7"],
    locale: "en-US",
    viewport: { width: 360, height: 780 },
  });
  const page = await context.newPage();
  await signIn(page, STAFF);
  await expect(page).toHaveURL(/\/staff$/);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByTestId("desk-count")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
    await shoot(page, testInfo, `${path.split("/").pop()}-360`);
  }

  await page.goto("/staff/workers");
  // The list layout: each row is a card, not a table row.
  const first = rows(page).first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((row) => getComputedStyle(row).display)).toBe("block");
  await search(page, "aung");
  await expect(rows(page).filter({ hasText: "AUNG KO KO" })).toHaveCount(1);
  await expect(page.getByTestId("desk-count")).toHaveText("1 found, showing 1–1");
  // Sorting is there on the phone too, as a line of links.
  await page.getByRole("link", { name: "Company" }).click();
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveAttribute("aria-sort", "ascending");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await shoot(page, testInfo, "workers-search-360");
  await context.close();
});
