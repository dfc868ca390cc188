import { expect, test, type Page, type Request } from "@playwright/test";
import { signIn, users } from "./support";

// Pages hide edit controls from those who may not edit, but every server action checks its
// own caller: a staff member's real "save programme" request, replayed with a donor's, a
// focal point's or no session, is refused and changes nothing.

const hijackedTitle = "Hijacked by a direct post";
const cetTitle = "Standards and Critical and Emerging Technologies (CET) in Southeast Asia";

/** Submits the CET programme's edit form with a new title, capturing the server action request instead of sending it. */
async function captureProgrammeSave(page: Page): Promise<{ url: string; headers: Record<string, string>; body: Buffer; programmeUrl: string }> {
  await page.goto("/programmes?q=CET-SEA");
  await page.getByRole("link", { name: /Standards and Critical and Emerging Technologies/ }).first().click();
  await page.waitForURL(/\/programmes\/[^/?]+$/);
  const programmeUrl = page.url();
  await page.goto(`${programmeUrl}/edit`);
  await page.getByTestId("programme-form").getByLabel("Title", { exact: true }).fill(hijackedTitle);

  let captured: Request | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = request;
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const request = captured!;
  const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => keep.includes(name)));
  return { url: request.url(), headers, body: request.postDataBuffer()!, programmeUrl };
}

test("a save posted directly to the server action with a donor's, a focal point's or no session is refused and changes nothing", async ({ page, browser }) => {
  await signIn(page, users.staff);
  const save = await captureProgrammeSave(page);
  expect(save.headers["next-action"]).toBeTruthy();

  for (const who of [users.donorDfat, users.focalBsn, null]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    if (who) await signIn(other, who);
    const response = await other.request.post(save.url, { headers: save.headers, data: save.body, maxRedirects: 0 });
    const text = await response.text();
    // The action answers with the form's error state (a success redirects to the programme page).
    expect(text, `${who ?? "anonymous"}: ${text.slice(0, 300)}`).toMatch(/"status":"error","message":"(Not found\.|You do not have permission to do this\.|Your session has ended\. Please sign in again\.)"/);
    await context.close();
  }

  // Nothing changed: the programme keeps its title, and the audit trail has no such edit.
  await page.goto(save.programmeUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cetTitle);
  await page.goto("/audit?entityType=Programme");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByText(hijackedTitle)).toHaveCount(0);

  // The same request with the staff member's own session does save: the replays above were real.
  await page.request.post(save.url, { headers: save.headers, data: save.body, maxRedirects: 0 });
  await page.goto(save.programmeUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hijackedTitle);
  await page.goto(`${save.programmeUrl}/edit`);
  await page.getByTestId("programme-form").getByLabel("Title", { exact: true }).fill(cetTitle);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cetTitle);

  // Both real edits are on the audit trail, each with the title before and after.
  await page.goto("/audit?entityType=Programme");
  const edits = page.getByTestId("audit-event").filter({ hasText: hijackedTitle });
  await expect(edits).toHaveCount(2);
  for (const edit of await edits.all()) await expect(edit).toContainText(cetTitle);
});
