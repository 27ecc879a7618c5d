import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn } from "./helpers";

// Issue 20: staff keep each company's record, as the filings name it, and its workplaces.

test("staff add a company: a corporate number with a bad check digit is refused, then it is kept with a workplace", async ({
  browser,
}, testInfo) => {
  // Each project its own company, so the two runs never meet.
  const [name, number] =
    testInfo.project.name === "phone"
      ? ["株式会社 みどり介護", "1000012030001"]
      : ["株式会社 あさひ建設", "7000012050002"];
  const staff = await newPage(browser, "en-US");
  const errors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.goto("/staff/companies");
  await expect(staff.page.getByRole("heading", { level: 1, name: "Companies (受入れ機関)" })).toBeVisible();

  const form = staff.page.locator("section", { has: staff.page.getByRole("heading", { name: "Add a company" }) });
  await form.getByLabel("Name (名称)").fill(name);
  await form.getByLabel("Field (特定産業分野)").selectOption({ label: "建設" });
  // One digit typed wrongly: the check digit does not match.
  await form.getByLabel("Corporate number (法人番号)").fill(number.slice(0, 12) + ((Number(number[12]) + 1) % 10));
  await form.getByLabel("Phone (電話番号)").fill("052-123-4567");
  await form.getByLabel("Regular interview (定期面談)").check();
  await form.getByRole("button", { name: "Add the company" }).click();
  await expect(staff.page.getByRole("alert")).toContainText("check digit is wrong");
  // What was typed is still there; only the number is put right.
  await expect(staff.page.getByLabel("Name (名称)")).toHaveValue(name);
  await expect(staff.page.getByLabel("Regular interview (定期面談)")).toBeChecked();
  await expect(staff.page.getByLabel("Phone (電話番号)")).toHaveValue("052-123-4567");
  await staff.page.getByLabel("Corporate number (法人番号)").fill(number);
  await staff.page.getByRole("button", { name: "Add the company" }).click();

  await expect(staff.page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(staff.page.getByRole("status")).toHaveText("The company was added. Add its workplaces below.");
  await staff.page.getByLabel("Workplace name (事業所名)").fill("本社工場");
  await staff.page.locator("#workplace_address").fill("愛知県名古屋市港区1-2-3");
  await staff.page.getByRole("button", { name: "Add the workplace" }).click();
  await expect(staff.page.getByTestId("workplaces")).toContainText("本社工場");

  // The list names it with its number.
  await staff.page.goto("/staff/companies");
  const row = staff.page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(number);
  expect(errors).toEqual([]);
  await staff.context.close();
});
