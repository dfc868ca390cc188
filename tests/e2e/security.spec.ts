import { expect, test } from "@playwright/test";
import { signIn, users } from "./support";

test("a session ends server-side at sign-out: a copy of its cookie no longer works", async ({ page, browser }) => {
  await signIn(page, users.staff);
  const copied = await page.context().storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext({ storageState: copied });
  const again = await replay.newPage();
  await again.goto("/programmes");
  await expect(again).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("an administrator signs a user out everywhere", async ({ page, browser }) => {
  const other = await browser.newContext();
  const tisi = await other.newPage();
  await signIn(tisi, users.focalTisi);

  await signIn(page, users.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(users.focalTisi)}`);
  await page.locator("tbody tr").first().getByRole("link").first().click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByTestId("form-success").last()).toHaveText("The user is signed out on every device.");

  await tisi.goto("/programmes");
  await expect(tisi).toHaveURL(/\/sign-in/);
  await other.close();
});

test("a NUL character in an address or a parameter is never a server error", async ({ page }) => {
  await signIn(page, users.staff);
  const response = await page.goto("/participants?q=%00");
  expect(response?.status()).toBe(200);
  expect(page.url()).not.toContain("%00");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/activities?from=0000-01-01");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The NUL is dropped: an empty programmeId, that is every programme.
  const iati = await page.request.get("/api/iati?programmeId=%00");
  expect(iati.status()).toBe(200);
  expect(await iati.text()).toContain("<iati-activities");
  expect((await page.request.get("/api/evidence/%00")).status()).toBe(404);
});

test("prefetched pages carry the Content-Security-Policy; API responses keep their sandbox", async ({ request }) => {
  const prefetches: Record<string, string>[] = [{ Purpose: "prefetch" }, { "Next-Router-Prefetch": "1", RSC: "1" }];
  for (const headers of prefetches) {
    const response = await request.get("/sign-in", { headers });
    expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  }
  expect((await request.get("/api/health")).headers()["content-security-policy"]).toContain("sandbox");
});

test("a state-changing route refuses another origin, and an oversized form gets a clear answer", async ({ page }) => {
  await signIn(page, users.staff);
  const crossSite = await page.request.post("/api/activities/any/import", {
    headers: { Origin: "http://evil.localhost", "Sec-Fetch-Site": "same-site" },
    multipart: { mode: "preview", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Full name\nA B\n") } },
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ error: "Requests from another site are refused." });

  const oversized = await page.request.post("/participants/new", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
    data: "x".repeat(2 * 1024 * 1024),
  });
  expect(oversized.status()).toBe(413);
  expect(await oversized.text()).toContain("larger than 1 MB");
});
