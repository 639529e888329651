/**
 * The detail and compare pages say exactly what the data says: the Dutch recognition as NJi words it, its
 * history, provenance of inferred values, the Health Council target groups, the headline effect with its
 * basis, and other clearinghouses' ratings in their own words beside the common scale. Written against the
 * curated seed (Incredible Years erkend 8 November 2019 at sterke aanwijzingen; Home-Start goed onderbouwd in
 * 2006, goede aanwijzingen in 2019; VIPP-SD an unverified recognition from NCJ; Theraplay no Dutch decision).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";

const recognition = (page: Page) => page.getByRole("region", { name: "Nederlandse erkenning" });
/** The "Erkend als effectief" badge (after its ✓), not the sentences that contain the same words. */
const effectiveBadge = /^\W*Erkend als effectief$/;
const history = (page: Page) =>
  page.getByRole("region", { name: "Geschiedenis van het oordeel" }).getByRole("listitem");

test.describe("Dutch recognition", () => {
  test("officer reads that Incredible Years is erkend als effectief volgens sterke aanwijzingen", async ({ page }) => {
    await page.goto("/interventions/incredible-years-preschool");
    const decision = recognition(page);
    await expect(decision).toContainText("Erkend als effectief volgens sterke aanwijzingen");
    await expect(decision).toContainText("besluit van 8 november 2019");
    await expect(decision).toContainText("Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie");
    await expect(decision.getByText(effectiveBadge)).toBeVisible();
    await expect(decision.getByRole("link", { name: "bron van het besluit" })).toHaveAttribute("href", /nji\.nl/);
    await expect(history(page).first()).toContainText(
      "Erkend als effectief volgens sterke aanwijzingen (8 november 2019, Deelcommissie Jeugdzorg",
    );
  });

  test("officer reads Home-Start's history as NJi words it, each decision with its source", async ({ page }) => {
    await page.goto("/interventions/home-start");
    const events = history(page);
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText("Erkend als goed onderbouwd (10 juni 2006, Panel JGZ en Preventie)");
    await expect(events.nth(1)).toContainText(
      "Erkend als effectief volgens goede aanwijzingen (8 april 2019, Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie)",
    );
    for (const event of await events.all()) {
      await expect(event.getByRole("link", { name: "Bron", exact: true })).toHaveAttribute("href", /nji\.nl/);
    }
    await expect(recognition(page)).toContainText("Erkend als effectief volgens goede aanwijzingen");
  });

  test("an intervention without a known Dutch decision says Geen Nederlandse beoordeling bekend", async ({ page }) => {
    await page.goto("/interventions/theraplay");
    await expect(recognition(page)).toContainText("Geen Nederlandse beoordeling bekend");
    await expect(recognition(page)).toContainText("Dat is geen oordeel over de interventie.");
    await expect(page.getByText(effectiveBadge)).toHaveCount(0);
    const main = page.getByRole("main");
    await expect(main).not.toContainText("Niet beoordeeld");
    await expect(main).not.toContainText("Niet erkend");

    // The same words on its card in the list, and in English on request.
    await page.goto("/interventions?q=Theraplay");
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Theraplay", exact: true }) });
    await expect(card).toContainText("Geen Nederlandse beoordeling bekend");
    await expect(card).not.toContainText("Niet erkend");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/interventions/theraplay");
    await expect(page.getByRole("region", { name: "Dutch recognition" })).toContainText("No Dutch assessment known");
    await expect(page.getByRole("main")).not.toContainText("Not rated");
  });

  test("an unverified recognition is marked niet geverifieerd with its source, on the page and the card", async ({
    page,
  }) => {
    await page.goto("/interventions/vipp-sd");
    const decision = recognition(page);
    await expect(decision).toContainText("Erkend als effectief volgens sterke aanwijzingen");
    await expect(decision.getByText("Niet geverifieerd", { exact: true })).toBeVisible();
    await expect(decision.getByRole("link", { name: "bron", exact: true })).toHaveAttribute("href", /ncj\.nl/);
    await expect(decision).toContainText("secundaire bron");

    await page.goto("/interventions?q=VIPP-SD");
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "VIPP-SD", exact: true }) });
    await expect(card.getByText("Niet geverifieerd", { exact: true })).toBeVisible();
    await expect(card.getByRole("link", { name: "bron", exact: true })).toHaveAttribute("href", /ncj\.nl/);
  });
});

test.describe("what the data says about a value", () => {
  test("an inferred prevention level is marked afgeleid with its reason", async ({ page }) => {
    await page.goto("/interventions/theraplay");
    const level = page.getByRole("definition").filter({ hasText: "Zorg (bestaande problemen)" });
    await expect(level).toContainText("Afgeleid");
    await expect(level).toContainText("de bron noemt geen preventieniveau");
    const advice = page.getByRole("definition").filter({ hasText: "Ouders die zelf om steun vragen" });
    await expect(advice).toContainText("Afgeleid");
    await expect(advice).toContainText("Aanname, niet uit een bron");

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/interventions/theraplay");
    const care = page.getByRole("definition").filter({ hasText: "Care (existing problems)" });
    await expect(care).toContainText("Inferred");
    await expect(care).toContainText("the source does not state a prevention level");
  });

  test("an unverified top-level value is marked niet geverifieerd next to it with its source", async ({ page }) => {
    await page.goto("/interventions/k-vht");
    const intensity = page
      .getByRole("region", { name: "Beschrijving" })
      .getByRole("definition")
      .filter({ hasText: "acht huisbezoeken" });
    await expect(intensity).toContainText("Niet geverifieerd");
    await expect(intensity.getByRole("link", { name: "bron", exact: true })).toBeVisible();
  });

  test("each target group names its Health Council target group in words", async ({ page }) => {
    await page.goto("/interventions/pcit");
    const groups = page.getByRole("region", { name: "Doelgroepen" });
    await expect(groups).toContainText("Gezinnen waar kindermishandeling plaatsvindt (herhaling voorkomen)");
    await expect(groups).toContainText("Ouders die zelf om steun vragen");
    await page.goto("/interventions/vipp-sd");
    await expect(page.getByRole("region", { name: "Doelgroepen" })).toContainText(
      "Gezinnen met risicofactoren voor kindermishandeling",
    );
  });
});

