import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** Synthetic interventions made for these stories (tests/e2e/fixtures/prepare-ratings.ts). */
const RECOGNITION = "demo-erkenning";
const CROSSWALK = "demo-crosswalk";

/** Words no earlier run has used, so the story finds its own decision or rating. */
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

const history = (page: Page) => page.getByRole("region", { name: "Geschiedenis van het oordeel" });

test.describe("editors' ratings", () => {
  test("an admin recognises an intervention as effective and the public history shows the decision", async ({
    page,
  }) => {
    await loginAs(page, "admin", `/admin/interventions/${RECOGNITION}/rating`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      /^Niveau en erkenning: Demo-interventie voor een erkenning/,
    );
    const form = page.locator("form#rating");
    const recognised = form.getByRole("checkbox", { name: "Erkend als effectief" });

    // The flag follows the level: impossible at Goed onderbouwd, ticked at an Effectief level.
    await form.getByLabel("Status van de erkenning").selectOption("erkend");
    await form.getByLabel("Nederlands niveau").selectOption("goed-onderbouwd");
    await expect(recognised).not.toBeChecked();
    await expect(recognised).toBeDisabled();
    await form.getByLabel("Nederlands niveau").selectOption("eerste-aanwijzingen");
    await expect(recognised).toBeChecked();

    await form.getByLabel("Datum van het besluit").fill("2025-06-10");
    await form.getByLabel("Commissie").fill("Erkenningscommissie Interventies (demo)");
    await form.getByLabel("Bron (webadres)").fill("https://example.org/demo-besluit");
    // Without a justification the form refuses, beside the field, and keeps what was typed.
    await form.getByRole("button", { name: "Besluit vastleggen" }).click();
    const justification = form.getByLabel("Onderbouwing");
    await expect(justification).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#rating-justification-error")).toHaveText("Vul dit veld in");
    await expect(form.getByLabel("Commissie")).toHaveValue("Erkenningscommissie Interventies (demo)");
    await expect(form.getByLabel("Nederlands niveau")).toHaveValue("eerste-aanwijzingen");

    const reason = `Demo-besluit ${stamp()}: synthetische erkenning voor de browsertest.`;
    await justification.fill(reason);
    await form.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(form.getByRole("status")).toHaveText(/^Vastgelegd/);

    await page.goto(`/interventions/${RECOGNITION}`);
    const decision = history(page).getByRole("listitem").filter({ hasText: reason });
    await expect(decision).toContainText(
      "Erkend als effectief volgens eerste aanwijzingen (10 juni 2025, Erkenningscommissie Interventies (demo))",
    );
    await expect(decision.getByRole("link", { name: "Bron" })).toHaveAttribute(
      "href",
      "https://example.org/demo-besluit",
    );
    await expect(page.getByRole("region", { name: "Nederlandse erkenning" })).toContainText(
      "Erkend als effectief volgens eerste aanwijzingen",
    );
    // The API carries the same history.
    const detail = await (await page.request.get(`/api/v1/interventions/${RECOGNITION}`)).json();
    expect(detail.recognition).toMatchObject({ status: "erkend", level: "eerste-aanwijzingen", isRecognised: true });
    expect(detail.ratingHistory.at(-1)).toMatchObject({ justification: reason, decidedOn: "2025-06-10" });
  });

  test("an admin adds and edits a clearinghouse rating and the detail page's table shows it", async ({ page }) => {
    await loginAs(page, "admin", `/admin/interventions/${CROSSWALK}/crosswalk`);
    const topic = `Demo-onderwerp ${stamp()}`;
    const add = page.getByRole("region", { name: "Beoordeling toevoegen" });
    await add.getByLabel("Databank", { exact: true }).selectOption("cebc");
    // Only CEBC's own scale is offered.
    await expect(add.getByLabel("Niveau op de schaal van de databank").getByRole("option")).toHaveCount(7);
    await add.getByLabel("Niveau op de schaal van de databank").selectOption("3 Promising Research Evidence");
    await add.getByLabel("Onderwerp").fill(topic);
    await add.getByLabel("Beoordeeld op").fill("2020-05");
    await add.getByLabel("Bron (webadres)").fill("javascript:alert(1)");
    await add.getByRole("button", { name: "Beoordeling toevoegen" }).click();
    await expect(add.getByText("Geef een webadres dat begint met http:// of https://")).toBeVisible();
    await add.getByLabel("Bron (webadres)").fill("https://example.org/cebc-demo");
    await add.getByRole("button", { name: "Beoordeling toevoegen" }).click();
    await expect(add.getByRole("status")).toHaveText("Opgeslagen.");

    const item = page.getByTestId("crosswalk-rating").filter({ hasText: topic });
    await expect(item).toContainText("3 Promising Research Evidence");
    await item.locator("summary").click();
    await item.getByLabel("Niveau op de schaal van de databank").selectOption("2 Supported by Research Evidence");
    await item.getByRole("button", { name: "Opslaan" }).click();
    // The item's heading, not the form (whose level list names every level), shows the saved level: this waits
    // for the save before leaving the page.
    await expect(
      page.getByTestId("crosswalk-rating").filter({ hasText: topic }).locator("p.font-semibold"),
    ).toContainText("2 Supported by Research Evidence");

    await page.goto(`/interventions/${CROSSWALK}`);
    const row = page.getByRole("region", { name: "Beoordelingen door databanken" }).getByRole("row").filter({
      hasText: topic,
    });
    await expect(row).toContainText("2 Supported by Research Evidence");
    await expect(row).toContainText("Goed bewijs");
    await expect(row).toContainText("beoordeeld mei 2020");
    await expect(row.getByRole("link", { name: "example.org" })).toHaveAttribute(
      "href",
      "https://example.org/cebc-demo",
    );
  });

  test("the editors' rating pages have no WCAG 2.1 AA violations (axe)", async ({ page }) => {
    await loginAs(page, "admin", "/admin/re-review");
    for (const path of [
      "/admin/re-review",
      `/admin/interventions/${RECOGNITION}/rating`,
      `/admin/interventions/${CROSSWALK}/crosswalk`,
      "/admin/clearinghouses",
      "/admin/clearinghouses/cebc",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, path);
    }
  });

  test("a researcher gets HTTP 403 on the rating pages", async ({ page }) => {
    await loginAs(page, "researcher");
    for (const path of [`/admin/interventions/${RECOGNITION}/rating`, "/admin/re-review", "/admin/clearinghouses"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    }
  });
});
