import { expect, test, type Page } from "@playwright/test";
import { collectErrors, dayInJapan, newPage, signIn } from "./helpers";

const SEARCH = "Search by name, login ID or company";

/** The card of a support page's form, by its heading. */
function formCard(page: Page, heading: string) {
  return page.locator("section", { has: page.getByRole("heading", { level: 2, name: heading }) });
}

test("staff record a move and a short orientation for a former intern; the registration is due again in 14 days", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  // Each project takes its own worker, so the two runs never share a record.
  const workerName = testInfo.project.name === "desktop" ? "SAETANG SOMCHAI" : "TRAN THI BINH";
  const staff = await newPage(browser, "en-US");
  const errors = collectErrors(staff.page);
  const page = staff.page;
  await signIn(page, "tanaka@sakura-support.example");
  await expect(page).toHaveURL(/\/staff$/);
  // The worker from the list of all workers, by name.
  await page.goto("/staff/workers");
  await page.getByLabel(SEARCH).fill(workerName.split(" ")[0]);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("link", { name: workerName, exact: true }).click();
  await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}$/);
  const workerUrl = page.url();

  // The worker was a technical intern and stays with the same employer.
  await page.getByLabel("Was a technical intern or student in Japan").check();
  await page.getByRole("button", { name: "Save the dates" }).click();
  await expect(page.getByText("Saved. The support plan follows the new dates.")).toBeVisible();
  await expect(page.getByLabel("Was a technical intern or student in Japan")).toBeChecked();

  // The move: housing help on the day, recorded on the housing support.
  await page.getByRole("link", { name: "Support plan" }).click();
  await page.getByRole("link", { name: "3. Housing and daily contracts (住居・契約)" }).click();
  const moved = dayInJapan(-2);
  const move = formCard(page, "The worker moved (転居)");
  await move.getByLabel("Date given").fill(moved);
  await move.getByLabel("Duration (minutes)").fill("120");
  await move.getByLabel("Given by").fill("田中 健");
  await move.getByLabel("Language", { exact: true }).selectOption({ label: "Tiếng Việt" });
  await move.getByLabel("How", { exact: true }).selectOption({ label: "In person" });
  await move.getByLabel("What was covered").fill("New flat: contract, electricity, gas, water");
  await move.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The move is recorded; the residence registration is due again in 14 days.",
  );
  // Both deliveries are on the page, the move the newest.
  const deliveries = page.getByRole("region", { name: "Every delivery" });
  await expect(deliveries.getByRole("listitem")).toHaveCount(2);
  await expect(deliveries.getByRole("listitem").first()).toContainText(moved);

  // The registration is due again, 14 days after the move, on the plan.
  await page.getByRole("link", { name: "Back to the support plan" }).click();
  const registration = page.getByRole("listitem").filter({
    has: page.getByRole("link", { name: "5. Going with you to the city office (公的手続)" }),
  });
  await expect(registration.locator(".badge").first()).toHaveText("Planned");
  await expect(registration).toContainText(dayInJapan(12));

  // A correction of the orientation to 4 hours: enough for this worker, with its reason.
  await page.getByRole("link", { name: "4. Life orientation (生活オリエンテーション)" }).click();
  await expect(page).toHaveURL(/\/supports\/[0-9a-f-]{36}$/);
  const orientationUrl = page.url();
  const correct = formCard(page, "Correct the latest record");
  await correct.getByLabel("Reason for the correction").fill("Former intern: 4 hours were given");
  await correct.getByLabel("Duration (minutes)").fill("240");
  await correct.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The correction is recorded; the earlier version stays in the history.",
  );
  const versions = page.getByRole("region", { name: "Every delivery" }).getByRole("listitem");
  await expect(versions).toHaveCount(2);
  await expect(versions.filter({ hasText: "Replaced by a correction" })).toHaveCount(1);
  await expect(versions.first()).toContainText("Correction: Former intern: 4 hours were given");

  // Not a former intern after all: 4 hours are refused, with the reason, and nothing changes.
  await page.goto(workerUrl);
  await page.getByLabel("Was a technical intern or student in Japan").uncheck();
  await page.getByRole("button", { name: "Save the dates" }).click();
  await expect(page.getByText("Saved. The support plan follows the new dates.")).toBeVisible();
  await page.goto(orientationUrl);
  const again = formCard(page, "Correct the latest record");
  await again.getByLabel("Reason for the correction").fill("Check");
  await again.getByLabel("Duration (minutes)").fill("240");
  await again.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "The life orientation must take at least 8 hours (480 minutes).",
  );
  await expect(page.getByRole("region", { name: "Every delivery" }).getByRole("listitem")).toHaveCount(2);
  expect(errors).toEqual([]);
});
