import { expect, test } from "@playwright/test";
import { waitForIslands } from "./helpers";

// The cheapest phones are 360 px wide.
test.use({ viewport: { width: 360, height: 640 }, locale: "my-MM" });

for (const path of ["/", "/help", "/no-such-page"]) {
  test(`no horizontal scroll and thumb-sized targets at 360 px on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForIslands(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const targets = page.locator("main a, main button, main input, main select, header a, header select, footer a");
    const count = await targets.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const target = targets.nth(i);
      if (!(await target.isVisible())) continue;
      const box = await target.boundingBox();
      expect(box, await target.evaluate((e) => e.outerHTML)).not.toBeNull();
      expect(box!.height, await target.evaluate((e) => e.outerHTML)).toBeGreaterThanOrEqual(44);
    }
  });
}
