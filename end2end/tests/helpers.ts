import { Browser, expect, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import path from "node:path";

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

/** The e2e server's database (playwright.config.ts). */
export const DATABASE = path.join(__dirname, "../../target/e2e/shien.db");

/** A day `days` from today in Japan, as a date input wants it. */
export function dayInJapan(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Time passes: the worker's booked interview moves `days` back, as if it had been held.
 * Python's sqlite3 (Debian's python3, which the setup uses anyway) writes safely next to
 * the running server.
 */
export function holdInterview(login: string, days: number) {
  const script = `
import sqlite3, sys
from datetime import datetime, timedelta
db = sqlite3.connect(sys.argv[1], timeout=10)
row = db.execute("""SELECT s.id, s.starts_at, s.ends_at FROM interview_slots s
    JOIN interview_bookings b ON b.slot_id = s.id AND b.status = 'booked' AND b.kind = 'worker'
    JOIN workers w ON w.id = b.worker_id JOIN users u ON u.id = w.user_id
    WHERE u.login_id = ?""", (sys.argv[2],)).fetchone()
back = timedelta(days=int(sys.argv[3]))
moved = [(datetime.fromisoformat(t) - back).isoformat() for t in row[1:]]
db.execute("UPDATE interview_slots SET starts_at = ?, ends_at = ? WHERE id = ?", (*moved, row[0]))
db.commit()
`;
  execFileSync("python3", ["-c", script, DATABASE, login, String(days)]);
}
