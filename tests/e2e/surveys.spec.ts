import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const ACTIVITY = "Training on national adoptions of ISO standards for CET";

test("staff schedule a 6-month follow-up, a participant answers from their link on a phone, and the programme dashboard shows the follow-up indicators", async ({ page, browser }) => {
  // Several pages, three axe scans and a survey of more than a hundred people: more than the default time on a loaded machine.
  test.setTimeout(300_000);
  await signIn(page, users.staff);
  await page.goto("/activities");
  await page.getByRole("link", { name: ACTIVITY }).first().click();
  const programmeHref = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "CET-SEA" }).getAttribute("href");
  await page.getByTestId("follow-ups-button").click();
  await expect(page.getByRole("heading", { name: "Follow-up surveys", level: 1 })).toBeVisible();
  // Beside the long introduction at 1280 px, the way back stays one line (a button is 36 px high).
  await expect(page.getByTestId("back-to-activity")).toBeVisible();
  expect((await page.getByTestId("back-to-activity").boundingBox())!.height).toBeLessThan(44);
  await expectAccessible(page);

  // Only the 6-month follow-up, with the full question set.
  await page.getByRole("checkbox", { name: "3 months" }).uncheck();
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("1 follow-up scheduled.")).toBeVisible();
  await page.getByTestId("survey-list").getByRole("link", { name: "6 months after" }).click();
  await expect(page.getByRole("heading", { name: "Follow-up 6 months after", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // No SMTP here: the links come as a CSV for a mail merge.
  await page.getByRole("button", { name: "Download the invitation links" }).click();
  const csvHref = await page.getByTestId("survey-links-csv").getAttribute("href");
  const csv = decodeURIComponent(csvHref!.slice(csvHref!.indexOf(",") + 1));
  const [, first] = csv.split("\r\n");
  const name = first!.split(",")[0]!;
  const url = first!.split(",").at(-1)!;
  expect(url).toMatch(/\/survey\/[\w-]{40,}$/);

  // The participant, on a phone, without an account.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const participant = await phone.newPage();
  await participant.goto(new URL(url).pathname);
  await expect(participant.getByText(`This survey is for ${name}.`)).toBeVisible();
  await expectAccessible(participant);
  const applied = participant.getByRole("group", { name: /Have you applied what you learned/ });
  await applied.getByRole("radio", { name: "Yes" }).check();
  await participant.getByLabel(/Which standards have you used/).fill("ISO/IEC 27001\nISO/IEC 42001");
  await participant.getByRole("button", { name: "Save and finish later" }).click();
  await expect(participant.getByTestId("survey-draft-saved")).toBeVisible();
  // The draft is kept: finish from the same link.
  await expect(participant.getByRole("group", { name: /Have you applied what you learned/ }).getByRole("radio", { name: "Yes" })).toBeChecked();
  await participant.getByRole("group", { name: /technical committee/ }).getByRole("radio", { name: "Yes" }).check();
  await participant.getByRole("group", { name: /How useful/ }).getByRole("radio", { name: "5 – very useful" }).check();
  const width = await participant.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await participant.getByRole("button", { name: "Send my answers" }).click();
  await expect(participant.getByTestId("survey-done")).toHaveText("Thank you! Your answers have been sent.");
  // The link takes one answer: opened again, it says so.
  await participant.goto(new URL(url).pathname);
  await expect(participant.getByTestId("survey-done")).toHaveText("You have already answered this survey. Thank you!");
  await phone.close();

  await page.reload();
  await expect(page.getByTestId("survey-answered")).toContainText("1");

  // The programme dashboard: the follow-up figures and the computed indicator.
  await page.goto(`/dashboards/programme?programmeId=${programmeHref!.split("/").at(-1)}`);
  await expect(page.getByRole("heading", { name: "Follow-up surveys" })).toBeVisible();
  await expect(page.getByTestId("kpi-survey-applied")).toBeVisible();
  await expect(page.getByText("Share of trained participants who applied what they learned after 6 months").first()).toBeVisible();
  await expectAccessible(page);
});
