import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/**
 * A catalogue file with one new, synthetic intervention; by default its target group has an age that is not a
 * number, which the import refuses.
 */
function fileWithOneRecord(slug: string, ageMinMonths: number | string = "zero") {
  return {
    format: "effectwijzer-catalogue",
    version: 1,
    interventions: [
      {
        slug,
        nameNl: "E2E importtest (synthetisch)",
        nameEn: "E2E import test (synthetic)",
        summaryNl: "Synthetische interventie om een mislukte import te testen.",
        summaryEn: "Synthetic intervention to test a failed import.",
        availabilityNl: "unknown",
        evidenceLevel: "niet-beoordeeld",
        isDemo: true,
        targetGroups: [
          {
            preventionLevel: "universal",
            ageMinMonths,
            ageMaxMonths: 12,
            descriptionNl: "Synthetische doelgroep",
            descriptionEn: "Synthetic target group",
            adviceGroups: ["universal"],
          },
        ],
      },
    ],
  };
}

test.describe("importing and exporting the catalogue", () => {
  test("an admin downloads the whole catalogue as JSON", async ({ page, request }) => {
    await loginAs(page, "admin", "/admin/data");
    await expect(page.getByRole("heading", { level: 1, name: "Import en export" })).toBeVisible();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download als JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^effectwijzer-catalogue-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), "utf8")) as {
      format: string;
      version: number;
      interventions: { slug: string; studies: unknown[] }[];
      vocabularies: { outcomeDomains: unknown[] };
    };
    expect(exported).toMatchObject({ format: "effectwijzer-catalogue", version: 1 });
    const { total } = (await (await request.get("/api/v1/interventions?pageSize=1")).json()) as { total: number };
    expect(exported.interventions).toHaveLength(total);
    expect(exported.interventions.map((i) => i.slug)).toContain("voorzorg");
    expect(exported.vocabularies.outcomeDomains.length).toBeGreaterThan(5);
  });

  test("an upload with a bad record shows the report, names record, field and problem, and changes nothing", async ({
    page,
    request,
  }) => {
    const slug = `e2e-import-bad-${Date.now()}`;
    await loginAs(page, "admin", "/admin/data");
    await page.getByLabel(/Bestand \(\.json of \.zip/).setInputFiles({
      name: "e2e-bad-record.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(fileWithOneRecord(slug))),
    });
    await page.getByRole("button", { name: "Importeren" }).click();

    const failed = page.getByTestId("import-failed");
    await expect(failed).toBeVisible({ timeout: 20_000 });
    await expect(failed).toContainText("Niets geïmporteerd: het bestand heeft 1 probleem.");
    const row = page.getByTestId("import-report").locator("tbody tr");
    await expect(row).toHaveCount(1);
    await expect(row.locator("td").nth(0)).toHaveText(`interventions[0] "${slug}" › targetGroups[0]`);
    await expect(row.locator("td").nth(1)).toHaveText("ageMinMonths");
    await expect(row.locator("td").nth(2)).toContainText("getal");
    await expectNoAxeViolations(page);

    // Nothing was written: the intervention does not exist, and the job says so in the list of imports.
    expect((await request.get(`/api/v1/interventions/${slug}`)).status()).toBe(404);
    await page.reload();
    await expect(page.getByTestId("import-failed")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "e2e-bad-record.json" }).first()).toContainText(
      "niet geïmporteerd",
    );
  });

  test("an upload larger than 10 MB reaches the import whole, with the security headers, and is imported", async ({
    page,
    request,
  }) => {
    const slug = `e2e-import-large-${Date.now()}`;
    // Valid JSON of 12 MB: one record, then whitespace (Next.js cuts a body that passes its proxy at 10 MB).
    const body = Buffer.from(JSON.stringify(fileWithOneRecord(slug, 0)) + " ".repeat(12 * 1024 * 1024));
    await loginAs(page, "admin", "/admin/data");
    const started = await page.request.post("/admin/data/import", {
      multipart: { file: { name: "e2e-large.json", mimeType: "application/json", buffer: body } },
    });
    expect(started.status()).toBe(202);
    expect(started.headers()["x-content-type-options"]).toBe("nosniff");
    expect(started.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const { job } = (await started.json()) as { job: { id: string } };
    await expect
      .poll(
        async () => {
          const polled = await page.request.get(`/admin/data/import/${job.id}`);
          return ((await polled.json()) as { job: { status: string } }).job.status;
        },
        { timeout: 30_000 },
      )
      .toBe("succeeded");
    expect((await request.get(`/api/v1/interventions/${slug}`)).status()).toBe(200);
  });

  test("an upload of another kind of file is refused beside the field", async ({ page }) => {
    await loginAs(page, "admin", "/admin/data");
    await page.getByLabel(/Bestand \(\.json of \.zip/).setInputFiles({
      name: "catalogue.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("not a catalogue"),
    });
    await page.getByRole("button", { name: "Importeren" }).click();
    await expect(page.locator("#import-file-error")).toHaveText("Alleen .json of .zip (CSV-bestanden in een zip)");
    await expect(page.getByLabel(/Bestand \(\.json of \.zip/)).toHaveAttribute("aria-invalid", "true");
  });

  test("a researcher is refused the page, the export and the import, also when calling them directly", async ({
    page,
  }) => {
    await loginAs(page, "researcher", "/researcher");
    const response = await page.goto("/admin/data");
    expect(response?.status()).toBe(403);
    const exported = await page.request.get("/admin/data/export?format=json");
    expect(exported.status()).toBe(403);
    const imported = await page.request.post("/admin/data/import", {
      multipart: {
        file: { name: "catalogue.json", mimeType: "application/json", buffer: Buffer.from("{}") },
      },
    });
    expect(imported.status()).toBe(403);
    expect(await imported.json()).toEqual({ error: "forbidden" });
  });
});
