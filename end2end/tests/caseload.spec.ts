import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn } from "./helpers";

// Issue 20: the 2027 caseload caps and the organization's standing, on a phone and at a
// desk. Staff put an officer in charge of a company and read every officer's load against
// 50 workers and 10 employers; the admin's home warns about the registration's renewal
// window and an office without a 支援責任者, and the organization's page keeps each staff
// member's position and training.

test("staff put an officer in charge of a company and read the caseload against the caps", async ({
  browser,
}, testInfo) => {
  // Each project its own company, so the two runs never meet.
  const company = testInfo.project.name === "phone" ? "株式会社ふじ建設" : "株式会社みなと食堂";
  const staff = await newPage(browser, "en-US");
  const errors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);

  await staff.page.goto("/staff/companies");
  await staff.page.getByRole("link", { name: company }).click();
  const officer = staff.page.locator("#officer");
  await officer.getByLabel("Officer in charge (担当の支援担当者)").selectOption({ label: "佐藤 恵美" });
  await officer.getByRole("button", { name: "Save the officer" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("Saved.");
  await expect(staff.page.locator("#officer").getByLabel("Officer in charge (担当の支援担当者)")).toHaveValue(/.+/);

  // The lasting menu leads to the caseload.
  await staff.page.getByRole("link", { name: "Caseload", exact: true }).click();
  await expect(staff.page).toHaveURL(/\/staff\/caseload$/);
  await expect(staff.page.getByRole("heading", { level: 1, name: "Caseload (担当件数)" })).toBeVisible();
  await expect(staff.page.getByText("at most 50 workers and 10 employers")).toBeVisible();
  const table = staff.page.getByTestId("caseload");
  const sato = table.getByRole("row", { name: /佐藤 恵美/ });
  // The admin now has this company (and maybe the other project's): 1 or 2 of 10.
  await expect(sato).toContainText(/[12] \/ 10/);
  await expect(sato).toContainText("0 / 50");
  await expect(sato).toContainText("Within the caps");
  await expect(table.getByRole("row", { name: /田中 健/ })).toContainText("/ 50");
  await expect(table.getByRole("row", { name: /Nguyễn Thị Lan/ })).toContainText("支援担当者");
  expect(errors).toEqual([]);
  await staff.context.close();
});

test("the admin's home warns about the organization, and the organization's page keeps the staff's training", async ({
  browser,
}, testInfo) => {
  const admin = await newPage(browser, "en-US");
  const errors = collectErrors(admin.page);
  await signIn(admin.page, "admin@sakura-support.example");
  await expect(admin.page).toHaveURL(/\/staff$/);
  const warnings = admin.page.getByTestId("organization-warnings");
  await expect(warnings).toContainText("File the renewal of the registration now");
  await expect(warnings).toContainText("The office 東京事務所 has no 支援責任者 (support manager).");

  await warnings.getByRole("link", { name: /東京事務所/ }).click();
  await expect(admin.page).toHaveURL(/\/staff\/organization$/);
  await expect(admin.page.getByRole("heading", { level: 1, name: "Our organization (登録支援機関)" })).toBeVisible();
  await expect(admin.page.getByLabel("Registration number (登録番号)")).toHaveValue("22登-012345");
  await expect(admin.page.getByTestId("offices")).toContainText("東京事務所");

  // One project puts 田中's training right; the other only reads, so they never meet.
  if (testInfo.project.name === "desktop") {
    const tanaka = admin.page.getByTestId("staff-member").filter({ hasText: "田中 健" });
    await expect(tanaka).toContainText("training due");
    const today = new Date().toISOString().slice(0, 10);
    await tanaka.getByLabel("Last completed the required training (講習修了日)").fill(today);
    await tanaka.getByRole("button", { name: "Save" }).click();
    await expect(admin.page.getByRole("status")).toHaveText("Saved.");
    await expect(admin.page.getByTestId("staff-member").filter({ hasText: "田中 健" })).not.toContainText(
      "training due",
    );
    await admin.page.getByRole("link", { name: "Home", exact: true }).click();
    await expect(admin.page.getByTestId("organization-warnings")).not.toContainText("田中 健");
  }
  expect(errors).toEqual([]);
  await admin.context.close();
});
