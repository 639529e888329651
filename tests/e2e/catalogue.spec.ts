import { expect, test } from "@playwright/test";

test.describe("catalogue", () => {
  test("visitor opens the list and a detail page", async ({ page }) => {
    const { total } = (await (await page.request.get("/api/v1/interventions?pageSize=1")).json()) as { total: number };
    expect(total).toBeGreaterThan(15);
    await page.goto("/interventions");
    await expect(page.getByRole("heading", { level: 1, name: "Interventies" })).toBeVisible();
    await expect(page.getByRole("heading", { name: `${total} interventies` })).toBeVisible();
    await page.getByRole("link", { name: "VoorZorg", exact: true }).click();
    await expect(page).toHaveURL(/\/interventions\/voorzorg$/);
    await expect(page.getByRole("heading", { level: 1, name: /VoorZorg/ })).toBeVisible();
    await expect(page.getByText("Effectief volgens goede aanwijzingen").first()).toBeVisible();
    // The recognition from 2015 is past its five-year re-review date and says so.
    await expect(page.getByText(/Herbeoordeling van de erkenning is verlopen/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Geschiedenis van het oordeel" })).toBeVisible();
    await expect(page.getByText(/Mejdoubi/).first()).toBeVisible();
    // The inconsistent CPS figure from the abstract is shown as reported and marked unverified.
    await expect(page.getByText(/11% \(VoorZorg\) vs 19%/).first()).toBeVisible();
  });

  test("officer narrows to families with risk factors, 0-2 years, maltreatment, recognised as effective and compares two interventions", async ({
    page,
  }) => {
    await page.goto("/interventions");
    await page.getByRole("checkbox", { name: /^Gezinnen met risicofactoren voor kindermishandeling/ }).check();
    await expect(page).toHaveURL(/adviceGroup=risk-factors/);
    await page.getByRole("spinbutton", { name: "van" }).fill("0");
    await page.getByRole("spinbutton", { name: "t/m" }).fill("2");
    await page.getByRole("spinbutton", { name: "t/m" }).press("Enter");
    await expect(page).toHaveURL(/ageMin=0&ageMax=35/);
    await page.locator("summary", { hasText: "Uitkomst" }).click();
    await page.getByRole("checkbox", { name: /^Kindermishandeling/ }).check();
    await expect(page).toHaveURL(/outcome=maltreatment/);
    await page.getByRole("radio", { name: /^Erkend als effectief \(ook/ }).check();
    await expect(page).toHaveURL(/recognised=true/);
    const narrowed = (await (
      await page.request.get("/api/v1/interventions?" + new URL(page.url()).searchParams.toString())
    ).json()) as { total: number; items: { slug: string }[] };
    expect(narrowed.items.map((i) => i.slug)).toContain("voorzorg");
    await expect(
      page.getByRole("heading", { name: narrowed.total === 1 ? "1 interventie" : `${narrowed.total} interventies` }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "VoorZorg", exact: true })).toBeVisible();

    // Back restores the previous filters; widening to all outcomes gives more recognised interventions.
    await page.goBack();
    await expect(page).not.toHaveURL(/recognised=true/);
    await expect(page.getByRole("radio", { name: /^Erkend als effectief \(ook/ })).not.toBeChecked();
    await page.getByRole("radio", { name: /^Erkend als effectief \(ook/ }).check();
    await expect(page).toHaveURL(/recognised=true/);
    await page.getByRole("checkbox", { name: /^Kindermishandeling/ }).uncheck();
    await expect(page).not.toHaveURL(/outcome=maltreatment/);
    const url = page.url();
    const widened = (await (
      await page.request.get("/api/v1/interventions?" + new URL(url).searchParams.toString())
    ).json()) as {
      total: number;
      items: { slug: string }[];
    };
    expect(widened.total).toBeGreaterThan(narrowed.total);
    expect(widened.items.map((i) => i.slug)).toEqual(expect.arrayContaining(["voorzorg", "stevig-ouderschap"]));
    await expect(page.getByRole("heading", { name: `${widened.total} interventies` })).toBeVisible();
    expect(url).toContain("adviceGroup=risk-factors");
    expect(url).toContain("ageMax=35");

    await page.getByRole("checkbox", { name: "Vergelijk VoorZorg" }).check();
    await page.getByRole("checkbox", { name: "Vergelijk Stevig Ouderschap" }).check();
    await page.getByRole("link", { name: "Vergelijk geselecteerde" }).click();
    await expect(page).toHaveURL(/\/compare\?slug=voorzorg&slug=stevig-ouderschap/);
    await expect(page.getByRole("columnheader", { name: "VoorZorg" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Stevig Ouderschap" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Leeftijd van het bewijs" })).toBeVisible();

    // A shared link reproduces the same list.
    await page.goto(url);
    await expect(page.getByRole("heading", { name: `${widened.total} interventies` })).toBeVisible();
  });

  test("officer searches for huisbezoek and each card says where the word was found", async ({ page }) => {
    await page.goto("/interventions?q=huisbezoek");
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Home-Start", exact: true }) });
    await expect(card).toBeVisible();
    await expect(card.getByTestId("matched-on")).toContainText(/Gevonden in: .*vorm/);
  });

  test("choosing 'Alle ouders' as the target group warns that universal offers lack evidence", async ({ page }) => {
    await page.goto("/interventions?adviceGroup=universal");
    await expect(page.getByRole("note")).toContainText("onvoldoende bewijs");
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
