import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const contentOf = async (download: Download) => readFile(await download.path(), "utf8");

test("staff download the IATI XML of the CET programme from its page", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/programmes?q=CET-SEA");
  await expectAccessible(page);
  await page.locator("tbody tr").filter({ hasText: "CET-SEA" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Critical and Emerging Technologies");
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "IATI XML" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("iati-CET-SEA.xml");
  const xml = await contentOf(download);
  expect(xml).toContain('<iati-activities version="2.03"');
  expect(xml).toContain("<iati-identifier>XI-ISO-CET-SEA</iati-identifier>");
  expect(xml).toContain('<dimension name="sex" value="female"/>');
});

test("a donor's IATI export of all programmes holds only the programme it funds", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.goto("/programmes");
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export all (IATI)" }).click();
  const xml = await contentOf(await downloading);
  expect(xml).toContain("<iati-identifier>XI-ISO-CET-SEA</iati-identifier>");
  expect(xml).not.toContain("AP-AFR-EAST");
});

test("the IATI route answers 401 signed out, 404 for a programme out of reach, and XML otherwise", async ({ page, request }) => {
  expect((await request.get("/api/iati")).status()).toBe(401);
  await signIn(page, users.donorSida);
  expect((await page.request.get("/api/iati?programmeId=no-such-programme")).status()).toBe(404);
  const response = await page.request.get("/api/iati");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="iati-activities-\d{4}-\d{2}-\d{2}\.xml"/);
  const xml = await response.text();
  expect(xml).toContain("<iati-identifier>XI-ISO-AP-AFR-EAST</iati-identifier>");
  expect(xml).not.toContain("CET-SEA");
});
