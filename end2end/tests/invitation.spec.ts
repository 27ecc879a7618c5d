import { expect, Page, test } from "@playwright/test";
import { collectErrors, newPage, signIn, waitForIslands } from "./helpers";

// Staff hand the invitation over on a phone: in the worker's language with the Japanese
// beside it, copied or shared from the page, and a new one only after a question.
test.skip(({ isMobile }) => !isMobile, "a phone's journey");

/** The read-only field that holds the link. */
const linkField = (page: Page) => page.getByLabel("Invitation link", { exact: true });

test("staff add a worker on a phone and hand over the invitation in the worker's language", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await newPage(browser, "en-US");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const errors = collectErrors(page);
  await signIn(page, "tanaka@sakura-support.example");
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/workers/new");
  await waitForIslands(page);

  // Nothing chosen for staff; the language follows the nationality until staff choose one.
  const company = page.getByLabel("Company");
  const nationality = page.getByLabel("Nationality");
  const language = page.getByLabel("Language", { exact: true }).last();
  await expect(company).toHaveValue("");
  await expect(nationality).toHaveValue("");
  await expect(language).toHaveValue("");
  await nationality.selectOption({ label: "Myanmar" });
  await expect(language).toHaveValue("my");
  await nationality.selectOption({ label: "Vietnam" });
  await expect(language).toHaveValue("vi");
  await language.selectOption({ label: "English" });
  await nationality.selectOption({ label: "Nepal" });
  await expect(language).toHaveValue("en");
  await nationality.selectOption({ label: "Vietnam" });
  await language.selectOption({ label: "Tiếng Việt" });

  await company.selectOption({ label: "株式会社みなと食堂" });
  await page.getByLabel("Family name").fill("HOANG");
  await page.getByLabel("Given names").fill("MINH");
  await page.getByRole("button", { name: "Add the worker" }).click();

  // The invitation: the worker's Vietnamese, the Japanese beside it, the time zone.
  await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(page.getByText("Xin chào HOANG MINH. Đây là lời mời bạn vào Shien")).toBeVisible();
  await expect(page.getByText("HOANG MINH さん、こんにちは。登録支援機関のサイト「Shien」への招待です。")).toBeVisible();
  await expect(page.locator("#invitation-expires")).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d JST \(UTC\+9\)$/);
  const link = await linkField(page).inputValue();
  expect(link).toMatch(/\/i\/[A-Za-z0-9_-]{22}$/);
  for (const app of ["LINE", "WhatsApp", "Messenger"]) {
    await expect(page.getByRole("link", { name: app, exact: true })).toHaveAttribute("href", new RegExp(encodeURIComponent(link)));
  }
  await waitForIslands(page);

  // Copy link: on the clipboard.
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Print: the browser's print.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  // A new invitation asks first: opening the question changes nothing.
  const invitationUrl = page.url();
  await page.getByText("Make a new invitation", { exact: true }).click();
  await expect(page.getByText("A new invitation ends this one: its link stops working.")).toBeVisible();
  await expect(page).toHaveURL(invitationUrl);
  await expect(linkField(page)).toHaveValue(link);
  await page.getByRole("button", { name: "Yes, end this link and make a new one" }).click();
  await expect(page).not.toHaveURL(invitationUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  const newLink = await linkField(page).inputValue();
  expect(newLink).toMatch(/\/i\/[A-Za-z0-9_-]{22}$/);
  expect(newLink).not.toBe(link);

  // A browser without the Clipboard API: the link is selected for copying by hand.
  await page.evaluate(() =>
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true }),
  );
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The link is selected." })).toBeVisible();
  const selected = await page.evaluate(() => {
    const field = document.activeElement as HTMLInputElement;
    return field.value.substring(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  });
  expect(selected).toBe(newLink);
  expect(errors).toEqual([]);

  // The old link no longer works; the new one opens in Vietnamese.
  const worker = await newPage(browser, "en-US");
  const old = await worker.page.goto(new URL(link).pathname);
  expect(old?.status()).toBe(404);
  await worker.page.goto(new URL(newLink).pathname);
  await expect(worker.page.getByRole("heading", { level: 1, name: "Chào mừng bạn đến với Shien" })).toBeVisible();
  await worker.context.close();
  await context.close();
});
