import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** As an administrator: invites a focal point of BSN through the form; returns the link's path. */
async function inviteFocalPoint(page: Page, name: string, email: string, check = false): Promise<string> {
  await page.goto("/admin/users/new");
  await expect(page.getByRole("heading", { level: 1, name: "Invite a user" })).toBeVisible();
  if (check) await expectAccessible(page);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Role", { exact: true }).selectOption("FOCAL_POINT");
  const organisation = page.getByLabel("Organisation", { exact: true });
  const bsn = await organisation.locator("option", { hasText: /^BSN – / }).getAttribute("value");
  await organisation.selectOption(bsn!);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByTestId("form-success")).toContainText(`${email} is invited.`);
  const link = await page.getByTestId("issued-link-url").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  // The app's public address (APP_URL) may differ from the test server's: follow the path.
  return new URL(link).pathname;
}

/** Opens a one-time link and sets the password; ends on the sign-in page. */
async function setPasswordWithLink(page: Page, path: string, email: string, password: string, check = false) {
  await page.goto(path);
  await expect(page.getByTestId("link-email")).toHaveText(email);
  if (check) await expectAccessible(page);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done/);
  await expect(page.getByText("Your password is set. You can sign in now.")).toBeVisible();
}

/** A focal point created for this test (never a demo user), signed in in a browser of their own. */
async function newSignedInUser(browser: Browser, admin: Page, label: string, password: string) {
  const name = `${label} ${unique()}`;
  const email = `${label.toLowerCase().replace(/\s+/g, ".")}.${unique()}@example.net`;
  const path = await inviteFocalPoint(admin, name, email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await setPasswordWithLink(page, path, email, password);
  await signIn(page, email, password);
  return { name, email, context, page };
}

test("an administrator invites a focal point, who sets a password with the link and signs in", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, users.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.locator("tbody")).toContainText("admin@example.org");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Invite user" }).click();

  const name = `Ayu Wulandari ${unique()}`;
  const email = `ayu.${unique()}@example.net`;
  // A donor viewer without a donor organisation is refused, with the reason at the field,
  // and the form keeps what was typed and chosen; only donor organisations are offered.
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Role", { exact: true }).selectOption("DONOR");
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByText("A donor viewer needs a donor organisation.").last()).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("DONOR");
  const offered = page.getByLabel("Organisation", { exact: true }).locator("option");
  await expect(offered.filter({ hasText: /^DFAT – / })).toHaveCount(1);
  await expect(offered.filter({ hasText: /^BSN – / })).toHaveCount(0);

  const path = await inviteFocalPoint(page, name, email, true);
  await expect(page.getByTestId("mail-status")).toContainText("Email is not configured");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(path);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // A mismatched confirmation is caught before anything is saved.
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome" })).toBeVisible();
  await page.getByLabel("New password").fill("ayu-Password-2026");
  await page.getByLabel("Repeat the password").fill("ayu-Password-2025");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();

  await setPasswordWithLink(page, path, email, "ayu-Password-2026", true);
  await signIn(page, email, "ayu-Password-2026");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
  await expect(page.getByTestId("current-user")).toContainText("BSN");

  // The link worked once.
  await page.goto(path);
  await expect(page.getByTestId("link-invalid")).toBeVisible();
  await expectAccessible(page);
});

test("a user deactivated by an administrator is signed out at their next navigation", async ({ page, browser }) => {
  await signIn(page, users.admin);
  const user = await newSignedInUser(browser, page, "Budi Santoso", "budi-Password-2026");
  await expect(user.page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);

  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: user.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expectAccessible(page);
  // Edit first: the deactivation below then carries the new version (no false conflict).
  const renamed = `${user.name} (TISI)`;
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  const organisation = page.getByLabel("Organisation", { exact: true });
  await organisation.selectOption((await organisation.locator("option", { hasText: /^TISI – / }).getAttribute("value"))!);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Saved.");
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("FOCAL_POINT");
  await expect(organisation).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Deactivate" }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${renamed}?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("form-success").last()).toHaveText("The user is deactivated and signed out.");
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();

  await user.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programmes" }).click();
  await expect(user.page).toHaveURL(/\/sign-in/);
  await expect(user.page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  // The list shows the account as deactivated.
  await page.goto(`/admin/users?active=no&q=${encodeURIComponent(user.email)}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr")).toContainText("Deactivated");
  await user.context.close();
});

test("a deactivated user's unused invitation says it works only once the account is reactivated", async ({ page }) => {
  await signIn(page, users.admin);
  const name = `Dewi Lestari ${unique()}`;
  const email = `dewi.${unique()}@example.net`;
  const path = await inviteFocalPoint(page, name, email);
  await page.getByRole("link", { name: "Open the new user's page" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(/^Unused, valid until .*UTC$/)).toBeVisible();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog", { name: `Deactivate ${name}?` }).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(page.getByText(/^Unused, valid until .*, but it works only once the account is reactivated$/)).toBeVisible();
  // And indeed the link does not open while the account is deactivated.
  await page.goto(path);
  await expect(page.getByTestId("link-invalid")).toBeVisible();
});

test("a user changes their own password, which signs out their other sessions, and signs in with the new one", async ({ page, browser }) => {
  await signIn(page, users.admin);
  const user = await newSignedInUser(browser, page, "Citra Dewi", "citra-Password-2026");
  // The same user in another browser.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, user.email, "citra-Password-2026");

  const mine = user.page;
  // A focal point finds no user administration.
  await expect(mine.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/users/new"]) {
    await mine.goto(path);
    await expect(mine.getByTestId("not-found")).toBeVisible();
  }
  await mine.getByTestId("current-user").click();
  await expect(mine.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(mine.getByText(user.email)).toBeVisible();
  await expectAccessible(mine);

  await mine.getByLabel("Current password").fill("not-my-Password");
  await mine.getByLabel("New password", { exact: true }).fill("citra-New-Password-1");
  await mine.getByLabel("Repeat the new password").fill("citra-New-Password-1");
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByText("The current password is incorrect.").first()).toBeVisible();

  await mine.getByLabel("Current password").fill("citra-Password-2026");
  await mine.getByLabel("New password", { exact: true }).fill("citra-New-Password-1");
  await mine.getByLabel("Repeat the new password").fill("citra-New-Password-1");
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByTestId("password-changed")).toBeVisible();
  await expect(mine.getByTestId("current-user")).toContainText(user.name);
  await expectAccessible(mine);
  // This browser stays signed in.
  await mine.goto("/programmes");
  await expect(mine.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();

  // The other browser is signed out, even if its session cookie is refreshed first.
  await other.request.get("/api/auth/session");
  await other.goto("/programmes");
  await expect(other).toHaveURL(/\/sign-in/);
  await otherContext.close();

  await mine.getByRole("button", { name: "Sign out" }).click();
  await expect(mine).toHaveURL(/\/sign-in/);
  await signIn(mine, user.email, "citra-New-Password-1");
  await expect(mine.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  await user.context.close();
});
