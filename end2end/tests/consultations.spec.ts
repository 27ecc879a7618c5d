import { expect, test } from "@playwright/test";
import path from "node:path";
import { collectErrors, newPage, signIn } from "./helpers";

const TL = { login: "Login ID o e-mail", password: "Password", submit: "Mag-sign in" };
const VI = { login: "Mã đăng nhập hoặc e-mail", password: "Mật khẩu", submit: "Đăng nhập" };
const PHOTO = path.join(__dirname, "../../app/tests/fixtures/card-photo-exif-gps.jpg");

const QUESTION = "Sinisigawan ako ng supervisor araw-araw. Natatakot ako.";
const REPLY = "Salamat sa pagsulat. Tatawagan ka namin ngayong araw.";

test("a worker asks for help in Tagalog with a photo, staff see the urgent one first and reply, the worker's bell shows it, and the company cannot open it", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one run: the inbox is shared");
  test.setTimeout(120_000);

  // An older, calm question from an.nguyen, in Vietnamese.
  const an = await newPage(browser, "vi-VN");
  await signIn(an.page, "an.nguyen", VI);
  await expect(an.page).toHaveURL(/\/me$/);
  await an.page.getByRole("link", { name: "Xin tư vấn (相談)" }).click();
  await an.page.getByLabel("Về vấn đề gì?").selectOption({ label: "Tiền lương" });
  await an.page.getByLabel("Nội dung").fill("Lương tháng 10 thiếu 2 giờ làm thêm.");
  await an.page.getByRole("button", { name: "Gửi" }).click();
  await expect(an.page.getByText("Tin nhắn của bạn đã được gửi.")).toBeVisible();

  // maria.santos, in Tagalog, on her phone.
  const maria = await newPage(browser, "tl");
  const mariaErrors = collectErrors(maria.page);
  await signIn(maria.page, "maria.santos", TL);
  await expect(maria.page).toHaveURL(/\/me$/);
  await maria.page.getByRole("link", { name: "Humingi ng tulong (相談)" }).click();
  await expect(maria.page.getByRole("heading", { level: 1, name: "Humingi ng tulong (相談)" })).toBeVisible();
  await expect(maria.page.getByText("Hindi ito nakikita ng iyong kompanya.")).toBeVisible();
  await maria.page.getByLabel("Tungkol saan ito?").selectOption({ label: "Harassment" });
  await maria.page.getByLabel("Madalian ito").check();
  const message = maria.page.getByLabel("Iyong mensahe");
  await message.fill(QUESTION);
  // The draft outlives a closed page (gloo-storage): the text is back after a reload.
  await maria.page.reload();
  await expect(maria.page.getByLabel("Iyong mensahe")).toHaveValue(QUESTION);
  await maria.page.getByLabel("Tungkol saan ito?").selectOption({ label: "Harassment" });
  await maria.page.getByLabel("Madalian ito").check();
  await maria.page.getByLabel("O pumili ng litrato sa iyong telepono").setInputFiles(PHOTO);
  await maria.page.getByRole("button", { name: "Ipadala" }).click();
  await expect(maria.page.getByText("Naipadala ang iyong mensahe.")).toBeVisible();
  await expect(maria.page.getByRole("heading", { level: 1, name: "Harassment" })).toBeVisible();
  await expect(maria.page.getByText(QUESTION)).toBeVisible();
  await expect(maria.page.getByRole("img", { name: "Litratong ipinadala kasama ng mensahe" })).toBeVisible();
  const threadUrl = new URL(maria.page.url()).pathname;

  // Staff, in English: the urgent consultation is the first in the inbox.
  const staff = await newPage(browser, "en-US");
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  // Other tests tell staff of their uploads and bookings too: the count is at least ours.
  await expect(staff.page.getByTestId("bell-count")).toBeVisible();
  // Their home lists it first among the consultations waiting for an answer.
  // Other tests open consultations of their own workers at the same time: the urgent one
  // leads, whatever else is waiting, and an.nguyen's calm one is there too.
  const waiting = staff.page.getByTestId("consultations-todo").getByRole("listitem");
  await expect(waiting.first()).toContainText("SANTOS MARIA · Harassment");
  await expect(waiting.first()).toContainText("Urgent");
  await expect(waiting.filter({ hasText: "NGUYEN VAN AN" })).toHaveCount(1);
  await staff.page.getByRole("link", { name: "Consultations", exact: true }).click();
  // The inbox is a table (a card list on this phone); its rows with cells are the threads.
  const inbox = staff.page
    .getByRole("table", { name: "Consultations" })
    .getByRole("row")
    .filter({ has: staff.page.getByRole("cell") });
  await expect(inbox.first()).toContainText("SANTOS MARIA");
  await expect(inbox.first()).toContainText("Urgent");
  const calm = inbox.filter({ hasText: "NGUYEN VAN AN" });
  await expect(calm).toHaveCount(1);
  await expect(calm).not.toContainText("Urgent");
  await inbox.first().getByRole("link").click();
  await expect(staff.page.getByText(QUESTION)).toBeVisible();
  await expect(staff.page.getByRole("img", { name: "Photo sent with the message" })).toBeVisible();
  await staff.page.getByLabel("Your reply").fill(REPLY);
  await staff.page.getByRole("button", { name: "Send" }).click();
  await expect(staff.page.getByText("Your message was sent.")).toBeVisible();
  await expect(staff.page.getByText(REPLY)).toBeVisible();

  // The worker: her home leads with the answer, one tap away; the bell shows 1; the
  // notice leads to the reply; her message was read.
  await maria.page.goto("/me");
  const todo = maria.page.getByTestId("todo").getByRole("listitem");
  await expect(todo.first()).toContainText("Basahin ang sagot sa iyong konsultasyon (Harassment).");
  await expect(todo.first().getByRole("link")).toHaveAttribute("href", threadUrl);
  await expect(maria.page.getByTestId("bell-count")).toHaveText("1");
  await maria.page.getByRole("link", { name: "Mga abiso: 1 hindi pa nababasa" }).click();
  await maria.page.getByRole("button", { name: /May sagot sa iyong konsultasyon\./ }).click();
  await expect(maria.page).toHaveURL(new RegExp(`${threadUrl}$`));
  await expect(maria.page.getByText(REPLY)).toBeVisible();
  await expect(maria.page.getByText("Nabasa", { exact: true })).toBeVisible();
  await expect(maria.page.getByTestId("bell-count")).toHaveCount(0);
  await maria.page.goto("/me");
  await expect(maria.page.getByTestId("todo").getByRole("link", { name: /Basahin ang sagot/ })).toHaveCount(0);
  await maria.page.goto(threadUrl);
  // The sent draft is gone: a new question starts empty.
  await maria.page.getByRole("link", { name: "← Aking mga konsultasyon" }).click();
  await expect(maria.page.getByLabel("Iyong mensahe")).toHaveValue("");

  // The company that employs her cannot reach the thread by its address.
  const company = await newPage(browser, "en-US");
  await signIn(company.page, "hr@aozora.example");
  await expect(company.page).toHaveURL(/\/company$/);
  const id = threadUrl.split("/").pop();
  for (const url of [`/staff/consultations/${id}`, threadUrl]) {
    const response = await company.page.goto(url);
    expect(response?.status()).toBe(403);
    await expect(company.page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(company.page.getByText(QUESTION)).toHaveCount(0);
  }
  expect(mariaErrors).toEqual([]);
});
