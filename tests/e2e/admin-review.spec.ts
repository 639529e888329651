import { expect, test, type Browser, type Page } from "@playwright/test";
import { captureAction, replayActionAs } from "./fixtures/actions";
import { DEMO_PASSWORD, loginAs, signIn } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** tests/e2e/fixtures/prepare-review.ts makes these: a synthetic intervention each, with one submitted entry. */
const ACCEPT = { slug: "demo-review-accept", name: "Demo-interventie om te accepteren" };
const SECOND = { slug: "demo-review-second", name: "Demo-interventie voor tweede beoordeling" };
const REFUSED = { slug: "demo-review-refused", name: "Demo-interventie met geweigerde actie" };
const PROPOSAL = { name: "Demo-voorstel Samen Verder", slug: "demo-voorstel-samen-verder" };
const SECOND_REVIEWER = "reviewer2@effectwijzer.test";

/** "g = 0,31 [0,10; 0,52]" as the headline effect texts print it. */
const EFFECT = /g = -?\d+,\d+ \[-?\d+,\d+; -?\d+,\d+\]/;

async function openFromQueue(page: Page, name: string) {
  await page.goto("/admin/review");
  await expect(page.getByRole("heading", { level: 1, name: "Te beoordelen" })).toBeVisible();
  await page.getByRole("link", { name: `Beoordelen: ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function effectText(page: Page, testId: "impact-before" | "impact-after") {
  const text = await page.getByTestId("impact-parental-sensitivity").getByTestId(testId).innerText();
  return EFFECT.exec(text)?.[0] ?? `no effect in ${JSON.stringify(text)}`;
}

/** The headline effects on the public detail page. */
const publicEffects = (page: Page) => page.getByRole("region", { name: "Effect per uitkomst" });

/** Switches second review on or off through the settings page, as the demo admin, in a context of its own. */
async function setSecondReview(browser: Browser, on: boolean) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, "admin", "/admin/settings");
    const box = page.getByRole("checkbox", { name: "Tweede beoordeling verplicht" });
    await box.setChecked(on);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("De instelling is opgeslagen.");
    await expect(page.getByTestId("second-review-state")).toContainText(on ? "Staat aan" : "Staat uit");
  } finally {
    await context.close();
  }
}

test.describe("editors' review", () => {
  test("the queue, a review page, a proposal's review page and the settings have no WCAG violations", async ({
    page,
  }) => {
    await loginAs(page, "admin", "/admin/review");
    await expectNoAxeViolations(page);
    await openFromQueue(page, ACCEPT.name);
    await expect(page.getByRole("img", { name: /Forest plot met 3 studies/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await openFromQueue(page, PROPOSAL.name);
    await expect(page.getByRole("heading", { name: "Accepteren met de gegevens voor de databank" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/admin/settings");
    await expectNoAxeViolations(page);
  });

  test("an admin accepts a submission and the pooled effect on the public detail page changes", async ({ page }) => {
    await page.goto(`/interventions/${ACCEPT.slug}`);
    await expect(publicEffects(page)).toContainText("Gepoold uit 2 studies");
    const publicBefore = EFFECT.exec(await publicEffects(page).innerText())?.[0];

    await loginAs(page, "admin", "/admin/review");
    await openFromQueue(page, ACCEPT.name);
    // The entry beside the current evidence, and what accepting does to the pool.
    await expect(page.getByRole("heading", { name: `Huidig bewijs voor ${ACCEPT.name}` })).toBeVisible();
    const before = await effectText(page, "impact-before");
    const after = await effectText(page, "impact-after");
    expect(before).toBe(publicBefore);
    expect(after).not.toBe(before);
    await expect(page.getByRole("img", { name: /Forest plot met 3 studies/ })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /deze inzending/ })).toBeVisible();

    // Rejecting needs a reason: the error sits beside the field, nothing is decided.
    await page.getByRole("button", { name: "Afwijzen" }).click();
    await expect(page.getByLabel(/^Reden \(verplicht/)).toHaveAccessibleDescription(
      "Geef de reden; de inzender leest die",
    );

    await page.getByLabel("Toelichting (optioneel)").fill("Degelijke synthetische proef.");
    await page.getByRole("button", { name: "Accepteren" }).click();
    await expect(page.getByRole("status")).toHaveText(/De inzending is geaccepteerd/);
    await expect(page.getByTestId("entry-status")).toHaveText(/Geaccepteerd/);
    await expect(page.getByRole("button", { name: "Accepteren" })).toHaveCount(0);

    await page.goto(`/interventions/${ACCEPT.slug}`);
    await expect(publicEffects(page)).toContainText("Gepoold uit 3 studies");
    await expect(publicEffects(page)).toContainText(after);
    await expect(publicEffects(page)).not.toContainText(before);

    // The researcher reads the decision in the entry's history.
    await page.context().clearCookies();
    await loginAs(page, "researcher", "/researcher");
    const entry = page.getByRole("listitem").filter({ hasText: ACCEPT.name });
    await entry.getByRole("link", { name: /^Bekijken/ }).click();
    const history = page.getByRole("region", { name: "Verloop" });
    await expect(history).toContainText("Ingediend");
    await expect(history).toContainText("Geaccepteerd");
    await expect(history).toContainText("Degelijke synthetische proef.");
  });

  test("a proposed intervention is accepted with its catalogue record and appears in the catalogue", async ({
    page,
  }) => {
    await loginAs(page, "admin", "/admin/review");
    await openFromQueue(page, PROPOSAL.name);
    const form = page.getByRole("form", { name: "Accepteren met de gegevens voor de databank" });
    // Prefilled from the proposal; the slug follows the name.
    await expect(form.getByLabel("Naam (Nederlands)")).toHaveValue(PROPOSAL.name);
    await expect(form.getByLabel(/^Slug/)).toHaveValue(PROPOSAL.slug);
    await expect(form.getByLabel(/^Leeftijd kind tot en met/)).toHaveValue("11");

    // Every missing field is named beside it; the first gets the focus; nothing is decided.
    await form.getByRole("button", { name: "Accepteren en in de databank opnemen" }).click();
    await expect(form.getByRole("alert")).toHaveText("Het formulier bevat fouten. Verbeter de gemarkeerde velden.");
    await expect(form.getByLabel("Samenvatting (Nederlands)")).toHaveAccessibleDescription("Vul dit veld in");
    await expect(form.getByLabel("Samenvatting (Nederlands)")).toBeFocused();
    await expect(form.getByLabel("Preventieniveau")).toHaveAccessibleDescription("Kies een preventieniveau");
    await expect(form.getByRole("group", { name: "Doelgroepen van de Gezondheidsraad" })).toHaveAccessibleDescription(
      "Kies minstens één doelgroep van de Gezondheidsraad",
    );
    await form.getByLabel(/^Slug/).fill("Samen Verder!");
    await form.getByRole("button", { name: "Accepteren en in de databank opnemen" }).click();
    await expect(form.getByLabel(/^Slug/)).toHaveAccessibleDescription(/Alleen kleine letters, cijfers en streepjes/);

    await form.getByLabel(/^Slug/).fill(PROPOSAL.slug);
    await form.getByLabel("Naam (Engels)").fill("Together Onwards (demo proposal)");
    await form.getByLabel("Samenvatting (Nederlands)").fill("Synthetisch voorstel voor de browsertests.");
    await form.getByLabel("Samenvatting (Engels)").fill("Synthetic proposal for the browser tests.");
    await form.getByLabel("Preventieniveau").selectOption("selective");
    await form.getByLabel("Beschrijving van de doelgroep (Engels)").fill("Parents of a baby who ask for support");
    await form.getByLabel("Ouders die zelf om steun vragen").check();
    await form.getByRole("button", { name: "Accepteren en in de databank opnemen" }).click();
    await expect(page.getByRole("status")).toHaveText(/De inzending is geaccepteerd/);
    await expect(page.getByTestId("entry-status")).toHaveText(/Geaccepteerd/);

    await page.goto(`/interventions/${PROPOSAL.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: PROPOSAL.name })).toBeVisible();
    await expect(publicEffects(page)).toContainText("Eén studie");
    // What came from the submitter's proposal is marked as not verified.
    await expect(page.getByText("Niet geverifieerd").first()).toBeVisible();
    await page.goto("/interventions?q=Samen%20Verder");
    await expect(page.getByRole("link", { name: PROPOSAL.name, exact: true })).toBeVisible();
  });

  test.describe("with second review on", () => {
    test.afterEach(async ({ browser }) => {
      // Also after a failure: the other stories expect one decision to decide.
      await setSecondReview(browser, false);
    });

    test("one acceptance is not enough; a second admin decides without seeing the first", async ({ page, browser }) => {
      await setSecondReview(browser, true);
      await page.goto(`/interventions/${SECOND.slug}`);
      const publicBefore = EFFECT.exec(await publicEffects(page).innerText())?.[0];
      expect(publicBefore).toBeDefined();

      await loginAs(page, "admin", "/admin/review");
      await expect(page.getByTestId("second-review-on")).toBeVisible();
      await openFromQueue(page, SECOND.name);
      await page.getByRole("button", { name: "Accepteren" }).click();
      await expect(page.getByRole("status")).toHaveText(/Uw beslissing is vastgelegd/);
      await expect(page.getByTestId("entry-status")).toHaveText(/Ingediend/);
      await expect(page.getByRole("button", { name: "Accepteren" })).toHaveCount(0);
      await expect(page.getByTestId("decisions")).toContainText("Demo beheerder");

      // Not in the catalogue yet; the queue says one of two.
      await page.goto(`/interventions/${SECOND.slug}`);
      await expect(publicEffects(page)).toContainText("Gepoold uit 2 studies");
      await expect(publicEffects(page)).toContainText(publicBefore!);
      await page.goto("/admin/review");
      const item = page.getByRole("listitem").filter({ hasText: SECOND.name });
      await expect(item.getByTestId("round")).toHaveText("1 van 2 beslissingen · U heeft beslist");

      // The second admin does not see the first decision until they have decided.
      await page.context().clearCookies();
      await signIn(page, SECOND_REVIEWER, DEMO_PASSWORD, "/admin/review");
      await openFromQueue(page, SECOND.name);
      await expect(page.getByTestId("decisions-hidden")).toContainText("Er is al 1 beslissing genomen.");
      await expect(page.getByTestId("decisions")).toHaveCount(0);
      await expect(page.getByRole("main")).not.toContainText("Demo beheerder");
      await page.getByRole("button", { name: "Accepteren" }).click();
      await expect(page.getByRole("status")).toHaveText(/De inzending is geaccepteerd/);
      await expect(page.getByTestId("decisions").getByRole("listitem")).toHaveCount(2);

      await page.goto(`/interventions/${SECOND.slug}`);
      await expect(publicEffects(page)).toContainText("Gepoold uit 3 studies");
    });
  });

  test("a researcher's direct call to an admin action is refused", async ({ page, context }) => {
    // The admin's own accept button gives a genuine server-action request; it is held back, not sent.
    await loginAs(page, "admin", "/admin/review");
    await openFromQueue(page, REFUSED.name);
    const reviewUrl = page.url();
    const action = await captureAction(page, "**/admin/review/*", () =>
      page.getByRole("button", { name: "Accepteren" }).click(),
    );

    // Now as the researcher (who submitted this very entry), with the researcher's session cookie only.
    const replay = await replayActionAs(page, context, "researcher", action);
    expect(replay.headers()["x-action-redirect"]).toBeUndefined();
    expect(await replay.text()).toContain("Alleen de redactie mag over inzendingen beslissen.");

    // The pages are closed to the researcher, and the entry is still waiting.
    expect((await page.goto(reviewUrl))?.status()).toBe(403);
    expect((await page.goto("/admin/review"))?.status()).toBe(403);
    expect((await page.goto("/admin/settings"))?.status()).toBe(403);
    await page.goto("/researcher");
    await expect(page.getByRole("listitem").filter({ hasText: REFUSED.name })).toContainText("Ingediend");
    await page.goto(`/interventions/${REFUSED.slug}`);
    await expect(publicEffects(page)).toContainText("Gepoold uit 2 studies");
  });
});
