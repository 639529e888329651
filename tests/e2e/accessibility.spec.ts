import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";

test.describe("WCAG 2.1 AA (axe)", () => {
  test("the filtered list has no violations", async ({ page }) => {
    await page.goto("/interventions?targetGroup=selective&ageMonths=12&recognised=true");
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a detail page with a forest plot has no violations", async ({ page }) => {
    await page.goto("/interventions/demo-forest");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the compare page has no violations", async ({ page }) => {
    await page.goto("/compare?slug=voorzorg&slug=stevig-ouderschap");
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the not-found page, a bad link's message and a page past the end have no violations", async ({ page }) => {
    await page.goto("/bestaat-niet");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/interventions?ageMonths=abc&kleur=rood");
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/interventions?page=9");
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/compare?slug=voorzorg&slug=onbekend");
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the home page has no violations, and the filters work by keyboard", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.goto("/interventions");
    await page.getByRole("checkbox", { name: /^Selectief/ }).focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/targetGroup=selective/);
    await expect(page.getByRole("checkbox", { name: /^Selectief/ })).toBeFocused();
  });
});
