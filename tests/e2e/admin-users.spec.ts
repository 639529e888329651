import { expect, test, type Page } from "@playwright/test";
import { loginAs, signIn } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { EDIT_USERS } from "./fixtures/edit-users";

/** The user's card on the users page, found by searching for their e-mail address. */
async function userCard(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const card = page.getByTestId("user-row").filter({ hasText: email });
  await expect(card).toHaveCount(1);
  return card;
}

test.describe("managing users", () => {
  test("an admin promotes a user to researcher, who then reaches the researcher area", async ({ page, browser }) => {
    const { email, name, password } = EDIT_USERS.promote;
    await loginAs(page, "admin", "/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
    let card = await userCard(page, email);
    await expect(card.getByTestId("user-role")).toHaveText("Beleidsmedewerker");
    await expectNoAxeViolations(page);

    await card.getByLabel(`Nieuwe rol voor ${name}`).selectOption("researcher");
    await card.getByRole("button", { name: "Rol wijzigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De rol is gewijzigd." })).toBeVisible();
    card = page.getByTestId("user-row").filter({ hasText: email });
    await expect(card.getByTestId("user-role")).toHaveText("Onderzoeker");

    // The user, signed in elsewhere, now has the researcher's area.
    const theirs = await browser.newContext();
    try {
      const userPage = await theirs.newPage();
      await signIn(userPage, email, password, "/researcher");
      await expect(userPage.getByRole("heading", { level: 1, name: "Mijn inzendingen" })).toBeVisible();
    } finally {
      await theirs.close();
    }

    // The change is in the audit log, by the admin.
    await card.getByRole("link", { name: `Logboek van ${name}` }).click();
    const row = page.getByTestId("audit-row").filter({ hasText: "user.role" }).first();
    await expect(row).toContainText("Demo beheerder");
    await expect(row).toContainText('"to":"researcher"');

    // Back to officer, as the next run expects.
    card = await userCard(page, email);
    await card.getByLabel(`Nieuwe rol voor ${name}`).selectOption("officer");
    await card.getByRole("button", { name: "Rol wijzigen" }).click();
    await expect(page.getByTestId("user-row").filter({ hasText: email }).getByTestId("user-role")).toHaveText(
      "Beleidsmedewerker",
    );
  });

  test("a deactivated user's open session is signed out at once", async ({ page, browser }) => {
    const { email, name, password } = EDIT_USERS.deactivate;
    const theirs = await browser.newContext();
    try {
      const userPage = await theirs.newPage();
      await signIn(userPage, email, password, "/account");
      await expect(userPage.getByText(email)).toBeVisible();

      await loginAs(page, "admin", "/admin/users");
      const card = await userCard(page, email);
      page.once("dialog", (dialog) => void dialog.accept());
      await card.getByRole("button", { name: `${name} deactiveren` }).click();
      await expect(page.getByRole("status").filter({ hasText: "Het account is gedeactiveerd" })).toBeVisible();
      await expect(page.getByTestId("user-row").filter({ hasText: email }).getByTestId("user-status")).toContainText(
        "Gedeactiveerd sinds",
      );

      // Their open page is signed out on its next request, and signing in again is refused.
      await userPage.reload();
      await expect(userPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
      await userPage.locator("#sign-in-email").fill(email);
      await userPage.locator("#sign-in-password").fill(password);
      await userPage.locator("#sign-in button[type=submit]").click();
      await expect(userPage.getByRole("alert").filter({ hasText: "Dit account is uitgeschakeld" })).toBeVisible();

      // Reactivated, as the next run expects.
      await page
        .getByTestId("user-row")
        .filter({ hasText: email })
        .getByRole("button", { name: `${name} weer activeren` })
        .click();
      await expect(page.getByRole("status").filter({ hasText: "Het account is weer actief." })).toBeVisible();
    } finally {
      await theirs.close();
    }
  });

  test("the audit log refuses a bad filter with a message naming it", async ({ page }) => {
    await loginAs(page, "admin");
    await page.goto("/admin/audit?from=2026-02-30&page=nul");
    const errors = page.getByTestId("audit-filter-errors");
    await expect(errors).toContainText("from moet een datum zijn als JJJJ-MM-DD");
    await expect(errors).toContainText("page moet een geheel getal van 1 tot 100000 zijn");
    await expectNoAxeViolations(page);
    await page.goto("/admin/audit");
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
    await expectNoAxeViolations(page);
    const response = await page.request.get("/admin/audit/export?to=gisteren");
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "to", message: "to moet een datum zijn als JJJJ-MM-DD" }],
    });
    const csv = await page.request.get("/admin/audit/export?entityType=user");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("id,created_at,actor_email,actor_name,action,entity_type,entity_id,data");
  });

  test("a researcher is refused the users page, the audit log and its export", async ({ page }) => {
    await loginAs(page, "researcher");
    for (const path of ["/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    }
    expect((await page.request.get("/admin/audit/export")).status()).toBe(403);
  });
});
