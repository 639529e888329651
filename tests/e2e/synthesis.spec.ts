/**
 * Evidence synthesis in the browser: the evidence gap map (cells open the filtered catalogue, gaps shown,
 * switchable columns), the funnel and leave-one-out plots with the low-power note, the certainty with its
 * reasons and the plain-language effect on a pooled headline, all without axe violations.
 */
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

test.describe("evidence gap map", () => {
  test("a cell opens the catalogue filtered to it, with the same count", async ({ page }) => {
    await page.goto("/bewijskaart");
    await expect(page.getByRole("heading", { level: 1, name: "Bewijskaart" })).toBeVisible();
    const map = page.getByTestId("evidence-map");
    await expect(map.getByText("Geen bewijs").first()).toBeVisible();
    const cell = map.getByRole("link").first();
    const label = (await cell.getAttribute("aria-label")) ?? "";
    const count = Number(/(\d+) interventie/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await cell.click();
    await expect(page).toHaveURL(/\/interventions\?outcome=[a-z-]+&adviceGroup=[a-z-]+/);
    await expect(page.getByRole("heading", { level: 2 })).toContainText(String(count));
  });

  test("columns switch to prevention levels; the table alternative holds every cell; no axe violations", async ({
    page,
  }) => {
    await page.goto("/bewijskaart");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Preventieniveaus" }).click();
    await expect(page).toHaveURL(/columns=targetGroup/);
    await expect(page.getByTestId("evidence-map").getByRole("columnheader", { name: /Selectief/ })).toBeVisible();
    await page.getByText("Dezelfde gegevens als tabel").click();
    const rows = page.getByRole("table", { name: "Bewijskaart als tabel" }).locator("tbody tr");
    const outcomes = await page.getByTestId("evidence-map").locator("tbody tr").count();
    await expect(rows).toHaveCount(outcomes * 4);
    await expectNoAxeViolations(page);
  });
});

test.describe("a pooled headline effect", () => {
  test("shows its certainty with reasons, its meaning for 100 families, and the bias plots", async ({ page }) => {
    await page.goto("/interventions/demo-forest");
    const certainty = page.getByTestId("certainty").first();
    await expect(certainty).toBeVisible();
    await certainty.locator("summary").click();
    await expect(certainty.locator("li").first()).toBeVisible();
    await expect(certainty.locator("summary")).toContainText(/Zekerheid: (hoog|redelijk|laag|zeer laag)/);
    const plain = page.getByTestId("plain-language").first();
    await expect(plain).toContainText("Van 100 gezinnen met de interventie");
    await expect(plain).toContainText("Kraemer en Kupfer");

    const bias = page.getByTestId("bias-panel").first();
    await bias.locator("summary").click();
    await expect(bias.getByText(/minder dan 10 studies \(3\)/)).toBeVisible();
    await expect(bias.getByTestId("funnel-plot")).toBeVisible();
    await expect(bias.getByTestId("leave-one-out-plot")).toBeVisible();
    await expect(bias.getByText(/Eggers regressietoets/)).toBeVisible();
    await expect(bias.getByText(/Trim-and-fill/)).toBeVisible();
    // The funnel's table lists the three studies and any studies trim and fill adds.
    await expect(bias.locator("table").first().locator("tbody tr")).toHaveCount(
      3 + (await bias.locator("tr[data-imputed]").count()),
    );
    await expectNoAxeViolations(page);
  });
});

test.describe("a curator's certainty override", () => {
  test("is refused without a reason, then shown publicly with its reason, and can be undone", async ({ page }) => {
    await loginAs(page, "admin", "/admin/interventions/demo-forest/certainty");
    const form = page.locator("form[id^=certainty-]").first();
    await form.getByLabel("Zekerheid", { exact: true }).selectOption("high");
    await form.getByRole("button", { name: "Vastleggen" }).click();
    await expect(form.getByText("Geef de reden (minstens 10 tekens)")).toBeVisible();

    const reason = `Synthetische demodata, niet te vertrouwen ${Date.now()}`;
    await form.getByLabel("Reden").fill(reason);
    await form.getByRole("button", { name: "Vastleggen" }).click();
    await expect(form.getByRole("status")).toHaveText("Vastgelegd.");

    await page.goto("/interventions/demo-forest");
    const certainty = page.getByTestId("certainty").first();
    await expect(certainty).toHaveAttribute("data-level", "high");
    await expect(page.getByTestId("certainty-history").first()).toContainText(reason);

    await page.goto("/admin/interventions/demo-forest/certainty");
    const again = page.locator("form[id^=certainty-]").first();
    await again.getByLabel("Zekerheid", { exact: true }).selectOption("computed");
    await again.getByLabel("Reden").fill("Terug naar de berekende zekerheid");
    await again.getByRole("button", { name: "Vastleggen" }).click();
    await expect(again.getByRole("status")).toHaveText("Vastgelegd.");
    await page.goto("/interventions/demo-forest");
    await expect(page.getByTestId("certainty").first()).not.toHaveAttribute("data-level", "high");
  });
});
