import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const PLAN = "ISO Action Plan for developing countries 2021-2025";

test("staff add an outcome, rename it, move it up, and find both changes in the audit trail", async ({ page }) => {
  const stamp = Date.now();
  const code = `O9-${stamp}`;
  const firstTitle = `Outcome added by e2e ${stamp}`;
  const secondTitle = `Outcome renamed by e2e ${stamp}`;

  await signIn(page, users.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Action Plans" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Action Plans" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ISO Action Plan for developing countries 2011-2015" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: PLAN }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  await expect(page.getByTestId("result-tree")).toContainText("O2.3");
  await expectAccessible(page);

  // Create: an outcome under the goal.
  await page.getByRole("link", { name: "Add outcome under G", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add result" })).toBeVisible();
  await expect(page.getByLabel("Level")).toHaveValue("OUTCOME");
  await expectAccessible(page);
  await page.getByLabel("Code").fill("O1"); // taken: refused with a field error, input kept
  await page.getByLabel("Title", { exact: true }).fill(firstTitle);
  await page.getByRole("button", { name: "Add result" }).click();
  await expect(page.getByText("The code O1 is already used in this plan.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(firstTitle);
  await expectAccessible(page);
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Add result" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Result added.");
  const node = page.locator(`[data-testid="result-area"][data-code="${code}"]`);
  await expect(node).toContainText(firstTitle);
  await expect(node.getByText("Outcome", { exact: true })).toBeVisible();

  // Rename.
  await page.getByRole("link", { name: `Edit ${code}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit result ${code}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Title", { exact: true }).fill(secondTitle);
  await page.getByRole("button", { name: "Save result" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Result saved.");
  await expect(node).toContainText(secondTitle);

  // Move up: it was the last of the goal's outcomes, now it comes before O2.
  const codes = () => page.locator('[data-testid="result-area"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
  expect((await codes()).indexOf(code)).toBeGreaterThan((await codes()).indexOf("O2.3"));
  await expect(page.getByRole("button", { name: `Move ${code} down` })).toBeDisabled();
  await page.getByRole("button", { name: `Move ${code} up` }).click();
  await expect(page.getByText(`${code} moved up.`)).toBeVisible();
  await expect.poll(async () => (await codes()).indexOf(code)).toBeLessThan((await codes()).indexOf("O2"));
  expect((await codes()).indexOf(code)).toBeGreaterThan((await codes()).indexOf("O1.3"));
  await expectAccessible(page);

  // With the keyboard, back down to the last place: Down is then disabled, and focus goes to
  // Up instead of falling back to the top of the page.
  await page.getByRole("button", { name: `Move ${code} down` }).press("Enter");
  await expect(page.getByText(`${code} moved down.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Move ${code} down` })).toBeDisabled();
  await expect(page.getByRole("button", { name: `Move ${code} up` })).toBeFocused();

  // The audit trail shows the creation and the rename, with before and after values.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await page.getByLabel("Record type").selectOption({ label: "Action Plan result" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/entityType=ResultArea/);
  const events = page.getByTestId("audit-event").filter({ hasText: code });
  const created = events.filter({ has: page.getByText("Created", { exact: true }) });
  await expect(created).toHaveCount(1);
  await expect(created.locator('[data-field="title"]')).toHaveText(`Title: ${firstTitle}`);
  await expect(created.locator('[data-field="level"]')).toHaveText("Level: Outcome");
  const renamed = events.filter({ has: page.locator('[data-field="title"]') }).filter({ has: page.getByText("Updated", { exact: true }) });
  await expect(renamed).toHaveCount(1);
  await expect(renamed.locator('[data-field="title"]')).toContainText(firstTitle);
  await expect(renamed.locator('[data-field="title"]')).toContainText(secondTitle);
  await expect(renamed).toContainText("Lucas Meyer");
  await expectAccessible(page);
});

test("a donor reads a plan without any edit controls", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Action Plans" }).click();
  // On the plans page (an absence alone would pass on the page before it).
  await expect(page.getByRole("heading", { level: 1, name: "Action Plans" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New Action Plan" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: PLAN }).click();
  await expect(page.getByTestId("result-tree")).toContainText("Increased use of ISO standards");
  for (const name of [/^Edit/, /^Add/, /^Move/, /^Archive/, /^Restore/]) {
    await expect(page.getByRole("link", { name })).toHaveCount(0);
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByTestId("history-panel")).toHaveCount(0);
  await expectAccessible(page);
});
