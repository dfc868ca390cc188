import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("staff find the CET programme and see its seven NSBs and activities", async ({ page }) => {
  await signIn(page, users.staff);
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programmes" }).click();
  await expect(page.getByRole("heading", { name: "Programmes" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("searchbox").fill("Critical and Emerging");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=Critical/);
  const rows = page.getByRole("table", { name: "Programmes" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Critical and Emerging Technologies");
  const nsbs = page.getByTestId("beneficiaries").locator("li");
  await expect(nsbs).toHaveCount(7);
  for (const acronym of ["ISC", "BSN", "DOSM", "DSM", "BPS", "TISI", "STAMEQ"]) {
    await expect(page.getByTestId("beneficiaries")).toContainText(acronym);
  }
  await expect(page.getByTestId("activities")).toContainText("JTC 1");
  await expectAccessible(page);

  // The activity list says what it counts: people registered and, beside them, those who
  // attended (fully or partly), the same two numbers as the activity's Attendance button.
  const activities = page.getByRole("table", { name: "Activities" });
  await expect(activities.getByRole("columnheader", { name: "Registered", exact: true })).toBeVisible();
  await expect(activities.getByRole("columnheader", { name: "Attended", exact: true })).toBeVisible();
  await expect(activities.getByRole("columnheader", { name: "Participants" })).toHaveCount(0);
  const jtc = page.getByTestId("activities").getByRole("row").filter({ hasText: "JTC 1" }).first();
  const registered = await jtc.getByRole("cell").nth(5).innerText();
  const attended = await jtc.getByRole("cell").nth(6).innerText();
  await jtc.getByRole("link").first().click();
  await expect(page.getByTestId("attendance-button")).toContainText(`${registered} registered · ${attended} attended`);
});

test("sorting and status filter live in the URL", async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto("/programmes?status=ACTIVE");
  await expect(page.getByRole("table", { name: "Programmes" })).not.toContainText("CET-SEA");
  await page.goto("/programmes?sort=title");
  await page.getByRole("columnheader", { name: /^Programme/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=-title/);
});
