import { expect, Page, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, dayInJapan, holdInterview, newPage, signIn } from "./helpers";

const NE = { login: "लग इन ID वा इमेल", password: "पासवर्ड", submit: "लग इन" };
const VI = { login: "Mã đăng nhập hoặc e-mail", password: "Mật khẩu", submit: "Đăng nhập" };

/** Opens `day` in the chooser (days come first, each folded) and chooses the slot
 * starting at `time`; the time chosen is repeated beside the button. */
async function chooseSlot(page: Page, day: string, time: string) {
  const details = page.locator("details.slot-day").filter({ hasText: new RegExp(`^\\s*${day} \\(`) });
  const summary = details.locator("summary");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  await details.getByRole("radio", { name: new RegExp(`^${time}–`) }).check();
  await expect(page.locator(".slot-submit .chosen")).toContainText(`${day} `);
}

/** Downloads the calendar file from the booking card and returns its text. */
async function calendarFile(page: Page, linkName: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await (await download).path();
  return readFileSync(file, "utf8");
}

test("staff publish a week, a worker books in Nepali and moves it, a second worker loses the race, the supervisor books, staff record it and the dashboard lets the worker go", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one run: the slots and bookings are shared");
  test.setTimeout(120_000);
  const day = dayInJapan(3);

  // Staff, in English: publish a week of 30-minute slots from `day`, 10:00 to 12:00.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.getByRole("link", { name: "Interviews", exact: true }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Interviews" })).toBeVisible();
  await staff.page.getByLabel("First day").fill(day);
  await staff.page.getByLabel("For how many weeks").fill("1");
  for (const weekday of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) {
    await staff.page.getByLabel(weekday, { exact: true }).check();
  }
  await staff.page.getByLabel("From", { exact: true }).fill("10:00");
  await staff.page.getByLabel("Until", { exact: true }).fill("12:00");
  await staff.page.getByLabel("Length of each interview (minutes)").fill("30");
  await staff.page.getByLabel("Place (in person)").fill("本部 3F 相談室");
  await staff.page.getByLabel("नेपाली").check();
  await staff.page.getByLabel("日本語").check();
  await staff.page.getByLabel("An interpreter can join").check();
  await staff.page.getByRole("button", { name: "Publish" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The free times are published.");
  const firstDay = staff.page.getByRole("region", { name: new RegExp(`^${day} \\(`) });
  await expect(firstDay.getByRole("listitem")).toHaveCount(4);
  await expect(firstDay.getByRole("listitem").first()).toContainText("10:00–10:30");
  await expect(firstDay.getByRole("listitem").first()).toContainText("Free");

  // A second worker (Vietnamese) opens the same free times and waits.
  const rival = await newPage(browser, "vi-VN");
  await signIn(rival.page, "an.nguyen", VI);
  await expect(rival.page).toHaveURL(/\/me$/);
  await rival.page.goto("/me/interviews");
  await chooseSlot(rival.page, day, "10:00");

  // The worker, on the phone in Nepali: sees when it is due, and books 10:00.
  const worker = await newPage(browser, "ne-NP");
  const workerErrors = collectErrors(worker.page);
  await signIn(worker.page, "bishnu.gurung", NE);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.getByRole("link", { name: "नियमित अन्तर्वार्ता (定期面談)", exact: true }).click();
  await expect(worker.page.getByRole("heading", { level: 1, name: "नियमित अन्तर्वार्ता (定期面談)" })).toBeVisible();
  await expect(worker.page.getByText(/^तपाईंको अर्को अन्तर्वार्ता \d{4}-\d{2}-\d{2} भित्र हुनुपर्छ।$/)).toBeVisible();
  await expect(worker.page.getByText("सबै समय जापानको समय हो।")).toBeVisible();
  await chooseSlot(worker.page, day, "10:00");
  await worker.page.getByRole("button", { name: "यो समय बुक गर्नुहोस्" }).click();
  await expect(worker.page.getByRole("status")).toHaveText(
    "तपाईंको अन्तर्वार्ता बुक भयो। क्यालेन्डरमा थप्न सक्नुहुन्छ।",
  );
  const booked = worker.page.getByRole("region", { name: "तपाईंको अन्तर्वार्ता" });
  await expect(booked).toContainText(`${day} (`);
  await expect(booked).toContainText("10:00–10:30");
  await expect(booked).toContainText("本部 3F 相談室");

  // On the cheapest phones (360 px), the page does not scroll sideways.
  await worker.page.setViewportSize({ width: 360, height: 640 });
  const overflow = await worker.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The calendar file: Japan's 10:00 is 01:00 UTC, with the place and a reminder.
  const compact = day.replaceAll("-", "");
  const first = await calendarFile(worker.page, "मेरो क्यालेन्डरमा थप्नुहोस् (.ics)");
  expect(first).toContain("BEGIN:VCALENDAR");
  expect(first).toContain(`DTSTART:${compact}T010000Z`);
  expect(first).toContain("LOCATION:本部 3F 相談室");
  expect(first).toContain("BEGIN:VALARM");
  const uid = first.match(/^UID:(.+)$/m)?.[1]?.trim();
  expect(uid).toBeTruthy();

  // The rival taps "book" on the time just taken: a clear message, in Vietnamese.
  await rival.page.getByRole("button", { name: "Đặt giờ này" }).click();
  await expect(rival.page.getByRole("alert")).toHaveText("Có người vừa đặt giờ này. Vui lòng chọn giờ khác.");
  await expect(rival.page.getByRole("region", { name: "Buổi phỏng vấn của bạn" })).toHaveCount(0);

  // The worker moves it to 10:30: the calendar entry is the same one, one version on.
  await chooseSlot(worker.page, day, "10:30");
  await worker.page.getByRole("button", { name: "यो समयमा सार्नुहोस्" }).click();
  await expect(worker.page.getByRole("status")).toHaveText("तपाईंको अन्तर्वार्ता सारियो।");
  await expect(booked).toContainText("10:30–11:00");
  const moved = await calendarFile(worker.page, "मेरो क्यालेन्डरमा थप्नुहोस् (.ics)");
  expect(moved).toContain(`UID:${uid}`);
  expect(moved).toContain("SEQUENCE:1");
  expect(moved).toContain(`DTSTART:${compact}T013000Z`);

  // The supervisor, at the company: books the supervisor interview about the worker, and
  // sees the worker's own interview only as a time.
  const company = await newPage(browser, "en-US");
  const companyErrors = collectErrors(company.page);
  await signIn(company.page, "hr@minato.example");
  await expect(company.page).toHaveURL(/\/company$/);
  await company.page.getByRole("link", { name: "GURUNG BISHNU", exact: true }).click();
  await company.page.getByRole("link", { name: "Interviews", exact: true }).click();
  await expect(company.page.getByRole("heading", { level: 1, name: "Interviews: GURUNG BISHNU" })).toBeVisible();
  await expect(company.page.getByText(/^Interview with the supervisor due by \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  const workerInterview = company.page.getByRole("region", { name: "Interview with the worker" });
  await expect(workerInterview).toContainText("10:30–11:00");
  await expect(workerInterview).not.toContainText("本部");
  await chooseSlot(company.page, day, "11:00");
  await company.page.getByRole("button", { name: "Book this time" }).click();
  await expect(company.page.getByRole("status")).toHaveText(
    "Your interview is booked. You can add it to your calendar.",
  );
  await expect(company.page.getByRole("region", { name: "Interview with the supervisor" })).toContainText(
    "11:00–11:30",
  );

  // The interview is held (time moves on); staff find it from the dashboard and record it.
  await staff.page.getByRole("link", { name: /^Shien/ }).click();
  await staff.page.getByRole("link", { name: "Due and overdue" }).click();
  const due = staff.page.getByRole("link", { name: "GURUNG BISHNU · Interview with the worker due (定期面談)", exact: true });
  await expect(due).toBeVisible();
  holdInterview("bishnu.gurung", 4);
  await due.click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Interviews: GURUNG BISHNU" })).toBeVisible();
  await staff.page
    .getByRole("region", { name: "Interview with the worker" })
    .getByRole("link", { name: "Open the record" })
    .click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Interview: GURUNG BISHNU" })).toBeVisible();
  await expect(staff.page.getByLabel("Date held")).toHaveValue(dayInJapan(-1));
  await staff.page.getByLabel("Who took part").fill("GURUNG BISHNU, 田中 健, interpreter");
  await staff.page.getByLabel("Interpreter (name, if any)").fill("Sharma");
  await staff.page.getByLabel("Wages paid as agreed").check();
  await staff.page.getByLabel("Health", { exact: true }).check();
  await staff.page.getByLabel("Passport or residence card kept by the employer").check();
  await staff.page.getByLabel("Summary", { exact: true }).fill("Work and health are fine. No problems.");
  await staff.page.getByRole("button", { name: "Save the record" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The interview is recorded.");
  await expect(staff.page.getByText("Interview with the worker · Done")).toBeVisible();

  // The dashboard no longer lists the worker's interview; the supervisor's is still due.
  await staff.page.getByRole("link", { name: /^Shien/ }).click();
  await staff.page.getByRole("link", { name: "Due and overdue" }).click();
  await expect(
    staff.page.getByRole("link", { name: "GURUNG BISHNU · Interview with the supervisor due (定期面談)", exact: true }),
  ).toBeVisible();
  await expect(
    staff.page.getByRole("link", { name: "GURUNG BISHNU · Interview with the worker due (定期面談)", exact: true }),
  ).toHaveCount(0);

  // The worker reads the outcome in the past interviews, and sees the next due date.
  await worker.page.reload();
  const history = worker.page.getByRole("region", { name: "पहिलेका अन्तर्वार्ता" });
  await expect(history).toContainText("सम्पन्न");
  await expect(history).toContainText("Work and health are fine. No problems.");
  await expect(worker.page.getByText(/^तपाईंको अर्को अन्तर्वार्ता \d{4}-\d{2}-\d{2} भित्र हुनुपर्छ।$/)).toBeVisible();

  expect(staffErrors).toEqual([]);
  expect(workerErrors).toEqual([]);
  expect(companyErrors).toEqual([]);
});
