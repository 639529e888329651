import { expect, test } from "@playwright/test";

test.describe("catalogue", () => {
  test("visitor opens the list and a detail page", async ({ page }) => {
    await page.goto("/interventions");
    await expect(page.getByRole("heading", { level: 1, name: "Interventies" })).toBeVisible();
    // 17 curated interventions plus the one demo fixture with a forest plot.
    await expect(page.getByRole("heading", { name: "18 interventies" })).toBeVisible();
    await page.getByRole("link", { name: "VoorZorg", exact: true }).click();
    await expect(page).toHaveURL(/\/interventions\/voorzorg$/);
    await expect(page.getByRole("heading", { level: 1, name: /VoorZorg/ })).toBeVisible();
    await expect(page.getByText("Effectief volgens goede aanwijzingen").first()).toBeVisible();
    // The recognition from 2015 is past its five-year re-review date and says so.
    await expect(page.getByText(/Herbeoordeling van de erkenning is verlopen/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Geschiedenis van het oordeel" })).toBeVisible();
    await expect(page.getByText(/Mejdoubi/).first()).toBeVisible();
    // The inconsistent CPS figure from the abstract is shown as reported and marked unverified.
    await expect(page.getByText(/11% vs 19%/).first()).toBeVisible();
  });

  test("officer narrows to selective, 0-2 years, maltreatment, recognised only and compares two interventions", async ({
    page,
  }) => {
    await page.goto("/interventions");
    await page.getByRole("checkbox", { name: /^Selectief/ }).check();
    await expect(page).toHaveURL(/targetGroup=selective/);
    await page.getByRole("spinbutton", { name: "Leeftijd kind (maanden)" }).fill("12");
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(/ageMonths=12/);
    await page.locator("summary", { hasText: "Uitkomst" }).click();
    await page.getByRole("checkbox", { name: /^Kindermishandeling/ }).check();
    await expect(page).toHaveURL(/outcome=maltreatment/);
    await page.getByRole("checkbox", { name: /^Alleen erkende interventies/ }).check();
    await expect(page).toHaveURL(/recognised=true/);
    await expect(page.getByRole("heading", { name: "1 interventie" })).toBeVisible();
    await expect(page.getByRole("link", { name: "VoorZorg", exact: true })).toBeVisible();

    // Back restores the previous filters; widening to all outcomes gives two recognised interventions.
    await page.goBack();
    await expect(page).not.toHaveURL(/recognised=true/);
    await expect(page.getByRole("checkbox", { name: /^Alleen erkende interventies/ })).not.toBeChecked();
    await page.getByRole("checkbox", { name: /^Alleen erkende interventies/ }).check();
    await page.getByRole("checkbox", { name: /^Kindermishandeling/ }).uncheck();
    await expect(page.getByRole("heading", { name: "2 interventies" })).toBeVisible();
    const url = page.url();
    expect(url).toContain("targetGroup=selective");
    expect(url).toContain("ageMonths=12");

    await page.getByRole("checkbox", { name: "Vergelijk VoorZorg" }).check();
    await page.getByRole("checkbox", { name: "Vergelijk Stevig Ouderschap" }).check();
    await page.getByRole("link", { name: "Vergelijk geselecteerde" }).click();
    await expect(page).toHaveURL(/\/compare\?slug=voorzorg&slug=stevig-ouderschap/);
    await expect(page.getByRole("columnheader", { name: "VoorZorg" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Stevig Ouderschap" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Leeftijd van het bewijs" })).toBeVisible();

    // A shared link reproduces the same list.
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "2 interventies" })).toBeVisible();
  });

  test("a detail page shows a forest plot with its numbers as a table", async ({ page }) => {
    await page.goto("/interventions/demo-forest");
    await expect(page.getByText("Demodata").first()).toBeVisible();
    const plot = page.getByRole("img", { name: /Forest plot met 3 studies/ });
    await expect(plot).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Gepoold (REML)" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Demo A" })).toBeVisible();
  });

  test("choosing the universal level warns that the evidence for all parents is insufficient", async ({ page }) => {
    await page.goto("/interventions?targetGroup=universal");
    await expect(page.getByRole("note")).toContainText("onvoldoende bewijs");
  });

  test("a bad filter in the URL gets a message naming the filter, not a crash", async ({ page }) => {
    const response = await page.goto("/interventions?pageSize=0&rating=bogus");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Resultaten per pagina: ‘0’ kan niet.");
    await expect(alert).toContainText("Minimaal niveau: ‘bogus’ is geen bewijsniveau.");
  });

  test("ages and counts read as words with the right plural", async ({ page }) => {
    await page.goto("/interventions");
    const card = (name: string) =>
      page.getByRole("article").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(card("VoorZorg")).toContainText("vanaf de zwangerschap t/m 24 maanden");
    await expect(card("VIPP-SD")).toContainText("1 t/m 6 jaar");
    await expect(page.getByText(/\b1 studies\b|\b1 years\b/)).toHaveCount(0);
  });

  test("visitor switches the language to English and it is remembered", async ({ page }) => {
    await page.goto("/interventions");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Interventions" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/interventions/home-start");
    await expect(page.getByRole("heading", { name: "Rating history" })).toBeVisible();
    await expect(page.getByText("Recognised as effective according to good evidence").first()).toBeVisible();
    await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { name: "Geschiedenis van het oordeel" })).toBeVisible();
  });
});
