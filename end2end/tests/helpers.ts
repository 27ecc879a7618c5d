import { expect, Page } from "@playwright/test";

/** The switcher's fallback button hides once its island has hydrated. */
export async function waitForIslands(page: Page) {
  await expect(page.locator(".lang-switch button[type=submit]")).toBeHidden();
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
