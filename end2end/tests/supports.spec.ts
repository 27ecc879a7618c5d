import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn } from "./helpers";

const ID = { login: "ID login atau e-mail", password: "Kata sandi", submit: "Masuk" };

/** Yesterday in Japan, as a date input wants it. */
function yesterdayInJapan(): string {
  const japan = new Date(Date.now() + 9 * 3600_000 - 24 * 3600_000);
  return japan.toISOString().slice(0, 10);
}

test("staff record the life orientation, the worker acknowledges it in Indonesian, the company confirms, the record shows all three", async ({
  browser,
}, testInfo) => {
  // Three people sign in and take a dozen steps: on 2 busy cores (a CI run, the other
  // project's journeys beside it) that is more than the 30 s meant for one person's step.
  test.setTimeout(90_000);
  // Each project takes its own Indonesian worker, so the two runs never share a record.
  const [workerLogin, workerName, companyLogin, companyUser] =
    testInfo.project.name === "desktop"
      ? ["budi.putra", "PUTRA BUDI", "hr@fuji.example", "小林 誠"]
      : ["siti.rahmawati", "RAHMAWATI SITI", "hr@aozora.example", "山本 花子"];

  // Staff, in English: open the worker's plan and record the orientation.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.getByRole("link", { name: workerName, exact: true }).click();
  await staff.page.getByRole("link", { name: "Support plan" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Support plan" })).toBeVisible();
  await staff.page.getByRole("link", { name: "4. Life orientation (生活オリエンテーション)" }).click();
  await expect(staff.page).toHaveURL(/\/supports\/[0-9a-f-]{36}$/);
  const supportUrl = staff.page.url();
  await staff.page.getByLabel("Date given").fill(yesterdayInJapan());
  await staff.page.getByLabel("Duration (minutes)").fill("480");
  await staff.page.getByLabel("Given by").fill("田中 健");
  await staff.page.getByLabel("Language", { exact: true }).last().selectOption({ label: "Bahasa Indonesia" });
  await staff.page.getByLabel("How", { exact: true }).selectOption({ label: "In person" });
  await staff.page.getByLabel("Place or video tool").fill("本部 会議室");
  await staff.page.getByLabel("What was covered").fill("Rules, money, transport, medical care, disasters");
  await staff.page.getByLabel("Internal note (never shown").fill("Needs help with the bank later");
  await staff.page.getByRole("button", { name: "Save the record" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The record was saved.");
  await expect(staff.page.locator(".badge").first()).toHaveText("Done");
  expect(staffErrors).toEqual([]);

  // The worker, on the phone in Indonesian: sees it explained, and acknowledges it.
  const worker = await newPage(browser, "id-ID");
  const workerErrors = collectErrors(worker.page);
  await signIn(worker.page, workerLogin, ID);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.getByRole("link", { name: "Dukungan saya" }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "Dukungan saya" })).toBeVisible();
  const toConfirm = worker.page.getByRole("region", { name: "Mohon konfirmasi" });
  await expect(toConfirm.getByRole("link", { name: "4. Orientasi kehidupan (生活オリエンテーション)" })).toBeVisible();
  await expect(toConfirm).toContainText("minimal 8 jam");
  await expect(worker.page.getByText("Needs help with the bank later")).toHaveCount(0);
  await worker.page.getByRole("button", { name: "Saya sudah menerima dukungan ini" }).click();
  await expect(worker.page.getByRole("status")).toHaveText(
    "Terima kasih. Kami mencatat bahwa Anda sudah menerimanya.",
  );
  await expect(worker.page.getByRole("region", { name: "Mohon konfirmasi" })).toHaveCount(0);
  expect(workerErrors).toEqual([]);

  // The company, in English: confirms it from the list waiting for it.
  const company = await newPage(browser, "en-US");
  const companyErrors = collectErrors(company.page);
  await signIn(company.page, companyLogin);
  // Their home lists what waits; the list's page confirms several at once.
  await company.page.getByRole("link", { name: /^Open the list to confirm \(\d+\)$/ }).click();
  const item = company.page.getByLabel(`${workerName} · 4. Life orientation (生活オリエンテーション)`);
  await item.check();
  await company.page.getByRole("button", { name: "Confirm the chosen supports" }).click();
  await expect(company.page.getByRole("status")).toHaveText("Confirmed. Thank you.");
  await expect(company.page.getByLabel(`${workerName} · 4. Life orientation (生活オリエンテーション)`)).toHaveCount(0);
  expect(companyErrors).toEqual([]);

  // Staff: the printable record shows the delivery, the worker's and the company's steps.
  await staff.page.goto(supportUrl);
  await staff.page.getByRole("link", { name: "Back to the support plan" }).click();
  await staff.page.getByRole("link", { name: "Printable support record" }).click();
  const row = staff.page.getByRole("row", { name: /^4\. Life orientation/ });
  await expect(row).toContainText("Confirmed by the company");
  await expect(row).toContainText("田中 健");
  await expect(row).toContainText("Bahasa Indonesia");
  await expect(row).toContainText("480");
  await expect(row.getByRole("cell").nth(2)).toContainText(workerName);
  await expect(row.getByRole("cell").nth(3)).toContainText(companyUser);
  expect(staffErrors).toEqual([]);
});

test("marking a support not applicable without a reason is refused with a message", async ({ browser }) => {
  const staff = await newPage(browser, "en-US");
  await signIn(staff.page, "tanaka@sakura-support.example");
  await staff.page.getByRole("link", { name: "NGUYEN VAN AN", exact: true }).click();
  await staff.page.getByRole("link", { name: "Support plan" }).click();
  await staff.page.getByRole("link", { name: "6. Learning Japanese (日本語学習)" }).click();
  await staff.page.getByRole("button", { name: "Mark as not applicable" }).click();
  await expect(staff.page.getByRole("alert")).toHaveText("Please write a reason.");
  await expect(staff.page.locator(".badge").first()).toHaveText("Planned");
});
