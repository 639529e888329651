import { expect, test, type Request } from "@playwright/test";

/** A navigation of the list (the server render with results and facet counts), not a prefetch. */
const isListRender = (r: Request) =>
  new URL(r.url()).pathname === "/interventions" && r.headers()["rsc"] === "1" && !r.headers()["next-router-prefetch"];
const isApiCall = (r: Request) => new URL(r.url()).pathname.startsWith("/api/v1/interventions");

test.describe("filter clicks", () => {
  test("a filter click asks the catalogue exactly once, and the facet counts follow it", async ({ page }) => {
    await page.goto("/interventions");
    await page.waitForLoadState("networkidle");
    const seen: Request[] = [];
    page.on("request", (r) => {
      if (isListRender(r) || isApiCall(r)) seen.push(r);
    });

    const clicks: [string, (url: URL) => boolean][] = [
      ["Selectief", (url) => url.searchParams.getAll("targetGroup").join() === "selective"],
      ["Geïndiceerd", (url) => url.searchParams.getAll("targetGroup").join() === "selective,indicated"],
      ["Selectief", (url) => url.searchParams.getAll("targetGroup").join() === "indicated"],
    ];
    for (const [label, url] of clicks) {
      seen.length = 0;
      await page.getByRole("checkbox", { name: new RegExp(`^${label}`) }).click();
      await expect(page).toHaveURL(url);
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
      await page.waitForLoadState("networkidle");
      expect(seen.filter(isApiCall), "browser calls to the catalogue API").toHaveLength(0);
      expect(
        seen.filter(isListRender).map((r) => r.url()),
        "server renders of the list",
      ).toHaveLength(1);
    }
    // The count beside "Geïndiceerd" is the server's for the new URL: with only that level chosen, the total.
    const label = await page.locator('label[for="f-targetGroup-indicated"]').textContent();
    const count = label!.match(/\((\d+)\)/)![1];
    await expect(page.locator("#results-heading")).toHaveText(new RegExp(`^${count} interventie`));
  });

  test("the results say they are updating while the server answers", async ({ page }) => {
    await page.goto("/interventions");
    await page.waitForLoadState("networkidle");
    // Hold the next list render for a moment, so the pending state can be seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/interventions",
      async (route) => {
        if (route.request().headers()["rsc"] === "1" && !route.request().headers()["next-router-prefetch"]) await held;
        await route.continue();
      },
    );
    // The count beside "Selectief" is what the list will say (other browser tests may add interventions).
    const label = await page.locator('label[for="f-targetGroup-selective"]').textContent();
    const expected = Number(label!.match(/\((\d+)\)/)![1]);
    await page.getByRole("checkbox", { name: /^Selectief/ }).click();
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toHaveText("Resultaten laden…");
    await expect(page.locator("[aria-busy=true]").first()).toBeVisible();
    release();
    await expect(page.getByRole("heading", { name: `${expected} interventies` })).toBeVisible();
    await expect(status).toHaveText("");
    await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  });
});
