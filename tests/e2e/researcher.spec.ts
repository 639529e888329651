import { expect, test, type Page } from "@playwright/test";
import { captureAction, replayActionAs } from "./fixtures/actions";
import { loginAs } from "./fixtures/auth";

/** A citation and DOI no earlier run has used (the data layer refuses a DOI twice). */
function uniqueStudy() {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return {
    citation: `Jansen, A. (2021). Proef ${stamp}. Tijdschrift voor Jeugd, 12, 1-10.`,
    doi: `10.5555/e2e.${stamp}`,
  };
}

/** Steps 1 and 2 of the form: VoorZorg from the catalogue, an RCT judged low risk in every RoB 2 domain. */
async function fillInterventionAndStudy(page: Page, study: { citation: string; doi: string }) {
  await page.getByLabel("Zoek een interventie").fill("voorzorg");
  await page.getByLabel("Interventie", { exact: true }).selectOption("voorzorg");
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page.getByRole("heading", { level: 2, name: /^Studie/ })).toBeVisible();
  await page.getByLabel(/^Bronvermelding/).fill(study.citation);
  await page.getByLabel(/^DOI/).fill(study.doi);
  await page.getByLabel("Jaar van publicatie").fill("2021");
  await page.getByLabel("Land", { exact: true }).fill("Nederland");
  await page.getByLabel(/^Steekproefgrootte/).fill("100");
  await page.getByLabel("Onderzoeksopzet").selectOption("rct");
  const riskOfBias = page.getByRole("group", { name: /Risico op vertekening/ });
  await expect(riskOfBias).toContainText("Beoordeeld met RoB 2");
  // RoB 2's five domains and the overall judgement.
  await expect(riskOfBias.getByRole("combobox")).toHaveCount(6);
  await riskOfBias.getByLabel("Randomisatieproces").selectOption("low");
  await riskOfBias.getByLabel("Afwijkingen van de bedoelde interventie").selectOption("low");
  await riskOfBias.getByLabel("Ontbrekende uitkomstgegevens").selectOption("some-concerns");
  await riskOfBias.getByLabel("Meting van de uitkomst").selectOption("low");
  await riskOfBias.getByLabel("Selectie van het gerapporteerde resultaat").selectOption("low");
  await riskOfBias.getByLabel("Totaaloordeel").selectOption("some-concerns");
  await page.getByRole("button", { name: "Volgende" }).click();
}

/** Step 3: means and SDs on parental sensitivity, a t statistic on positive parenting six months later. */
async function fillTwoOutcomes(page: Page) {
  const first = page.getByRole("group", { name: "Uitkomst 1" });
  await first.getByLabel("Uitkomstdomein").selectOption("parental-sensitivity");
  await first.getByLabel(/^Meetinstrument/).fill("EAS sensitiviteit");
  await first.getByLabel(/^Meetmoment/).fill("0");
  await first.getByLabel("Gemiddelde interventiegroep").fill("10");
  await first.getByLabel("SD interventiegroep").fill("2");
  await first.getByLabel("Aantal interventiegroep").fill("50");
  await first.getByLabel("Gemiddelde controlegroep").fill("9");
  await first.getByLabel("SD controlegroep").fill("2");
  await first.getByLabel("Aantal controlegroep").fill("50");
  // Hedges' g from means and SDs, computed in the browser while typing.
  await expect(first.getByTestId("effect-preview")).toHaveText("g = 0,50 (95%-BI 0,10 tot 0,89)");

  await page.getByRole("button", { name: "Uitkomst toevoegen" }).click();
  const second = page.getByRole("group", { name: "Uitkomst 2" });
  await second.getByLabel("Uitkomstdomein").selectOption("positive-parenting");
  await second.getByLabel(/^Meetmoment/).fill("6");
  await second.getByLabel(/^Voor wie/).fill("Moeders jonger dan 20");
  await second.getByRole("combobox", { name: "Gerapporteerde statistieken" }).selectOption("t");
  await expect(second.getByLabel("Gemiddelde interventiegroep")).toHaveCount(0);
  await second.getByLabel("t-waarde").fill("2,5");
  await second.getByLabel("Aantal interventiegroep").fill("40");
  await second.getByLabel("Aantal controlegroep").fill("40");
  await expect(second.getByTestId("effect-preview")).toHaveText("g = 0,55 (95%-BI 0,11 tot 1,00)");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Controleren en opslaan/ })).toBeVisible();
}

