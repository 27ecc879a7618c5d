import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn, waitForIslands } from "./helpers";

// Issue 20: staff keep the worker's identity and status; the worker reads their own record
// on a cheap phone in their language, and points out a mistake, which reaches their officer.

const ID = { login: "ID login atau e-mail", password: "Kata sandi", submit: "Masuk" };

test("staff keep the identity, the worker reads it in Indonesian at 360 px and points out a mistake", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // Each project its own worker and card, so the two runs never meet.
  const phone = testInfo.project.name === "phone";
  const [login, name, card] = phone
    ? ["siti.rahmawati", "RAHMAWATI SITI", "AB12345678CD"]
    : ["budi.putra", "PUTRA BUDI", "EF87654321GH"];

  // Staff, in English, on the worker's page: a card number of the wrong shape is refused
  // and what was typed comes back; the right one is kept as the card prints it.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.goto(`/staff/workers?q=${encodeURIComponent(name.split(" ")[0])}`);
  await staff.page.getByRole("link", { name }).first().click();
  await expect(staff.page.getByRole("heading", { level: 1, name })).toBeVisible();
  const identity = staff.page.locator("#identity");
  await identity.getByText("Change identity and status").click();
  await identity.getByLabel("Name in katakana (フリガナ)").fill("ラフマワティ シティ");
  await identity.getByLabel("Residence card number (在留カード番号)").fill("AB1234");
  await identity.getByLabel("Address in Japan (住居地)").fill("愛知県名古屋市中区栄1-2-3");
  await identity.getByLabel("Languages understood (理解できる言語)").fill("Bahasa Indonesia\nភាសាខ្មែរ, ภาษาไทย");
  await identity.getByRole("button", { name: "Save identity and status" }).click();
  await expect(identity.getByRole("alert")).toHaveText(
    "A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).",
  );
  await expect(identity.getByLabel("Address in Japan (住居地)")).toHaveValue("愛知県名古屋市中区栄1-2-3");
  await identity.getByLabel("Residence card number (在留カード番号)").fill(card.toLowerCase().replace(/(\d{4})/g, " $1"));
  await identity.getByRole("button", { name: "Save identity and status" }).click();
  await expect(identity.getByRole("status")).toHaveText("Saved.");
  await expect(identity.getByTestId("card-number")).toHaveText(card);
  await expect(identity.getByTestId("identity-languages")).toHaveText("Bahasa Indonesia, ភាសាខ្មែរ, ภาษาไทย");
  expect(staffErrors).toEqual([]);

  // The worker, on the cheapest phone, in Indonesian.
  const worker = await newPage(browser, "id-ID");
  await worker.page.setViewportSize({ width: 360, height: 640 });
  const workerErrors = collectErrors(worker.page);
  await signIn(worker.page, login, ID);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.getByRole("link", { name: "Data saya (在留カード・パスポート)" }).click();
  await expect(worker.page.getByRole("heading", { name: "Data diri dan status (本人情報)" })).toBeVisible();
  const own = worker.page.locator("#identity");
  await expect(own.getByTestId("card-number")).toHaveText(card);
  await expect(own.getByText("Kewarganegaraan (国籍)")).toBeVisible();
  await expect(own.getByTestId("identity-address")).toContainText("愛知県名古屋市中区栄1-2-3");
  // Read only for her: no form to change it.
  await expect(own.getByRole("button")).toHaveCount(0);
  const width = await worker.page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  // She points out a mistake: it opens a thread about her record, where the answer comes.
  await waitForIslands(worker.page);
  await worker.page.getByLabel("Apa yang salah, dan apa yang benar?").fill("Alamat saya salah. Yang benar: 1-2-4.");
  await worker.page.getByRole("button", { name: "Kirim ke petugas pendamping" }).click();
  await expect(worker.page).toHaveURL(/\/me\/consultations\/[0-9a-f-]+/);
  await expect(worker.page.getByRole("heading", { level: 1, name: "Kesalahan di data (記録の訂正)" })).toBeVisible();
  await expect(worker.page.getByText("Alamat saya salah. Yang benar: 1-2-4.")).toBeVisible();
  expect(workerErrors).toEqual([]);

  // Her officer finds it in the inbox, named as a mistake in the record.
  await staff.page.goto("/staff/consultations");
  await expect(staff.page.getByRole("link", { name: "A mistake in the record (記録の訂正)" }).first()).toBeVisible();
  await staff.context.close();
  await worker.context.close();
});
