import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, dayInJapan, holdInterview, newPage, signIn } from "./helpers";

// Issue 21, point 5: a video interview rests on the worker's consent (which names the
// recording), what staff attest, and the recording itself; the first interview by video
// should have been face to face, and the dashboard says so.

const VI = { login: "Mã đăng nhập hoặc e-mail", password: "Mật khẩu", submit: "Đăng nhập" };
/** The start of an MP4 file, padded: what a meeting tool saves. */
function smallVideo(): Buffer {
  const head = Buffer.from("000000206674797069736f6d0000020069736f6d69736f3261766331", "hex");
  return Buffer.concat([head, Buffer.alloc(20_000, 0x2a)]);
}

test("a video interview: the worker agrees in Vietnamese, staff attest and upload the recording, the dashboard warns it should have been face to face", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one run: the slot and the booking are shared");
  test.setTimeout(120_000);
  const day = dayInJapan(12);
  const weekday = new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" });

  // Staff offer one video slot that day, 15:00 to 15:30, in Vietnamese.
  const staff = await newPage(browser, "en-US");
  const staffErrors = collectErrors(staff.page);
  await signIn(staff.page, "tanaka@sakura-support.example");
  await expect(staff.page).toHaveURL(/\/staff$/);
  await staff.page.goto("/staff/interviews");
  await staff.page.getByLabel("First day").fill(day);
  await staff.page.getByLabel("For how many weeks").fill("1");
  await staff.page.getByLabel(weekday, { exact: true }).check();
  await staff.page.getByLabel("From", { exact: true }).fill("15:00");
  await staff.page.getByLabel("Until", { exact: true }).fill("15:30");
  await staff.page.getByLabel("Length of each interview (minutes)").fill("30");
  await staff.page.getByLabel("Video call", { exact: true }).check();
  await staff.page.getByLabel("Video link (video call)").fill("https://meet.example/shien-binh");
  await staff.page.getByLabel("Tiếng Việt").check();
  await staff.page.getByRole("button", { name: "Publish" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The free times are published.");

  // The worker, on the phone in Vietnamese, reads that the call is recorded and agrees.
  const worker = await newPage(browser, "vi-VN");
  const workerErrors = collectErrors(worker.page);
  await signIn(worker.page, "binh.tran", VI);
  await expect(worker.page).toHaveURL(/\/me$/);
  await worker.page.goto("/me/interviews");
  const slotDay = worker.page.locator("details.slot-day").filter({ hasText: new RegExp(`^\\s*${day} \\(`) });
  await slotDay.locator("summary").click();
  await slotDay.getByRole("radio", { name: /^15:00–/ }).check();
  const consent = worker.page.getByLabel(/Cuộc gọi được ghi hình/);
  await expect(consent).toBeVisible();
  await consent.check();
  await worker.page.getByRole("button", { name: "Đặt giờ này" }).click();
  // Booked (after the due date for this worker, which the message says too).
  await expect(worker.page.getByRole("status")).toContainText("Đã đặt lịch phỏng vấn");
  const agreed = worker.page.getByRole("region", { name: "Đồng ý phỏng vấn qua video" });
  await expect(agreed).toContainText("Đã đồng ý ngày");
  await expect(agreed).toContainText("đến 1 năm sau khi hợp đồng kết thúc");

  // The interview is held; staff open it from the week it was in.
  holdInterview("binh.tran", 13);
  await staff.page.goto(`/staff/interviews?week=${dayInJapan(-1)}`);
  await staff.page.getByRole("link", { name: "TRAN THI BINH · Interview with the worker" }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Interview: TRAN THI BINH" })).toBeVisible();

  // Without the recording and the ticks, the record is refused with the reason.
  await staff.page.getByLabel("Who took part").fill("TRAN THI BINH, 田中 健");
  await staff.page.getByLabel("Summary", { exact: true }).fill("Work is fine. No problems.");
  await staff.page.getByRole("button", { name: "Save the record" }).click();
  await expect(staff.page.getByRole("alert")).toContainText("Tick every check of the video interview");

  // The recording goes up first; its hash is shown.
  const recording = staff.page.getByRole("region", { name: "Recording of the interview" });
  await recording.getByLabel(/Audio or video file/).setInputFiles({
    name: "interview.mp4",
    mimeType: "video/mp4",
    buffer: smallVideo(),
  });
  await recording.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The recording is saved.");
  await expect(recording).toContainText("Uploaded: interview.mp4");
  await expect(recording).toContainText(/SHA-256: [0-9a-f]{64}/);

  // Then the record, with every tick.
  await staff.page.getByLabel("Who took part").fill("TRAN THI BINH, 田中 健");
  await staff.page.getByLabel("Summary", { exact: true }).fill("Work is fine. No problems.");
  for (const tick of [
    "The face was visible the whole time",
    "The room was shown around",
    "Nobody else was in the room",
    "No earphones or headset were used",
  ]) {
    await staff.page.getByLabel(tick).check();
  }
  await staff.page.getByRole("button", { name: "Save the record" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("The interview is recorded.");
  const record = staff.page.getByRole("region", { name: "Record", exact: true });
  await expect(record).toContainText("✓ Nobody else was in the room");
  await expect(record).toContainText("Video interview: the first one must be face to face");

  // Staff download the recording: the same bytes.
  const download = staff.page.waitForEvent("download");
  await recording.getByRole("link", { name: "Download the recording" }).click();
  expect(readFileSync(await (await download).path())).toEqual(smallVideo());

  // The dashboard warns about it.
  await staff.page.goto("/staff/dashboard");
  await expect(
    staff.page.getByRole("link", { name: "TRAN THI BINH · Video interview: the first one must be face to face" }),
  ).toBeVisible();

  // The worker withdraws the consent on the phone; interviews are face to face from now on.
  await worker.page.goto("/me/interviews");
  await worker.page.getByRole("button", { name: "Rút lại sự đồng ý" }).click();
  await expect(worker.page.getByRole("status")).toHaveText(
    "Đã rút lại sự đồng ý. Bây giờ phỏng vấn gặp trực tiếp.",
  );
  expect(staffErrors).toEqual([]);
  expect(workerErrors).toEqual([]);
});
