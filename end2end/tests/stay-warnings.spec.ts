import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn } from "./helpers";

// Issue 20: the demo's worker near the 5 years of 特定技能1号 and the one whose renewal is
// under review show on staff's dashboard, on a phone and at a desk; each line leads to the
// worker's stay, which says the same.

test("the dashboard warns of the 5 years and of a renewal under review, and leads to the stay", async ({
  browser,
}) => {
  const staff = await newPage(browser, "en-US");
  const errors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.goto("/staff/dashboard");

  const renewal = staff.page.getByRole("link", {
    name: "RAHMAWATI SITI · Residence card: renewal applied for, under review",
  });
  await expect(renewal).toBeVisible();
  const limit = staff.page.getByRole("link", {
    name: "SANTOS MARIA · The 5 years of Specified Skilled Worker (i) end (通算5年)",
  });
  await expect(limit).toBeVisible();

  // The 5 years: the stay card counts the months and warns.
  await limit.click();
  await expect(staff.page).toHaveURL(/\/workers\/[0-9a-f-]+#stay$/);
  const stay = staff.page.locator("#stay");
  await expect(stay.getByTestId("total-stay")).toContainText("months left");
  await expect(stay.getByTestId("total-stay-alert")).toBeVisible();

  // The renewal: the card reads "under review", not "expired".
  await staff.page.goto("/staff/dashboard");
  await renewal.click();
  await expect(staff.page.locator("#stay").getByTestId("stay-standing")).toContainText("under review");
  expect(errors).toEqual([]);
  await staff.context.close();
});
