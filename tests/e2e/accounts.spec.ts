import { expect, test, type Page } from "@playwright/test";
import { loginAs, signIn } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

const header = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu / Main" });

/** An address nobody has used yet, so the specs can run again on the same database. */
function freshEmail(who: string): string {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
}

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
}

test.describe("accounts", () => {
  test("someone signs up, lands signed in as an officer, and signs out", async ({ page }) => {
    const email = freshEmail("new");
    await signUp(page, "Nieuwe Gebruiker", email, "a-long-password");
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-role")).toHaveText("Beleidsmedewerker");
    await expect(page.getByText(email)).toBeVisible();
    // An officer has no submissions.
    await expect(header(page).getByRole("link", { name: "Mijn inzendingen" })).toHaveCount(0);

    await header(page).getByRole("button", { name: "Uitloggen" }).click();
    await expect(header(page).getByRole("link", { name: "Inloggen" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  });

  test("a sign-up form with mistakes says what is wrong beside each field", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("E-mailadres").fill("not-an-address");
    await page.getByLabel("Wachtwoord").fill("short");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    const password = page.getByLabel("Wachtwoord");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#sign-up-password-error")).toContainText("10");
    await expect(page.locator("#sign-up-email-error")).not.toBeEmpty();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("not-an-address");
  });

  test("a signed-in user changes their password", async ({ page }) => {
    const email = freshEmail("changer");
    await signUp(page, "Wisselaar", email, "first-password");
    await expect(page).toHaveURL(/\/account$/);

    await page.getByLabel("Huidig wachtwoord").fill("not-my-password");
    await page.getByLabel("Nieuw wachtwoord").fill("second-password");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.locator("#change-password").getByRole("alert")).toHaveText("Het huidige wachtwoord klopt niet.");

    await page.getByLabel("Huidig wachtwoord").fill("first-password");
    await page.getByLabel("Nieuw wachtwoord").fill("second-password");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.locator("#change-password").getByRole("status")).toContainText("Uw wachtwoord is gewijzigd");

    // Still signed in here; the old password no longer works, the new one does.
    await page.reload();
    await expect(page.getByTestId("account-role")).toBeVisible();
    await page.getByRole("button", { name: "Overal uitloggen" }).click();
    await expect(header(page).getByRole("link", { name: "Inloggen" })).toBeVisible();
    await page.goto("/sign-in");
    await page.locator("#sign-in-email").fill(email);
    await page.locator("#sign-in-password").fill("first-password");
    await page.locator("#sign-in button[type=submit]").click();
    await expect(page.locator("#sign-in").getByRole("alert")).toHaveText(
      "Dit e-mailadres en wachtwoord horen niet bij elkaar.",
    );
    await signIn(page, email, "second-password");
  });

  test("a researcher finds their submissions in the header, an officer does not", async ({ page }) => {
    await loginAs(page, "researcher");
    await expect(page.getByTestId("account-role")).toHaveText("Onderzoeker");
    await expect(header(page).getByRole("link", { name: "Mijn inzendingen" })).toHaveAttribute("href", "/researcher");
    await header(page).getByRole("button", { name: "Uitloggen" }).click();
    await loginAs(page, "officer");
    await expect(header(page).getByRole("link", { name: "Mijn inzendingen" })).toHaveCount(0);
  });

  test("without mail, the forgot-password page sends people to an administrator", async ({ page }) => {
    await page.goto("/forgot-password");
    await expect(page.getByText("Vraag een beheerder om een tijdelijk wachtwoord")).toBeVisible();
  });

  test("the sign-in and account pages have no WCAG 2.1 AA violations", async ({ page }) => {
    for (const path of ["/sign-in", "/sign-up"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await loginAs(page, "admin");
    await expect(page.getByTestId("account-role")).toHaveText("Beheerder");
    await expectNoAxeViolations(page);
  });
});
