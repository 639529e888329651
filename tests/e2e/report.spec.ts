import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** The text of every page of a PDF, read back with pdfjs (whitespace collapsed). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}

const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

test.describe("municipal report", () => {
  test("an officer goes from the situation to a downloaded report that names the interventions", async ({ page }) => {
    await page.goto("/keuzehulp?adviceGroup=asks-for-support&ageMin=36&ageMax=47&outcome=child-behaviour-problems");
    const names = await page
      .getByTestId("decision-result")
      .getByRole("heading", { level: 3 })
      .getByRole("link")
      .allTextContents();
    await page.getByRole("link", { name: "Rapport voor de gemeente" }).click();
    await expect(page).toHaveURL(/\/report\/compare\?slug=/);
    const shown = names.slice(0, 4);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      `Vergelijking van ${shown.length} interventies`,
    );
    for (const name of shown)
      await expect(
        page.getByRole("heading", { level: 2, name: new RegExp(name.replace(/[()]/g, "\\$&")) }),
      ).toBeVisible();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-pdf").click()]);
    expect(download.suggestedFilename()).toMatch(/^effectwijzer-rapport-vergelijking-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Rapport voor de gemeente");
    for (const name of shown) expect(text).toContain(name);
  });

  test("the comparison's PDF has the forest plot's numbers and glyphs; a bad or unknown slug is named", async ({
    page,
    request,
  }) => {
    await page.goto("/compare?slug=demo-forest&slug=voorzorg");
    const pdfLink = page.getByRole("link", { name: "Rapport als PDF" });
    await expect(pdfLink).toHaveAttribute("href", "/api/report/compare.pdf?slug=demo-forest&slug=voorzorg");
    const response = await request.get("/api/report/compare.pdf?slug=demo-forest&slug=voorzorg");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const text = await pdfText(new Uint8Array(await response.body()));
    expect(text).toContain("Demo-interventie met forest plot");
    expect(text).toContain("VoorZorg");
    expect(text).toContain("Forest plot: Sensitiviteit van de ouder");
    expect(text).toContain("τ²");

    const one = await request.get("/api/report/compare.pdf?slug=voorzorg");
    expect(one.status()).toBe(400);
    expect((await one.json()).issues[0].path).toBe("slug");
    const unknown = await request.get("/api/report/compare.pdf?slug=voorzorg&slug=bestaat-niet");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toMatchObject({
      issues: [{ path: "slug", message: 'No intervention with slug "bestaat-niet"' }],
    });
  });

  test("an officer's shortlist becomes a report with the notes; nobody else can read it", async ({ page, browser }) => {
    const listName = `Rapportlijst ${stamp()}`;
    await loginAs(page, "officer", "/interventions/voorzorg");
    for (const [slug, note] of [
      ["voorzorg", "Navragen bij de GGD"],
      ["demo-forest", ""],
    ] as const) {
      if (slug !== "voorzorg") await page.goto(`/interventions/${slug}`);
      const add = page.getByTestId("add-to-shortlist");
      await add.getByText("Op een shortlist zetten").click();
      const choice = add.getByRole("combobox", { name: "Shortlist" });
      const existing = (await choice.count()) ? await choice.locator("option", { hasText: listName }).count() : 0;
      if (existing) await choice.selectOption({ label: listName });
      else {
        if (await choice.count()) await choice.selectOption("new");
        await add.getByRole("textbox", { name: /nieuwe shortlist|Shortlist/ }).fill(listName);
      }
      if (note) await add.getByLabel("Notitie (optioneel)").fill(note);
      await add.getByRole("button", { name: "Op de shortlist zetten" }).click();
      await expect(add.getByRole("status")).toHaveText(`Op de shortlist gezet: ${listName}`);
    }
    await page.goto("/shortlists");
    const href = await page.getByRole("link", { name: listName }).getAttribute("href");
    const id = href!.split("/").pop()!;

    await page.goto(`/report/shortlist/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Shortlist: ${listName}`);
    await expect(page.getByRole("heading", { level: 2, name: /VoorZorg/ })).toBeVisible();
    await expect(page.getByText("Navragen bij de GGD")).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await page.request.get(`/shortlists/${id}/report.pdf`);
    expect(pdf.status()).toBe(200);
    const text = await pdfText(new Uint8Array(await pdf.body()));
    expect(text).toContain(`Shortlist: ${listName}`);
    expect(text).toContain("VoorZorg");
    expect(text).toContain("Demo-interventie met forest plot");
    expect(text).toContain("Navragen bij de GGD");

    // Another signed-in user gets not found; a visitor is asked to sign in.
    const other = await browser.newContext();
    try {
      const researcher = await other.newPage();
      await loginAs(researcher, "researcher");
      expect((await researcher.request.get(`/shortlists/${id}/report.pdf`)).status()).toBe(404);
      const notFound = await researcher.goto(`/report/shortlist/${id}`);
      expect(notFound?.status()).toBe(404);
    } finally {
      await other.close();
    }
    const visitor = await browser.newContext();
    try {
      expect((await visitor.request.get(`/shortlists/${id}/report.pdf`)).status()).toBe(401);
    } finally {
      await visitor.close();
    }
  });
});
