import { expect, test } from "@playwright/test";

test.describe("pages of the list", () => {
  test("officer opening a page past the end is told so and can go to the last page", async ({ page, request }) => {
    const { total } = await (await request.get("/api/v1/interventions?pageSize=1")).json();
    const pages = Math.ceil(total / 5);
    expect(pages).toBeGreaterThan(1);
    await page.goto("/interventions?pageSize=5&page=99");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(`Pagina 99 bestaat niet: deze lijst heeft ${pages} pagina’s.`);
    await alert.getByRole("link", { name: `Naar pagina ${pages}, de laatste` }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("page") === String(pages) && url.searchParams.get("pageSize") === "5",
    );
    await expect(page.getByText(`Pagina ${pages} van ${pages}`)).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });

  test("a one-page list past its end says it has one page", async ({ page }) => {
    await page.goto("/interventions?targetGroup=selective&page=3");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Pagina 3 bestaat niet: deze lijst heeft 1 pagina.");
    await alert.getByRole("link", { name: "Naar pagina 1, de laatste" }).click();
    await expect(page).toHaveURL(/\/interventions\?targetGroup=selective$/);
    await expect(page.getByRole("article").first()).toBeVisible();
  });
});
