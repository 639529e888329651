/**
 * An officer opens an intervention whose stored links are broken or not web links (an old record, an
 * import): the detail, compare and report pages render, each such value is plain text rather than a link,
 * and no link on the page leads anywhere but a web address. The PDF report is made all the same.
 */
import { expect, test, type Page } from "@playwright/test";
import { BROKEN_URLS } from "./fixtures/prepare-broken-urls";

const broken = [
  BROKEN_URLS.website,
  BROKEN_URLS.recognitionSourceUrl,
  BROKEN_URLS.externalRatingUrl,
  BROKEN_URLS.studyUrl,
  BROKEN_URLS.costSourceUrl,
];

/** Every link on the page goes to a path of the site or an http(s) address. */
async function expectOnlyWebLinks(page: Page) {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(\/|#|\?|https?:\/\/)/);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("stored URLs that are not web links", () => {
  test("the detail page renders and shows each of them as text, not as a link", async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(`/interventions/${BROKEN_URLS.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(BROKEN_URLS.nameNl);
    const unlinked = page.locator("[data-unlinked-url]");
    for (const url of broken) await expect(unlinked.filter({ hasText: url }).first()).toBeVisible();
    for (const url of broken) await expect(page.locator(`a[href="${url}"]`)).toHaveCount(0);
    await expectOnlyWebLinks(page);
    expect(errors).toEqual([]);
  });

  test("the compare page and the report render them as text too, and the PDF is made", async ({ page, request }) => {
    const errors = collectErrors(page);
    const compare = await page.goto(`/compare?slug=${BROKEN_URLS.slug}&slug=voorzorg`);
    expect(compare?.status()).toBe(200);
    await expect(page.locator("[data-unlinked-url]").filter({ hasText: BROKEN_URLS.externalRatingUrl })).toBeVisible();
    await expectOnlyWebLinks(page);

    const report = await page.goto(`/report/compare?slug=${BROKEN_URLS.slug}&slug=voorzorg`);
    expect(report?.status()).toBe(200);
    for (const url of [BROKEN_URLS.website, BROKEN_URLS.recognitionSourceUrl, BROKEN_URLS.studyUrl])
      await expect(page.locator("[data-unlinked-url]").filter({ hasText: url }).first()).toBeVisible();
    await expectOnlyWebLinks(page);
    expect(errors).toEqual([]);

    const pdf = await request.get(`/api/report/compare.pdf?slug=${BROKEN_URLS.slug}&slug=voorzorg`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
