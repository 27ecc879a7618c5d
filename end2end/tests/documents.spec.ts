import { expect, Page, test } from "@playwright/test";
import path from "node:path";
import { collectErrors, dayInJapan, newPage, signIn, throttle, waitForIslands } from "./helpers";

const FIXTURES = path.join(__dirname, "../../app/tests/fixtures");
const PHOTO = path.join(FIXTURES, "card-photo-exif-gps.jpg");
const EXE = path.join(FIXTURES, "not-an-image.jpg");

const MY = { login: "အကောင့်ဝင် ID (Login ID) သို့မဟုတ် အီးမေးလ်", password: "စကားဝှက်", submit: "ဝင်ရန်" };

/** The worker, in Burmese, sends both sides of the residence card from the file chooser. */
async function sendCard(page: Page) {
  await page.getByLabel(/^ရှေ့ဘက်: သို့မဟုတ် ဖိုင် ရွေးရန်/).setInputFiles(PHOTO);
  await expect(page.getByRole("img", { name: "အစမ်းကြည့်ရန် · ရှေ့ဘက်" })).toBeVisible();
  await page.getByLabel(/^နောက်ဘက်: သို့မဟုတ် ဖိုင် ရွေးရန်/).setInputFiles(PHOTO);
  await expect(page.getByRole("img", { name: "အစမ်းကြည့်ရန် · နောက်ဘက်" })).toBeVisible();
  await page.getByRole("button", { name: "ပို့ရန်" }).click();
}

test("a worker sends the residence card in Burmese, staff ask again for glare, then accept it with the expiry the dashboard shows", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the phone is where workers send documents");
  test.setTimeout(90_000);

  // The worker, on a phone in Burmese, on a slow connection: sees the progress.
  const worker = await newPage(browser, "my-MM");
  const workerErrors = collectErrors(worker.page);
  await signIn(worker.page, "aung.koko", MY);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.getByRole("link", { name: "ကျွန်ုပ်၏ စာရွက်စာတမ်းများ" }).click();
  await worker.page.getByRole("link", { name: "နေထိုင်ခွင့်ကတ် (在留カード)" }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "နေထိုင်ခွင့်ကတ် (在留カード)" })).toBeVisible();
  await waitForIslands(worker.page);
  await throttle(worker.page, { latency: 100, down: 200_000, up: 40_000 });
  await sendCard(worker.page);
  await expect(worker.page.getByRole("progressbar")).toBeVisible();
  await expect(worker.page.getByText(/^ပို့နေသည်… \d+%$/)).toBeVisible();
  await expect(worker.page.getByRole("status").first()).toHaveText("ပို့ပြီးပါပြီ။ မကြာမီ စစ်ဆေးပါမည်။", {
    timeout: 30_000,
  });
  await throttle(worker.page, null);
  await expect(worker.page.locator(".badge").first()).toHaveText("စစ်ဆေးရန် စောင့်နေသည်");

  // Staff, in English: the queue, the photo, "ask again" for glare.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.getByRole("link", { name: "Documents to review" }).click();
  await staff.page.getByRole("link", { name: "AUNG KO KO · Residence card (在留カード)" }).click();
  await expect(staff.page.getByRole("img", { name: "Front" })).toBeVisible();
  // The stored photo carries no EXIF (no GPS, no camera): fetched as the staff member.
  const src = await staff.page.getByRole("img", { name: "Front" }).getAttribute("src");
  const stored = await staff.page.request.get(src ?? "");
  expect(stored.status()).toBe(200);
  expect(stored.headers()["content-type"]).toBe("image/jpeg");
  const bytes = await stored.body();
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  expect(bytes.includes(Buffer.from("Exif"))).toBe(false);
  await staff.page.getByLabel("Reason").selectOption({ label: "There is light shining on it. Move away from the lamp or window." });
  await staff.page.getByRole("button", { name: "Ask to send again" }).click();
  await expect(staff.page.getByRole("status").filter({ hasText: "asked to send" })).toHaveText(
    "The worker was asked to send it again.",
  );

  // The worker reads why in Burmese and sends it again.
  await worker.page.goto("/me/documents/residence_card");
  await expect(worker.page.locator(".badge").first()).toHaveText("ထပ်မံ ပို့ပေးပါ");
  await expect(worker.page.getByText("အလင်းပြန်နေသည်။ မီး သို့မဟုတ် ပြတင်းပေါက်မှ ဝေးဝေးရိုက်ပါ။").first()).toBeVisible();
  await waitForIslands(worker.page);
  await sendCard(worker.page);
  await expect(worker.page).toHaveURL(/\?saved=uploaded$/);
  await expect(worker.page.getByRole("status").first()).toHaveText("ပို့ပြီးပါပြီ။ မကြာမီ စစ်ဆေးပါမည်။");
  expect(workerErrors).toEqual([]);

  // Staff accept the new version with the card's number and expiry.
  const expiry = dayInJapan(40);
  await staff.page.reload();
  await staff.page.getByRole("link", { name: "AUNG KO KO · Residence card (在留カード)" }).click();
  await staff.page.getByLabel("Last 4 characters of the number").fill("AB12");
  await staff.page.getByLabel("Expiry date").fill(expiry);
  await staff.page.getByRole("button", { name: "Accept" }).click();
  await expect(staff.page.getByRole("status").filter({ hasText: "Accepted" })).toHaveText("Accepted.");

  // The dashboard lists the card's expiry.
  await staff.page.goto("/staff/dashboard");
  const row = staff.page.getByRole("row").filter({ hasText: "AUNG KO KO" }).filter({ hasText: "Residence card expires" });
  await expect(row).toContainText(expiry);
  expect(staffErrors).toEqual([]);

  // And the worker's page tells them to talk about renewal.
  await worker.page.goto("/me/documents");
  await expect(worker.page.getByText(`သင်၏ နေထိုင်ခွင့်ကတ် (在留カード) သည် ${expiry} တွင် သက်တမ်းကုန်မည်။`, { exact: false })).toBeVisible();
});

test("an executable named .jpg is refused with a clear message and nothing is sent", async ({ browser }, testInfo) => {
  // Each project its own worker, so the two runs never meet.
  const login = testInfo.project.name === "phone" ? "li.wei" : "bishnu.gurung";
  const worker = await newPage(browser, "en-US");
  await signIn(worker.page, login);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.goto("/me/documents/bank_account");
  await waitForIslands(worker.page);
  await worker.page.getByLabel(/^Photo or PDF: or choose a file/).setInputFiles(EXE);
  await worker.page.getByRole("button", { name: "Send" }).click();
  await expect(worker.page.getByRole("alert")).toHaveText(
    "This file is not a photo or a PDF. Send a JPEG, PNG, WebP or PDF.",
  );
  await worker.page.reload();
  await expect(worker.page.locator(".badge").first()).toHaveText("Not sent yet");
});
