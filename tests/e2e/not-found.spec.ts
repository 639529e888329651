import { expect, test } from "@playwright/test";

test.describe("not found", () => {
  test("visitor following a broken link gets a Dutch not-found page with a way back", async ({ page }) => {
    const response = await page.goto("/deze-pagina-bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page).toHaveTitle(/Pagina niet gevonden/);
    await page.getByRole("link", { name: "Bekijk alle interventies" }).click();
    await expect(page).toHaveURL(/\/interventions$/);
    await expect(page.getByRole("heading", { level: 1, name: "Interventies" })).toBeVisible();
  });

  test("visitor opening an unknown intervention is told so and led back to the list", async ({ page }) => {
    const response = await page.goto("/interventions/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Interventie niet gevonden" })).toBeVisible();
    await page
      .getByRole("main")
      .getByRole("link", { name: /Terug naar de lijst/ })
      .click();
    await expect(page).toHaveURL(/\/interventions$/);
  });

  test("an address that cannot be a slug is a not-found page too, not an error", async ({ page }) => {
    const response = await page.goto("/interventions/Niet%20Geldig!");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Interventie niet gevonden" })).toBeVisible();
  });

  test("the not-found page is in English when English is chosen", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "effectwijzer-locale", value: "en", url: baseURL! }]);
    const response = await page.goto("/nowhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all interventions" })).toBeVisible();
    await page.goto("/interventions/unknown-intervention");
    await expect(page.getByRole("heading", { level: 1, name: "Intervention not found" })).toBeVisible();
  });
});
