import { Browser, expect, Page } from "@playwright/test";

/** The language switcher marks itself `data-live` once its island has hydrated. */
export async function waitForIslands(page: Page) {
  await expect(page.locator(".lang-switch[data-live]")).toBeAttached();
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

export const DEMO_PASSWORD = "shien-demo-2026";

/** The sign-in form's labels in one language. */
export type SignInLabels = { login: string; password: string; submit: string };
export const EN: SignInLabels = { login: "Login ID or e-mail", password: "Password", submit: "Sign in" };

/** Signs in with the demo password from the start page, in the page's language. */
export async function signIn(page: Page, login: string, labels: SignInLabels = EN) {
  await page.goto("/");
  await waitForIslands(page);
  await page.getByLabel(labels.login).fill(login);
  await page.getByLabel(labels.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: labels.submit }).click();
}

/** A fresh browser context (its own cookies) with the given browser language. */
export async function newPage(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

/** A slow phone connection, in bytes per second and milliseconds of latency; `null` ends it. */
export type Connection = { latency: number; down: number; up: number } | null;

/** Throttles the page's network as Chromium's developer tools do (CDP). */
export async function throttle(page: Page, connection: Connection) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: connection?.latency ?? 0,
    downloadThroughput: connection?.down ?? -1,
    uploadThroughput: connection?.up ?? -1,
  });
}
