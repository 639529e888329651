import { expect, test } from "@playwright/test";

test.describe("compare", () => {
  test("officer comparing with an unknown slug is told which one and that two are needed", async ({ page }) => {
    await page.goto("/compare?slug=voorzorg&slug=bestaat-niet");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Deze interventie bestaat niet: ‘bestaat-niet’.");
    await expect(alert).toContainText("Kies ten minste twee interventies om te vergelijken.");
    await expect(page.getByRole("table")).toHaveCount(0);
    await alert.getByRole("link", { name: "Kies interventies in de lijst" }).click();
    await expect(page).toHaveURL(/\/interventions$/);
  });

  test("officer comparing two known and one unknown intervention sees the two and hears about the third", async ({
    page,
  }) => {
    await page.goto("/compare?slug=voorzorg&slug=stevig-ouderschap&slug=Onbekend");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("‘Onbekend’");
    await expect(page.getByRole("columnheader", { name: "VoorZorg" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Stevig Ouderschap" })).toBeVisible();
  });

  test("a compare link with one intervention, or too many, says what is wrong in English too", async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto("/compare?slug=voorzorg");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      /^Kies ten minste twee interventies om te vergelijken\./,
    );
    await context.addCookies([{ name: "effectwijzer-locale", value: "en", url: baseURL! }]);
    await page.goto("/compare?slug=a&slug=b&slug=c&slug=d&slug=e");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "You can compare at most four interventions at a time.",
    );
    await page.goto("/compare?slug=voorzorg&slug=nope");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This intervention does not exist: ‘nope’.");
  });
});
