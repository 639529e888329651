import { expect, test, type Page } from "@playwright/test";
import { calculateCosts } from "../../lib/decision/costs";
import { expectNoAxeViolations } from "./fixtures/axe";

/** The ranked names, in order. */
const rankedNames = (page: Page) =>
  page.getByTestId("decision-result").getByRole("heading", { level: 3 }).getByRole("link").allTextContents();

const SITUATION = "adviceGroup=asks-for-support&ageMin=36&ageMax=47&outcome=child-behaviour-problems";

test.describe("decision aid", () => {
  test("an officer states the situation and gets interventions ranked, each with why and what is unknown", async ({
    page,
  }) => {
    await page.goto("/keuzehulp");
    await page.getByRole("checkbox", { name: "Ouders die zelf om steun vragen" }).check();
    await page.getByLabel("Leeftijd van het kind").selectOption({ label: "3 jaar" });
    await page.getByLabel("Welke uitkomst weegt het zwaarst?").selectOption({ label: "Gedragsproblemen van het kind" });
    await page.getByRole("button", { name: "Toon de interventies" }).click();

    // The situation is the catalogue's own parameters; the age went from years to months.
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === "/keuzehulp" &&
        url.searchParams.getAll("adviceGroup").join() === "asks-for-support" &&
        url.searchParams.get("ageMin") === "36" &&
        url.searchParams.get("ageMax") === "47" &&
        url.searchParams.get("outcome") === "child-behaviour-problems",
    );
    await expect(page.getByRole("heading", { name: /interventies passen bij deze situatie/ })).toBeVisible();

    const names = await rankedNames(page);
    // Recognised at the strongest level with a certain pooled effect first; then by level: goede before eerste.
    expect(names[0]).toBe("Incredible Years Preschool BASIC (oudercursus)");
    const pcit = names.indexOf("Parent-Child Interaction Therapy (PCIT)");
    const tripleP = names.findIndex((n) => n.startsWith("Triple P"));
    expect(pcit).toBeGreaterThan(0);
    expect(tripleP).toBeGreaterThan(pcit);

    const first = page.getByTestId("decision-result").first();
    await expect(first.getByTestId("why")).toHaveText(
      /^Waarom op deze plaats: Erkend als effectief volgens sterke aanwijzingen; groot effect op gedragsproblemen van het kind: g = 0,81 \[0,56; 1,07\], hoge zekerheid\.$/,
    );
    // Every result says why; the caveat on local fit is always there.
    await expect(page.getByTestId("why")).toHaveCount(names.length);
    await expect(page.getByTestId("caveat-local")).toContainText("lokale behoeften");
    await expectNoAxeViolations(page);
  });

  test("a shared link reproduces the same situation and order", async ({ page, browser }) => {
    await page.goto(`/keuzehulp?${SITUATION}`);
    const shared = await page.getByLabel("Link naar deze situatie").inputValue();
    expect(new URL(shared).search).toBe(`?${SITUATION}`);
    const names = await rankedNames(page);
    expect(names.length).toBeGreaterThanOrEqual(3);

    const other = await browser.newContext();
    try {
      const visitor = await other.newPage();
      await visitor.goto(new URL(shared).pathname + new URL(shared).search);
      expect(await rankedNames(visitor)).toEqual(names);
      // The form shows the same situation.
      await expect(visitor.getByRole("checkbox", { name: "Ouders die zelf om steun vragen" })).toBeChecked();
      await expect(visitor.getByLabel("Leeftijd van het kind")).toHaveValue("36_47");
      await expect(visitor.getByLabel("Welke uitkomst weegt het zwaarst?")).toHaveValue("child-behaviour-problems");
    } finally {
      await other.close();
    }
  });

  test("the caveats appear where they apply", async ({ page }) => {
    await page.goto("/keuzehulp?adviceGroup=universal&outcome=parental-sensitivity");
    await expect(page.getByTestId("caveat-universal")).toContainText("Voor een aanbod aan alle ouders");
    await page.goto("/keuzehulp?outcome=parental-sensitivity");
    await expect(page.getByTestId("caveat-universal")).toHaveCount(0);
    // Headline effects below 0.5 on this outcome: the effects are modest, and counted.
    await expect(page.getByTestId("caveat-modest")).toHaveText(
      /^De effecten zijn bescheiden: \d+ van de \d+ interventies/,
    );
    // A result that is not recognised says that this does not mean it does not work.
    const vipp = page
      .getByTestId("decision-result")
      .filter({ has: page.getByRole("link", { name: "VIPP (babyversie)" }) });
    await expect(vipp.getByTestId("caveat-not-recognised")).toContainText(
      "betekent niet dat de interventie niet werkt",
    );
    const recognised = page
      .getByTestId("decision-result")
      .filter({ has: page.getByRole("link", { name: "VIPP-SD", exact: true }) });
    await expect(recognised.getByTestId("caveat-not-recognised")).toHaveCount(0);
  });

  test("the cost calculator gives the budget and, from the headline effect, the cost per additional family helped", async ({
    page,
    request,
  }) => {
    const record = await (await request.get("/api/v1/interventions/incredible-years-preschool")).json();
    const effect = record.pooledEffects.find((p: { outcome: string }) => p.outcome === "child-behaviour-problems");
    const expected = calculateCosts({ families: 40, costPerFamily: 1000, effect });
    const euros = (v: number) =>
      new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(v);
    const one = (v: number) =>
      new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

    await page.goto(`/keuzehulp?${SITUATION}`);
    const first = page.getByTestId("decision-result").first();
    await first.getByText("Kosten en bereik berekenen").click();
    const calculator = first.getByTestId("cost-calculator");
    // No cost from a source: nothing is filled in, and the form says so.
    await expect(calculator).toContainText("Effectwijzer heeft geen kosten uit een bron voor deze interventie");
    await calculator.getByLabel("Aantal gezinnen dat u wilt bereiken").fill("40");
    await calculator.getByLabel("Kosten per gezin (EUR)").fill("1000");
    const result = calculator.getByTestId("cost-result");
    await expect(result).toContainText(`Budget: 40 gezinnen × ${euros(1000)} = ${euros(40_000)}`);
    await expect(result).toContainText(
      `(NNT): ≈ ${one(expected.nnt!.estimate)} (95%-BI ${one(expected.nnt!.lower!)}–${one(expected.nnt!.upper!)})`,
    );
    await expect(result).toContainText(
      `Kosten per extra geholpen gezin: ≈ ${euros(expected.costPerFamilyHelped!.estimate)} (95%-BI ${euros(expected.costPerFamilyHelped!.lower!)}–${euros(expected.costPerFamilyHelped!.upper!)})`,
    );
    await expect(calculator).toContainText("Dit is een benadering. Formules: budget = gezinnen × kosten per gezin");
    await calculator.getByLabel("Aantal gezinnen dat u wilt bereiken").fill("veertig");
    await expect(result).toHaveText("Vul bij beide een getal groter dan 0 in.");
  });

  test("a link with a wrong situation names each parameter and offers the rest", async ({ page }) => {
    await page.goto("/keuzehulp?outcome=geluk&ageMin=abc&kleur=rood&adviceGroup=risk-factors");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Uitkomst: ‘geluk’ kan niet. Kies precies één uitkomst uit de lijst.");
    await expect(alert).toContainText("Leeftijd kind: ‘abc’ is geen geldige ondergrens.");
    await expect(alert).toContainText("‘kleur’ hoort niet bij de keuzehulp.");
    await expect(page.getByTestId("decision-result")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await alert.getByRole("link", { name: "Toon de keuzehulp zonder deze gegevens" }).click();
    await expect(page).toHaveURL(/\/keuzehulp\?adviceGroup=risk-factors$/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Uitkomst: kies de uitkomst die voor u het zwaarst weegt.",
    );
  });

  test("the empty decision aid has no accessibility violations", async ({ page }) => {
    await page.goto("/keuzehulp");
    await expect(page.getByRole("heading", { level: 1, name: "Keuzehulp" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
