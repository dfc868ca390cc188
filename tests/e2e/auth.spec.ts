import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, signIn, signInWithForm, users } from "./support";

const landings = [
  { email: users.admin, role: "Administrator", figure: "Participants registered" },
  { email: users.staff, role: "ISO staff", figure: "Participants registered" },
  { email: users.focalBsn, role: "NSB focal point · BSN", figure: "Participants registered" },
  { email: users.donorDfat, role: "Donor · DFAT", figure: "Active programmes" },
];

for (const { email, role, figure } of landings) {
  test(`${email} signs in and lands on their home`, async ({ page }) => {
    await signInWithForm(page, email);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    await expect(page.getByTestId("current-user")).toContainText(role);
    await expect(page.getByText(figure)).toBeVisible();
    await expectAccessible(page);
  });
}

test("a donor's home shows no personal-data figures", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await expect(page.getByText("Participants registered")).toHaveCount(0);
});

test("the sign-in page is accessible and refuses a wrong password without saying which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(users.staff);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The email or password is incorrect, or the account is not active.");
  await expect(page.getByLabel("Email")).toHaveValue(users.staff);
});

test("pages need a sign-in", async ({ page }) => {
  await page.goto("/programmes");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a focal point who edits the URL to another NSB's programme gets not found", async ({ page, browser }) => {
  // Find the East Africa programme's URL as staff.
  const staff = await browser.newPage();
  await signIn(staff, users.staff);
  await staff.goto("/programmes?q=East+African");
  const href = await staff.locator("tbody tr").first().getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/programmes\//);
  await staff.close();

  await signIn(page, users.focalBsn);
  const response = await page.goto(href!);
  // A real 404, not a "not found" page sent with 200.
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByText("East African")).toHaveCount(0);
});

test("staff asking for a record that does not exist get a 404 on every record page", async ({ page }) => {
  await signIn(page, users.staff);
  const paths = [
    "/programmes/bogus",
    "/programmes/bogus/edit",
    "/activities/bogus",
    "/participants/bogus",
    "/organizations/bogus",
    "/indicators/bogus",
    "/reports/bogus",
    "/evidence/adoptions/bogus",
    "/evidence/committees/bogus",
    "/admin/users/bogus",
    "/framework/bogus",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found"), path).toBeVisible();
  }
  await expectAccessible(page);
  // Pages that exist still answer 200, the dashboards (which keep their loading state) included.
  expect((await page.goto("/programmes"))?.status()).toBe(200);
  expect((await page.goto("/dashboards"))?.status()).toBe(200);
});

test("a focal point who opens another NSB's participant gets a 404", async ({ page, browser }) => {
  const tisi = await browser.newPage();
  await signIn(tisi, users.focalTisi);
  await tisi.goto("/participants");
  const href = await tisi.locator("tbody tr").first().getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/participants\/[^/]+$/);
  await tisi.close();

  await signIn(page, users.focalBsn);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("wrong passwords slow an account down but never lock its owner out", async ({ page }) => {
  await page.goto("/sign-in");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(users.donorSida);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  for (let i = 0; i < 6; i++) {
    await attempt(`wrong-${i}`);
    await expect(page.getByTestId("form-error")).toContainText("incorrect");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // Six failures: the next attempt waits a moment, and the right password gets in.
  await attempt(DEMO_PASSWORD);
  await expect(page.getByTestId("current-user")).toBeVisible();
});

test("responses carry the security headers, pages a fresh script nonce and no inline-script allowance", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/sign-in");
    const headers = response.headers();
    const policy = headers["content-security-policy"]!;
    expect(policy).toContain("frame-ancestors 'none'");
    const scripts = policy.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
    expect(nonce).toBeTruthy();
    // Next.js's own inline scripts carry it (the page hydrates: every other test depends on that).
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("on a phone whose link drops, signing in says the server could not be reached and keeps the email; back online it signs in", async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(users.focalBsn);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(/^The server could not be reached, so nothing was saved/);
  await expect(page.getByLabel("Email")).toHaveValue(users.focalBsn);
  await context.setOffline(false);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
});