test.describe("headline effect", () => {
  test("a pool of primary studies says so and has a forest plot", async ({ page }) => {
    await page.goto("/interventions/incredible-years-preschool");
    const effects = page.getByRole("region", { name: "Effect per uitkomst" });
    await expect(effects).toContainText("Gepoold uit 3 studies (REML)");
    await expect(effects.getByRole("img", { name: /Forest plot met 3 studies/ })).toBeVisible();
  });

  test("a published meta-analysis is shown as reported with its own k, linked to its entry, without a forest plot", async ({
    page,
  }) => {
    await page.goto("/interventions/pcit");
    const effects = page.getByRole("region", { name: "Effect per uitkomst" });
    await expect(effects).toContainText("Uitkomst van een gepubliceerde meta-analyse (k = 25, zoals gerapporteerd)");
    await expect(effects).not.toContainText("k = 1");
    await expect(effects.getByRole("img", { name: /Forest plot/ })).toHaveCount(0);
    const source = effects.getByRole("link").first();
    const target = (await source.getAttribute("href"))!;
    expect(target).toMatch(/^#study-\d+$/);
    await source.click();
    await expect(page.locator(target)).toContainText("Meta-analyse");
  });

  test("a single study is shown as one study, without a forest plot", async ({ page }) => {
    await page.goto("/interventions/vipp-sd");
    const effects = page.getByRole("region", { name: "Effect per uitkomst" });
    await expect(effects).toContainText("Eén studie");
    await expect(effects.getByRole("img", { name: /Forest plot/ })).toHaveCount(0);
  });
});

test.describe("other clearinghouses", () => {
  test("a rating reads in the clearinghouse's own words with the common-scale level beside it", async ({ page }) => {
    await page.goto("/interventions/incredible-years-preschool");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Early Intervention/ }) });
    await expect(row.getByRole("cell").nth(0)).toContainText("Evidence 4");
    await expect(row.getByRole("cell").nth(1)).toHaveText("Sterk bewijs");
    await expect(row).toContainText("herzien juli 2016");
    await expect(row.getByRole("link", { name: "guidebook.eif.org.uk" })).toBeVisible();

    await page.goto("/interventions/vipp-sd");
    const homvee = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /HomVEE/ }) });
    await expect(homvee).toContainText("Meets HHS Criteria");
    await expect(homvee).toContainText("Goed bewijs");
  });

  test("a rating without a source link shows as unverified", async ({ page }) => {
    await page.goto("/interventions/child-parent-psychotherapy");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Prevention Services/ }) });
    await expect(row).toContainText("Promising");
    await expect(row).toContainText("geen bron vastgelegd");
    await expect(row.getByText("Niet geverifieerd", { exact: true })).toBeVisible();
  });
});

test.describe("compare", () => {
  test("officer compares the Dutch recognition, other clearinghouses and headline effects side by side", async ({
    page,
  }) => {
    await page.goto("/compare?slug=incredible-years-preschool&slug=theraplay&slug=vipp-sd");
    const row = (name: string | RegExp) =>
      page
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name }) })
        .getByRole("cell");
    const dutch = row("Nederlandse erkenning");
    await expect(dutch.nth(0)).toContainText("Erkend als effectief volgens sterke aanwijzingen");
    await expect(dutch.nth(0)).toContainText("besluit van 8 november 2019");
    await expect(dutch.nth(1)).toContainText("Geen Nederlandse beoordeling bekend");
    await expect(dutch.nth(2)).toContainText("Niet geverifieerd");

    const eif = row(/Early Intervention/);
    await expect(eif.nth(0)).toContainText("Evidence 4");
    await expect(eif.nth(0)).toContainText("Gemeenschappelijke schaal: Sterk bewijs");
    await expect(eif.nth(1)).toHaveText("Geen oordeel bekend");
    await expect(row(/HomVEE/).nth(2)).toContainText("Goed bewijs");

    const behaviour = row("Effect: Gedragsproblemen van het kind");
    await expect(behaviour.nth(0)).toContainText("Gepoold uit 3 studies");
    await expect(row("Effect: Sensitiviteit van de ouder").nth(2)).toContainText("Eén studie");
    await expect(page.getByRole("rowheader", { name: "Kosten per gezin" })).toBeVisible();
  });
});

test.describe("WCAG 2.1 AA (axe)", () => {
  for (const path of [
    "/interventions/vipp-sd",
    "/interventions/k-vht",
    "/interventions/child-parent-psychotherapy",
    "/compare?slug=incredible-years-preschool&slug=theraplay&slug=vipp-sd",
  ]) {
    test(`${path} with its recognition, provenance, ratings and effects has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
