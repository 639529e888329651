import { expect, test, type Page } from "@playwright/test";
import { captureAction, replayActionAs } from "./fixtures/actions";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** Synthetic interventions made by tests/e2e/fixtures/prepare-edit.ts; curated ones are never edited here. */
const SUMMARY_SLUG = "demo-edit-summary";
const CONFLICT_SLUG = "demo-edit-conflict";

const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const dutchSummary = (page: Page) => page.getByLabel("Samenvatting (Nederlands)", { exact: true });
const save = (page: Page) => page.getByRole("button", { name: "Wijzigingen opslaan" }).click();

test.describe("editing interventions", () => {
  test("an admin edits a demo intervention's Dutch summary and the public page shows it", async ({ page }) => {
    await loginAs(page, "admin", "/admin/interventions");
    await expect(page.getByRole("heading", { level: 1, name: "Interventies bewerken" })).toBeVisible();
    await page.getByLabel("Zoek op naam of code").fill(SUMMARY_SLUG);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("link", { name: "Demo-interventie om te bewerken" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/interventions/${SUMMARY_SLUG}$`));
    // The hub links to the other editors' pages for this intervention.
    await expect(page.getByRole("link", { name: "Niveau en erkenning" })).toHaveAttribute(
      "href",
      `/admin/interventions/${SUMMARY_SLUG}/rating`,
    );
    await expect(page.getByRole("link", { name: "Beoordelingen door andere databanken" })).toHaveAttribute(
      "href",
      `/admin/interventions/${SUMMARY_SLUG}/crosswalk`,
    );
    await page.getByRole("link", { name: "Bewerken", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Demo-interventie om te bewerken bewerken" }),
    ).toBeVisible();

    // A required field left empty is named beside the field, and nothing is sent.
    const dutchName = page.getByLabel("Naam (Nederlands)", { exact: true });
    await dutchName.fill("");
    await save(page);
    await expect(dutchName).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Vul dit veld in").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Naam (Nederlands)" })).toBeVisible();
    // The form, with an error shown, meets WCAG 2.1 AA.
    await expectNoAxeViolations(page);
    await dutchName.fill("Demo-interventie om te bewerken");

    const summary = `Nieuwe samenvatting uit de browsertest ${stamp()}.`;
    await dutchSummary(page).fill(summary);
    await save(page);
    await expect(page).toHaveURL(new RegExp(`/admin/interventions/${SUMMARY_SLUG}\\?saved=\\d+$`));
    await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen" })).toBeVisible();
    await expect(page.getByTestId("hub-summary")).toHaveText(summary);

    await page.getByRole("link", { name: "Openbare pagina" }).click();
    await expect(page).toHaveURL(new RegExp(`/interventions/${SUMMARY_SLUG}$`));
    await expect(page.getByText(summary)).toBeVisible();

    // The audit log has the change, with the old and new summary.
    await page.goto(`/admin/audit?entityType=Intervention&actor=${encodeURIComponent("admin@effectwijzer.test")}`);
    const row = page.getByTestId("audit-row").filter({ hasText: "intervention.update" }).first();
    await row.getByText(/gewijzigd veld/).click();
    await expect(row.getByText(summary)).toBeVisible();
  });

  test("a stale edit in a second tab gets the conflict message and can load the latest version", async ({
    page,
    context,
  }) => {
    await loginAs(page, "admin", `/admin/interventions/${CONFLICT_SLUG}/edit`);
    const second = await context.newPage();
    await second.goto(`/admin/interventions/${CONFLICT_SLUG}/edit`);
    await expect(dutchSummary(second)).toBeVisible();

    const first = `Samenvatting van het eerste tabblad ${stamp()}.`;
    await dutchSummary(page).fill(first);
    await save(page);
    await expect(page).toHaveURL(new RegExp(`/admin/interventions/${CONFLICT_SLUG}\\?saved=\\d+$`));

    // The second tab was loaded before that save: its edit is refused and says what changed.
    const staleName = `Verouderde naam ${stamp()}`;
    await second.getByLabel("Naam (Engels)", { exact: true }).fill(staleName);
    await save(second);
    const conflict = second
      .getByRole("alert")
      .filter({ hasText: "Iemand anders heeft deze interventie intussen gewijzigd" });
    await expect(conflict).toBeVisible();
    await expect(second.getByTestId("conflict-changes")).toContainText(`Samenvatting (Nederlands): nu “${first}”`);

    // Nothing was overwritten: the public page has the first tab's summary and not the stale name.
    const visitor = await context.newPage();
    await visitor.goto(`/interventions/${CONFLICT_SLUG}`);
    await expect(visitor.getByText(first)).toBeVisible();
    await expect(visitor.getByText(staleName)).toHaveCount(0);

    await second.getByRole("button", { name: "Nieuwste versie laden" }).click();
    await expect(dutchSummary(second)).toHaveValue(first);
    await expect(second.getByLabel("Naam (Engels)", { exact: true })).not.toHaveValue(staleName);
    await expect(conflict).toHaveCount(0);
  });

  test("a researcher's direct call to the edit action and the editors' pages is refused", async ({ page, context }) => {
    // The admin's own form gives a genuine server-action request; it is held back, not sent.
    await loginAs(page, "admin", `/admin/interventions/${SUMMARY_SLUG}/edit`);
    const attempted = `Samenvatting van een onderzoeker ${stamp()}.`;
    const action = await captureAction(page, `**/admin/interventions/${SUMMARY_SLUG}/edit`, async () => {
      await dutchSummary(page).fill(attempted);
      await save(page);
    });
    expect(action.body).toContain(attempted);

    const replay = await replayActionAs(page, context, "researcher", action);
    expect(replay.headers()["x-action-redirect"]).toBeUndefined();
    expect(await replay.text()).toContain("Uw rol mag interventies niet bewerken.");

    for (const path of [
      "/admin/interventions",
      `/admin/interventions/${SUMMARY_SLUG}`,
      `/admin/interventions/${SUMMARY_SLUG}/edit`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    }
    await page.goto(`/interventions/${SUMMARY_SLUG}`);
    await expect(page.getByText(attempted)).toHaveCount(0);
  });
});