test.describe("researcher area", () => {
  test("researcher submits an evidence entry with two outcomes", async ({ page }) => {
    await loginAs(page, "researcher");
    await page.goto("/researcher");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn inzendingen" })).toBeVisible();
    await page.getByRole("link", { name: "Nieuwe inzending" }).click();
    await expect(page).toHaveURL(/\/researcher\/new$/);

    const study = uniqueStudy();
    await fillInterventionAndStudy(page, study);
    await fillTwoOutcomes(page);
    await expect(page.getByText("g = 0,50 (95%-BI 0,10 tot 0,89)")).toBeVisible();

    await page.getByRole("button", { name: "Indienen", exact: true }).click();
    await expect(page).toHaveURL(/\/researcher$/);
    const entry = page.getByRole("listitem").filter({ hasText: study.citation });
    await expect(entry).toContainText("Ingediend");
    await expect(entry).toContainText("2 uitkomsten");

    // The read-only view shows the effects the server computed from the same statistics.
    await entry.getByRole("link", { name: /^Bekijken/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "VoorZorg" })).toBeVisible();
    await expect(page.getByText("g = 0,50 [0,10; 0,89]")).toBeVisible();
    await expect(page.getByText("g = 0,55 [0,11; 1,00]")).toBeVisible();
    await expect(page.getByText("Moeders jonger dan 20")).toBeVisible();
  });

  test("researcher saves a draft, edits it, submits it from the list and withdraws it", async ({ page }) => {
    await loginAs(page, "researcher");
    await page.goto("/researcher/new");
    const study = uniqueStudy();
    await fillInterventionAndStudy(page, study);
    await fillTwoOutcomes(page);
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page).toHaveURL(/\/researcher$/);
    const entry = page.getByRole("listitem").filter({ hasText: study.citation });
    await expect(entry).toContainText("Concept");

    // The edit form comes back filled in; a changed outcome is saved.
    await entry.getByRole("link", { name: /^Bewerken/ }).click();
    await expect(page.getByLabel("Interventie", { exact: true })).toHaveValue("voorzorg");
    await page.getByRole("button", { name: "2. Studie" }).click();
    await expect(page.getByLabel(/^DOI/)).toHaveValue(study.doi);
    await expect(page.getByLabel("Ontbrekende uitkomstgegevens")).toHaveValue("some-concerns");
    await page.getByRole("button", { name: "3. Uitkomsten" }).click();
    const second = page.getByRole("group", { name: "Uitkomst 2" });
    await expect(second.getByLabel("t-waarde")).toHaveValue("2.5");
    await second.getByLabel("t-waarde").fill("3");
    await expect(second.getByTestId("effect-preview")).toContainText("g = 0,66");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page).toHaveURL(/\/researcher$/);

    await entry.getByRole("button", { name: /^Indienen/ }).click();
    await expect(entry).toContainText("Ingediend");
    await expect(entry.getByRole("link", { name: /^Bewerken/ })).toHaveCount(0);

    page.once("dialog", (dialog) => dialog.accept());
    await entry.getByRole("button", { name: /^Terugtrekken/ }).click();
    await expect(entry).toContainText("Teruggetrokken");
    await expect(entry.getByRole("button")).toHaveCount(0);
  });

  test("bad input shows a Dutch error beside the field", async ({ page }) => {
    await loginAs(page, "researcher");
    await page.goto("/researcher/new");
    // Nothing chosen yet: the first step says so beside its field.
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByLabel("Interventie", { exact: true })).toHaveAccessibleDescription(
      "Kies een interventie of stel een nieuwe voor",
    );
    await page.getByLabel("Interventie", { exact: true }).selectOption("voorzorg");
    await page.getByRole("button", { name: "Volgende" }).click();

    await page.getByLabel(/^DOI/).fill("abc");
    await page.getByLabel("Jaar van publicatie").fill("twintig");
    await page.getByRole("button", { name: "Volgende" }).click();
    const doi = page.getByLabel(/^DOI/);
    await expect(doi).toHaveAttribute("aria-invalid", "true");
    await expect(doi).toHaveAccessibleDescription(/Een DOI heeft de vorm 10\.1234\/abcd/);
    // The first problem of the step gets the focus.
    await expect(page.getByLabel(/^Bronvermelding/)).toBeFocused();
    await expect(page.getByLabel("Jaar van publicatie")).toHaveAccessibleDescription(/Vul een getal in/);
    await expect(page.getByLabel(/^Bronvermelding/)).toHaveAccessibleDescription("Vul dit veld in");
    await expect(page.getByText(/Het formulier bevat fouten/)).toBeVisible();

    // Saving from another step moves back to the step with the first error.
    await page.getByRole("button", { name: "Vorige" }).click();
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Studie/ })).toBeVisible();
    await expect(page.getByLabel(/^Bronvermelding/)).toBeFocused();
  });

  test("a researcher who chose English gets the form and its errors in English", async ({ page, context, baseURL }) => {
    await loginAs(page, "researcher");
    await context.addCookies([{ name: "effectwijzer-locale", value: "en", url: baseURL! }]);
    await page.goto("/researcher/new");
    await expect(page.getByRole("heading", { level: 1, name: "New submission" })).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByLabel("Intervention", { exact: true })).toHaveAccessibleDescription(
      "Choose an intervention or propose a new one",
    );
    await page.getByLabel("Intervention", { exact: true }).selectOption("voorzorg");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel(/^DOI/).fill("abc");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByLabel(/^DOI/)).toHaveAccessibleDescription(/A DOI has the form 10\.1234\/abcd/);
    await expect(page.getByLabel(/^Reference/)).toHaveAccessibleDescription("Fill in this field");
  });

  test("an officer cannot open the researcher area", async ({ page }) => {
    await loginAs(page, "officer");
    for (const path of ["/researcher", "/researcher/new", "/researcher/tokens"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
      await expect(page.getByText(/Alleen onderzoekers kunnen inzendingen doen/)).toBeVisible();
      await expect(page.getByLabel("Zoek een interventie")).toHaveCount(0);
    }
  });

  test("a visitor who is not signed in is sent to sign in", async ({ page }) => {
    await page.goto("/researcher/new");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fresearcher%2Fnew/);
  });

  test("a direct POST to the submission action or API is refused for an officer", async ({ page, context }) => {
    // The researcher's own form gives a genuine server-action request; it is held back, not sent.
    await loginAs(page, "researcher");
    await page.goto("/researcher/new");
    await fillInterventionAndStudy(page, uniqueStudy());
    await fillTwoOutcomes(page);
    const action = await captureAction(page, "**/researcher/new", () =>
      page.getByRole("button", { name: "Indienen", exact: true }).click(),
    );
    expect(action.body).toContain("voorzorg");

    // Now as the officer, with the officer's session cookie only.
    const replay = await replayActionAs(page, context, "officer", action);
    const answer = await replay.text();
    expect(replay.headers()["x-action-redirect"]).toBeUndefined();
    expect(answer).toContain("Alleen onderzoekers kunnen inzendingen opslaan of indienen.");

    // The public API refuses the same entry for the officer's session.
    const entry = JSON.parse(action.body) as unknown[];
    const api = await page.request.post("/api/v1/submissions", { data: { ...(entry[0] as object), submit: true } });
    expect([401, 403]).toContain(api.status());
    const list = await page.request.get("/api/v1/submissions");
    expect([401, 403]).toContain(list.status());
  });
});
