import { expect, test } from "@playwright/test";

/**
 * Sign-in under its rate limit, through the real form: after the account's failed attempts (five by
 * default), the next one is refused with a message to wait; and the API refuses an oversized body with 413
 * (its 429s are tested against the database in tests/integration/request-limits.test.ts, since a browser
 * test here would use up the address's requests for the other specs).
 */
test.describe("limits", () => {
  test("someone guessing a password is told to wait after five wrong attempts", async ({ page }) => {
    const email = `guesser-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
    const alert = page.locator("#sign-in").getByRole("alert");
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.locator("#sign-in-email").fill(email);
      await page.locator("#sign-in-password").fill(`wrong-password-${attempt}`);
      await page.locator("#sign-in button[type=submit]").click();
      await expect(alert).toHaveText("Dit e-mailadres en wachtwoord horen niet bij elkaar.");
      // The next attempt must be a new submission, not the same message still shown.
      await page.goto("/sign-in");
    }
    await page.locator("#sign-in-email").fill(email);
    await page.locator("#sign-in-password").fill("wrong-password-6");
    await page.locator("#sign-in button[type=submit]").click();
    await expect(alert).toContainText("Te veel pogingen");
  });

  test("the API refuses a body over its size limit with 413 and serves a small one", async ({ request }) => {
    const small = await request.post("/api/v1/meta-analysis", {
      data: {
        measure: "GENERIC",
        studies: [
          { yi: 0.1, vi: 0.02 },
          { yi: 0.3, vi: 0.04 },
        ],
      },
    });
    expect(small.status()).toBe(200);
    const huge = await request.post("/api/v1/meta-analysis", {
      headers: { "content-type": "application/json" },
      data: `{"measure":"GENERIC","studies":[],"padding":"${"x".repeat(6 * 1024 * 1024)}"}`,
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toBe("payload_too_large");
  });
});
