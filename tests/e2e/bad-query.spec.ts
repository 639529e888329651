import { expect, test } from "@playwright/test";

test.describe("bad links to the list", () => {
  test("officer with a mistyped age in the link gets a Dutch message naming the filter", async ({ page }) => {
    const response = await page.goto("/interventions?targetGroup=selective&ageMonths=abc");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Deze link bevat een filter dat niet klopt");
    await expect(alert).toContainText("Leeftijd kind (maanden): ‘abc’ is geen geldige leeftijd.");
    await expect(alert).not.toContainText("must be");
    // The rest of the search survives.
    await alert.getByRole("link", { name: "Toon de lijst zonder dit filter" }).click();
    await expect(page).toHaveURL(/\/interventions\?targetGroup=selective$/);
    await expect(page.getByRole("checkbox", { name: /^Selectief/ })).toBeChecked();
  });

  test("page 0, a repeated filter and an unknown parameter each get their own sentence", async ({ page }) => {
    await page.goto("/interventions?page=0&rating=goed-onderbouwd&rating=bogus&kleur=rood");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Pagina: ‘0’ is geen paginanummer. De eerste pagina is pagina 1.");
    await expect(alert).toContainText("Minimaal niveau: ‘goed-onderbouwd’, ‘bogus’ is geen bewijsniveau.");
    await expect(alert).toContainText("‘kleur’ is geen filter van deze lijst.");
    await expect(alert.getByRole("listitem")).toHaveCount(3);
  });

  test("the message is English when English is chosen, and the API keeps its English 400", async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    await context.addCookies([{ name: "effectwijzer-locale", value: "en", url: baseURL! }]);
    await page.goto("/interventions?ageMonths=abc");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Child age (months): ‘abc’ is not a valid age.",
    );
    const api = await request.get("/api/v1/interventions?ageMonths=abc");
    expect(api.status()).toBe(400);
    expect(await api.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "ageMonths", message: "ageMonths must be a whole number" }],
    });
  });
});
