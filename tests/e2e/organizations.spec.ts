import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("staff create an NSB: errors appear next to the fields, input is kept, then it is saved and found", async ({ page }) => {
  const acronym = `E2E${Date.now()}`;
  await signIn(page, users.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisations" }).click();
  await page.getByRole("link", { name: "New organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New organisation" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name").fill(`Standards Office ${acronym}`);
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Kind").selectOption("NSB");
  await page.getByLabel("Country").selectOption("FJ");
  await page.getByLabel("Website").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create organisation" }).click();

  await expect(page.getByText("Choose the NSB's ISO membership category.")).toBeVisible();
  await expect(page.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByLabel("Acronym")).toHaveValue(acronym);
  await expect(page.getByLabel("Country")).toHaveValue("FJ");
  await expect(page.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("ISO membership category").selectOption("SUBSCRIBER");
  await page.getByLabel("Website").fill("https://example.org/fiji");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByTestId("saved")).toHaveText("Organisation created.");
  await expect(page.getByTestId("organization-details")).toContainText("Fiji");
  await expect(page.getByTestId("organization-details")).toContainText("Subscriber member");
  await expect(page.getByTestId("participants-total")).toHaveText("0");
  await expectAccessible(page);

  await page.goto(`/organizations?q=${acronym}`);
  await expect(page.getByTestId("organizations").locator("tr")).toHaveCount(1);
  await expectAccessible(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("an NSB page's wide tables are named regions that scroll sideways with the keyboard", async ({ page }) => {
    await signIn(page, users.focalBsn);
    await page.getByTestId("phone-menu").click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisations" }).click();
    await page.getByRole("link", { name: "Badan Standardisasi Nasional" }).click();
    const programmes = page.getByRole("region", { name: "Programmes it benefits from" });
    await expect(programmes.getByTestId("nsb-programmes")).toBeVisible();
    await expect(page.getByRole("region", { name: "Activities that target BSN" })).toBeVisible();
    await expectAccessible(page);

    // Reached with the keyboard (the app's focus ring shows), the table scrolls with the arrow keys.
    await programmes.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(programmes).toBeFocused();
    expect(await programmes.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => programmes.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("on a wide screen a table that fits is no tab stop", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, users.focalBsn);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisations" }).click();
    await page.getByRole("link", { name: "Badan Standardisasi Nasional" }).click();
    await expect(page.getByTestId("nsb-programmes")).toBeVisible();
    await expect(page.getByRole("region", { name: "Programmes it benefits from" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
