import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const csvFile = (lines: string[]) => ({ name: "committee-roles.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "utf-8") });

test("a focal point adds a national adoption for their NSB and finds it in the list", async ({ page }) => {
  const number = 100_000 + (Date.now() % 800_000);
  const standard = `ISO/IEC ${number}:2021`;
  await signIn(page, users.focalBsn);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "National adoptions" })).toBeVisible();
  await expect(page.getByTestId("adoption-rows")).not.toContainText("TISI");
  await expectAccessible(page);

  await page.getByRole("link", { name: "New national adoption" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New national adoption" })).toBeVisible();
  await expect(page.getByLabel("NSB").locator("option:checked")).toHaveText(/^BSN/);
  await page.getByLabel("ISO standard").fill("EN 71-1:2014");
  await page.getByLabel("National reference").fill(`SNI ${number}:2024 <script>alert(1)</script>`);
  await page.getByLabel("Adoption date").fill("2024-05-02");
  await page.getByLabel("Degree").selectOption("MODIFIED");
  const programme = await page.getByLabel("Programme").locator("option").filter({ hasText: "CET-SEA" }).first().getAttribute("value");
  await page.getByLabel("Programme").selectOption(programme!);
  await page.getByRole("button", { name: "Add adoption" }).click();

  // Refused in the browser first; what was typed stays.
  await expect(page.getByText("Enter an ISO reference such as ISO 9001:2015")).toBeVisible();
  await expect(page.getByLabel("Degree")).toHaveValue("MODIFIED");
  await expectAccessible(page);

  await page.getByLabel("ISO standard").fill(standard);
  await page.getByRole("button", { name: "Add adoption" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Record added.");
  await page.getByRole("searchbox", { name: "Search" }).fill(String(number));
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByTestId("adoption-rows").locator("tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(standard);
  await expect(rows.first()).toContainText("BSN");
  await expect(rows.first()).toContainText("Modified");
  await expect(rows.first()).toContainText("CET-SEA");
  await expect(rows.first()).toContainText("<script>alert(1)</script>");
  await expectAccessible(page);
});

test("a focal point imports committee roles: a bad row is listed, nothing saved; fixed, every row is imported", async ({ page }) => {
  const tc = 1000 + (Date.now() % 8000);
  await signIn(page, users.focalBsn);
  await page.goto("/evidence/committees");
  await expect(page.getByRole("heading", { level: 1, name: "ISO committee roles" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import committee roles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the CSV template" })).toHaveAttribute("href", "/api/evidence/template?register=committees");
  await expectAccessible(page);

  const header = "NSB,Committee,Membership,Leadership,From,To";
  await page.getByLabel("CSV file").setInputFiles(csvFile([header, `BSN,ISO/TC ${tc},P-member,,2024-01-01,`, `TISI,ISO/TC ${tc}/SC 1,O-member,Chair,2024-02-01,2025-01-31`]));
  await expect(page.getByTestId("selected-file")).toContainText("committee-roles.csv");
  await page.getByRole("button", { name: "Check file" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("You can import only BSN's evidence; this row names TISI.");
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr td").first()).toHaveText("3");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("CSV file").setInputFiles(csvFile([header, `BSN,ISO/TC ${tc},P-member,,2024-01-01,`, `,ISO/TC ${tc}/SC 1,O-member,Chair,2024-02-01,2025-01-31`]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("import-sample")).toContainText(`ISO/TC ${tc}/SC 1`);
  // While the import runs (its answer held back here), a bar and what is happening, read out.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/evidence/committees/import", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  const sending = page.getByTestId("import-sending");
  await expect(sending.getByRole("status")).toHaveText("Importing 2 rows: keep this page open…");
  await expect(sending.getByRole("progressbar", { name: "Importing 2 rows: keep this page open…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Importing…" })).toBeDisabled();
  await expectAccessible(page);
  release();
  await expect(page.getByTestId("form-success")).toHaveText("Import done: 2 added, 0 updated, 0 unchanged.");
  await expect(sending.getByRole("status")).toHaveText("");
  await expect(sending.getByRole("progressbar")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the register" }).last().click();
  await page.getByRole("searchbox", { name: "Search" }).fill(`ISO/TC ${tc}`);
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByTestId("committee-rows").locator("tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `ISO/TC ${tc}/SC 1` })).toContainText("Chair");
  await expectAccessible(page);
});

test("a donor reads the registers without changing them", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.goto("/evidence/adoptions");
  await expect(page.getByRole("heading", { level: 1, name: "National adoptions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New national adoption" })).toHaveCount(0);
  await expect(page.getByTestId("adoption-rows")).toContainText("BSN");
  await expect(page.getByTestId("adoption-rows")).not.toContainText("KEBS");
  await expectAccessible(page);
  await page.goto("/evidence/adoptions/new");
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("staff open a computed indicator of CET-SEA and see its values and how they were computed", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/indicators?q=CET-1");
  await page.getByRole("link", { name: "Number of NSB staff and stakeholders trained" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Number of NSB staff and stakeholders trained" })).toBeVisible();
  await page.getByTestId("computed-link").click();
  await expect(page.getByRole("heading", { level: 2, name: /1 Jul 2022/ })).toBeVisible();
  await expect(page.getByTestId("computed-summary").locator("tr")).toHaveCount(4);
  const first = page.getByTestId("computed-period").first();
  const shown = await first.getByTestId("computed-value").textContent();
  expect(Number(shown?.replace(/[^\d]/g, ""))).toBeGreaterThan(0);
  await expect(first.getByRole("table", { name: /People by sex/ })).toContainText("Female");
  await expectAccessible(page);

  await first.getByText("How this was computed").click();
  const explanation = first.getByTestId("computed-explanation");
  await expect(explanation).toContainText("a person who attended several activities counts once");
  await expect(explanation).toContainText(/Computed from \d+ source rows?\./);
  await expect(explanation.getByTestId("computed-sample").locator("tr").first().getByRole("link").first()).toHaveAttribute("href", /^\/participants\//);
  await expectAccessible(page);
});
