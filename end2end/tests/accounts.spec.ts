import { Browser, expect, Page, test } from "@playwright/test";
import { collectErrors, waitForIslands } from "./helpers";

const DEMO_PASSWORD = "shien-demo-2026";

async function signIn(page: Page, login: string, password: string, labels = EN) {
  await page.goto("/");
  await waitForIslands(page);
  await page.getByLabel(labels.login).fill(login);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: labels.submit }).click();
}

const EN = { login: "Login ID or e-mail", password: "Password", submit: "Sign in" };
const VI = { login: "Mã đăng nhập hoặc e-mail", password: "Mật khẩu", submit: "Đăng nhập" };

async function newPage(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

test("staff invite a worker, who joins in Vietnamese and sees only their own page", async ({
  browser,
}, testInfo) => {
  // Each project adds its own worker, so the two runs never share one.
  const given = testInfo.project.name === "desktop" ? "THI MAI" : "VAN TUAN";

  // Staff, in English: sign in, add the worker, get the invitation.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example", DEMO_PASSWORD);
  await expect(staff.page).toHaveURL(/\/staff$/);
  await expect(staff.page.getByRole("heading", { level: 1, name: "Staff start page" })).toBeVisible();
  await staff.page.getByRole("link", { name: "NGUYEN VAN AN", exact: true }).click();
  await expect(staff.page).toHaveURL(/\/workers\/[0-9a-f-]{36}$/);
  const otherWorkerPage = new URL(staff.page.url()).pathname;

  await staff.page.goto("/staff");
  await staff.page.getByRole("link", { name: "Add a worker" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Add a worker" })).toBeVisible();
  await staff.page.getByLabel("Company").selectOption({ label: "株式会社みなと食堂" });
  await staff.page.getByLabel("Family name").fill("PHAM");
  await staff.page.getByLabel("Given names").fill(given);
  await staff.page.getByLabel("Nationality").selectOption("VN");
  await staff.page.getByLabel("Language").last().selectOption({ label: "Tiếng Việt" });
  await staff.page.getByRole("button", { name: "Add the worker" }).click();

  await expect(staff.page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(staff.page.getByRole("img", { name: "QR code of the invitation link" })).toBeVisible();
  const loginId = (await staff.page.locator("#invitation-login").textContent())?.trim() ?? "";
  expect(loginId).toMatch(/^(mai|tuan)\.pham\d*$/);
  const link = (await staff.page.locator("#invitation-link").getAttribute("href")) ?? "";
  expect(link).toMatch(/\/i\/[A-Za-z0-9_-]{22}$/);
  expect(staffErrors).toEqual([]);

  // The worker, on their own phone set to English: the link opens in Vietnamese.
  const worker = await newPage(browser, "en-US");
  const workerErrors = collectErrors(worker.page);
  await worker.page.goto(new URL(link).pathname);
  await expect(worker.page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(
    worker.page.getByRole("heading", { level: 1, name: "Chào mừng bạn đến với Shien" }),
  ).toBeVisible();
  await expect(worker.page.locator("#your-login")).toHaveText(loginId);
  await waitForIslands(worker.page);

  // Too short: said at once, in Vietnamese, before anything is sent.
  await worker.page.getByLabel("Mật khẩu mới", { exact: true }).fill("ngắn");
  await worker.page.getByLabel("Nhập lại mật khẩu mới").focus();
  await expect(worker.page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();

  const password = "hoa sen trắng 2026";
  await worker.page.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await worker.page.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await worker.page.getByRole("button", { name: "Lưu mật khẩu và đăng nhập" }).click();
  await expect(worker.page).toHaveURL(/\/me$/);
  await expect(worker.page.getByRole("heading", { level: 1, name: `Xin chào ${given}` })).toBeVisible();

  // Sign out, then in again with the login id.
  await worker.page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(worker.page.getByRole("status")).toHaveText("Bạn đã đăng xuất.");
  await signIn(worker.page, loginId, password, VI);
  await expect(worker.page).toHaveURL(/\/me$/);
  expect(workerErrors).toEqual([]);

  // A staff page and another worker's page are refused.
  const staffPage = await worker.page.goto("/staff");
  expect(staffPage?.status()).toBe(403);
  await expect(worker.page.getByRole("heading", { level: 1, name: "Không được phép" })).toBeVisible();
  const other = await worker.page.goto(otherWorkerPage);
  expect(other?.status()).toBe(404);
  await expect(worker.page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(worker.page.getByText("NGUYEN VAN AN")).toHaveCount(0);

  // The used link does not work a second time.
  const again = await worker.page.goto(new URL(link).pathname);
  expect(again?.status()).toBe(404);
  await expect(
    worker.page.getByRole("heading", { level: 1, name: "Đường link này không dùng được" }),
  ).toBeVisible();

  await staff.context.close();
  await worker.context.close();
});

test("a company user sees only the company's own workers", async ({ browser }) => {
  const { context, page } = await newPage(browser, "ja-JP");
  const errors = collectErrors(page);
  await signIn(page, "hr@aozora.example", DEMO_PASSWORD, {
    login: "ログインIDまたはメールアドレス",
    password: "パスワード",
    submit: "ログイン",
  });
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.getByRole("heading", { level: 1, name: "自社の外国人材" })).toBeVisible();
  const list = page.getByRole("region", { name: "外国人材" });
  await expect(list.getByRole("link")).toHaveText(["NGUYEN VAN AN", "RAHMAWATI SITI", "SANTOS MARIA"]);
  await expect(page.getByText("TRAN THI BINH")).toHaveCount(0);
  // Its own worker's page opens; a staff page does not.
  await list.getByRole("link", { name: "SANTOS MARIA", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SANTOS MARIA" })).toBeVisible();
  expect(errors).toEqual([]);
  const refused = await page.goto("/staff/workers/new");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "権限がありません" })).toBeVisible();
  await context.close();
});
