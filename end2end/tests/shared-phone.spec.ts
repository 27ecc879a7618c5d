import { expect, test } from "@playwright/test";
import { signIn, waitForIslands } from "./helpers";

// Issue 17: the consultation draft was kept on the phone under one key for everyone and
// outlived sign-out, so the next worker on a shared phone read the previous one's text.

test("on a shared phone a worker's unsent draft is theirs alone and gone once they sign out", async ({
  page,
}) => {
  const unsent = "Tôi muốn đổi chỗ ở. Please do not show this to anyone else.";
  await signIn(page, "bishnu.gurung");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/me/consultations");
  await waitForIslands(page);
  await page.getByLabel("Your message").fill(unsent);
  // Kept on the device: it is back after a reload.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel("Your message")).toHaveValue(unsent);

  // The next worker on the same phone (same browser storage) while it is still kept.
  await page.goto("/me");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith("shien.draft.")),
  );
  expect(kept).toEqual([]);

  await signIn(page, "li.wei");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/me/consultations");
  await waitForIslands(page);
  await expect(page.getByLabel("Your message")).toHaveValue("");
});
