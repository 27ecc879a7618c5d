import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, EN } from "./helpers";

// Without JavaScript, the form leaves the language to the nationality and the server
// applies it; the invitation's link waits in a field to copy by hand.
test.use({ locale: "en-US" });

test("staff add a worker and get the invitation without JavaScript", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel(EN.login).fill("tanaka@sakura-support.example");
  await page.getByLabel(EN.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: EN.submit }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/workers/new");
  await page.getByLabel("Company").selectOption({ label: "株式会社みなと食堂" });
  await page.getByLabel("Family name").fill("SARI");
  await page.getByLabel("Given names").fill("DEWI");
  await page.getByLabel("Nationality").selectOption({ label: "Indonesia" });
  await expect(page.getByLabel("Language", { exact: true }).last()).toHaveValue("");
  await page.getByRole("button", { name: "Add the worker" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  // Indonesian, from the nationality, with the Japanese beside it.
  await expect(page.getByText("Halo, SARI DEWI. Ini undangan Anda ke Shien")).toBeVisible();
  await expect(page.getByText("SARI DEWI さん、こんにちは。")).toBeVisible();
  // The buttons that need a browser's JavaScript are not offered; the field and the
  // apps' links are.
  const field = page.getByLabel("Invitation link", { exact: true });
  await expect(field).toHaveValue(/\/i\/[A-Za-z0-9_-]{22}$/);
  await expect(field).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", /^https:\/\/wa\.me\/\?text=/);
  // A new invitation asks first, without JavaScript too.
  await expect(page.getByRole("button", { name: "Yes, end this link and make a new one" })).toBeHidden();
  await page.getByText("Make a new invitation", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Yes, end this link and make a new one" })).toBeVisible();
});
