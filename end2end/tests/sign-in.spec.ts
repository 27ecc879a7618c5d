import { expect, test } from "@playwright/test";
import { collectErrors, waitForIslands } from "./helpers";

test.describe("sign-in page", () => {
  test.use({ locale: "en-US" });

  test("renders in the browser's language and its island hydrates", async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Login ID or e-mail")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    await waitForIslands(page);
    expect(errors).toEqual([]);
  });

  test("a wrong password gets one plain message and keeps the login", async ({ page }) => {
    await page.goto("/");
    await waitForIslands(page);
    await page.getByLabel("Login ID or e-mail").fill("maria.santos");
    await page.getByLabel("Password").fill("not-my-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "The login ID, e-mail or password is not correct",
    );
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    // What was typed is still there to correct.
    await expect(page.getByLabel("Login ID or e-mail")).toHaveValue("maria.santos");
    await expect(page).toHaveURL(/\/\?error=sign_in.err_invalid/);
  });

  test("the help page opens without a page load", async ({ page }) => {
    await page.goto("/");
    await waitForIslands(page);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.getByRole("link", { name: "Help" }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    // And back, still in the same document.
    await page.getByRole("link", { name: "Back to sign-in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });

  test("an unknown address gives a 404 page in the visitor's language", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});

test.describe("languages", () => {
  test("Vietnamese browser gets Vietnamese on the first response", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
    await context.close();
  });

  test("an unsupported browser language falls back to Japanese", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
    await context.close();
  });

  test("switching to Tiếng Việt changes the text and survives a reload", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/help");
    await waitForIslands(page);
    await page.getByLabel("Language").selectOption({ label: "Tiếng Việt" });
    await expect(page.getByRole("heading", { level: 1, name: "Trợ giúp" })).toBeVisible();
    await expect(page).toHaveURL(/\/help$/);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: "Trợ giúp" })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("shien.locale"))).toBe('"vi"');
    await context.close();
  });

  test("the device remembers the language when the cookie is lost", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await waitForIslands(page);
    await page.getByLabel("Language").selectOption({ label: "Bahasa Indonesia" });
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
    await context.clearCookies();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
    await context.close();
  });

  test("an unknown language in the cookie falls back without failing", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    await context.addCookies([
      { name: "i18n_pref_locale", value: "xx", url: "http://127.0.0.1" },
    ]);
    const page = await context.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  });
});
