import { expect, test } from "@playwright/test";
import path from "node:path";

// Workers on slow phones may see the page before (or without) any wasm: it must work.
test.use({ locale: "vi-VN" });

test("the sign-in page renders in the right language without JavaScript", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  await expect(page.getByLabel("Mã đăng nhập hoặc e-mail")).toBeVisible();
});

test("the language switcher works as a plain form", async ({ page }) => {
  await page.goto("/help");
  await page.getByLabel("Ngôn ngữ").selectOption({ label: "English" });
  await page.getByRole("button", { name: "Đổi ngôn ngữ" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("signing in and out works without JavaScript", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Mã đăng nhập hoặc e-mail").fill("li.wei");
  await page.getByLabel("Mật khẩu").fill("wrong-password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert")).toContainText("Mã đăng nhập, e-mail hoặc mật khẩu không đúng");
  // The login id comes back filled in; the password never travels back.
  await expect(page.getByLabel("Mã đăng nhập hoặc e-mail")).toHaveValue("li.wei");
  await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
  await page.getByLabel("Mật khẩu").fill("shien-demo-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "Xin chào WEI" })).toBeVisible();
  // The lasting menu is plain links: section to section, the current one marked.
  const menu = page.getByRole("navigation", { name: "Mục" });
  await menu.getByRole("link", { name: "Giấy tờ", exact: true }).click();
  await expect(page).toHaveURL(/\/me\/documents$/);
  await expect(menu.locator("a[aria-current=page]")).toHaveText("Giấy tờ");
  await menu.getByRole("link", { name: "Trang chủ", exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Bạn đã đăng xuất.");
});

test.describe("in Tagalog", () => {
  test.use({ locale: "tl-PH" });

  test("a worker acknowledges a support without JavaScript", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Login ID o e-mail").fill("maria.santos");
    await page.getByLabel("Password", { exact: true }).fill("shien-demo-2026");
    await page.getByRole("button", { name: "Mag-sign in" }).click();
    await expect(page).toHaveURL(/\/me$/);
    await page.getByRole("link", { name: "Mga suporta ko" }).click();
    const toConfirm = page.getByRole("region", { name: "Pakikumpirma" });
    await expect(toConfirm.getByRole("link", { name: /^4\. / })).toBeVisible();
    await page.getByRole("button", { name: "Natanggap ko ang suportang ito" }).click();
    await expect(page.getByRole("status")).toHaveText("Salamat. Naitala namin na natanggap mo ito.");
    await expect(page.getByRole("region", { name: "Pakikumpirma" })).toHaveCount(0);
  });

  test("a worker sends a PDF contract without JavaScript", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Login ID o e-mail").fill("maria.santos");
    await page.getByLabel("Password", { exact: true }).fill("shien-demo-2026");
    await page.getByRole("button", { name: "Mag-sign in" }).click();
    await expect(page).toHaveURL(/\/me$/);
    await page.getByRole("link", { name: "Aking mga dokumento" }).click();
    await page.getByRole("link", { name: /^Kontrata sa trabaho/ }).click();
    await page
      .getByLabel(/^Litrato o PDF: o pumili ng file/)
      .setInputFiles(path.join(__dirname, "../../app/tests/fixtures/contract.pdf"));
    await page.getByRole("button", { name: "Ipadala" }).click();
    await expect(page).toHaveURL(/\/me\/documents\/employment_contract\?saved=uploaded$/);
    await expect(page.getByRole("status").first()).toHaveText("Naipadala na. Titingnan namin ito agad.");
    await expect(page.locator(".badge").first()).toHaveText("Naghihintay ng pagsusuri");
  });
});
