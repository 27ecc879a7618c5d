import { expect, test } from "@playwright/test";
import { collectErrors, newPage, signIn } from "./helpers";

// Issue 20: staff bring their workers from Excel. A sheet with a bad row is refused with
// the row, the column and the problem, and nothing is imported; the sheet put right is
// previewed row by row, imported as a whole, and each new worker's invitation is shown.
// (The HTTP tests import CP932 files; this one sends UTF-8 with the byte-order mark, as
// Excel's "CSV UTF-8" saves it.)

const HEADER =
  "所属機関の法人番号,所属機関の名称,所属機関の所在地,特定産業分野,氏（ローマ字）,名（ローマ字）,氏名（カタカナ）,国籍（ISOコード）,表示言語,生年月日,性別,在留カード番号,在留期間満了日,住居地の郵便番号,住居地,業務区分,理解できる言語";

function csv(rows: string[][]): Buffer {
  const text = [HEADER, ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n";
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf-8")]);
}

test("staff import a sheet: a bad row is named, the sheet put right imports, invitations follow", async ({
  browser,
}, testInfo) => {
  // Each project its own cards and company, so the two runs never meet; names and numbers
  // no other spec uses (the specs share one server).
  const phone = testInfo.project.name === "phone";
  const cards = phone ? ["EE10000001PH", "EE10000002PH"] : ["EE20000001DK", "EE20000002DK"];
  const company = phone
    ? ["4801234567890", "株式会社ひまわり介護", "大阪府大阪市北区梅田一丁目1番1号", "介護"]
    : ["3518001024680", "株式会社ふじ建設", "", "建設"];
  const family = phone ? "TRINH" : "SOUVANNAVONG";
  const given = phone ? ["THI HOA", "VAN BINH"] : ["KHAMLA", "NOY"];
  const row = (card: string, name: string) => [
    ...company,
    family,
    name,
    "",
    phone ? "VN" : "LA",
    phone ? "vi" : "",
    "1997/04/01",
    "女",
    card,
    "2027/06/30",
    "530-0001",
    "大阪府大阪市北区梅田二丁目2番2号 ひまわり荘101",
    "",
    "",
  ];

  const staff = await newPage(browser, "en-US");
  const errors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.getByRole("link", { name: "Import from a sheet (CSV)" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Import workers from a sheet" })).toBeVisible();

  // The template downloads as a CSV file.
  const download = staff.page.waitForEvent("download");
  await staff.page.getByRole("link", { name: "Download the template (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("shien-import.csv");

  // A card number of the wrong shape on the second row: refused, by line and column.
  const bad = csv([row(cards[0], given[0]), row("EE1234CD", given[1])]);
  await staff.page.getByLabel("The filled sheet (CSV)").setInputFiles({
    name: "従業員一覧.csv",
    mimeType: "text/csv",
    buffer: bad,
  });
  await staff.page.getByRole("button", { name: "Upload and check" }).click();
  await expect(staff.page).toHaveURL(/\/staff\/import\/[0-9a-f-]{36}$/);
  await expect(staff.page.getByTestId("sheet-refused")).toContainText("nothing was imported");
  const problem = staff.page.getByTestId("sheet-problems").getByRole("row", { name: /^(Line )?3 / });
  await expect(problem).toContainText("Residence card number (在留カード番号)");
  await expect(problem).toContainText("2 letters, 8 digits and 2 letters");
  await expect(staff.page.getByRole("button", { name: "Import every row" })).toHaveCount(0);

  // The sheet put right: its preview, then the import.
  await staff.page.getByRole("link", { name: "Upload the corrected file" }).click();
  await expect(staff.page).toHaveURL(/\/staff\/import$/);
  await staff.page.getByLabel("The filled sheet (CSV)").setInputFiles({
    name: "従業員一覧.csv",
    mimeType: "text/csv",
    buffer: csv([row(cards[0], given[0]), row(cards[1], given[1])]),
  });
  await staff.page.getByRole("button", { name: "Upload and check" }).click();
  await expect(staff.page.getByTestId("sheet-summary")).toContainText(
    `2 rows. New workers: 2. New companies: ${phone ? 1 : 0}.`,
  );
  const rows = staff.page.getByTestId("sheet-rows");
  await expect(rows.getByRole("row", { name: new RegExp(given[1]) })).toContainText("New worker");
  await staff.page.getByRole("button", { name: "Import every row" }).click();

  await expect(staff.page.getByRole("status")).toHaveText("The sheet was imported.");
  await expect(staff.page.getByTestId("sheet-counts")).toContainText(
    `Workers added: 2. Companies added: ${phone ? 1 : 0}. Rows already in Shien: 0.`,
  );
  const imported = staff.page.getByTestId("imported-workers");
  await expect(imported.getByRole("button", { name: "Show the invitation link" })).toHaveCount(2);

  // The list of uploads shows the import; the first new worker's invitation is shown.
  await imported
    .getByRole("row", { name: new RegExp(given[0]) })
    .getByRole("button", { name: "Show the invitation link" })
    .click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(staff.page.getByText(new RegExp(`${family} ${given[0]}`)).first()).toBeVisible();
  await staff.page.goto("/staff/import");
  await expect(staff.page.getByTestId("uploads")).toContainText(
    `Workers added: 2. Companies added: ${phone ? 1 : 0}.`,
  );
  expect(errors).toEqual([]);
  await staff.context.close();
});
