/**
 * A researcher with many entries works through the API: they create a personal token on the site, send
 * an entry with it, see it in their list, and a revoked token is refused.
 */
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { videoGuidanceEntry } from "../helpers/submissions";

// Unique per run, so the list shows exactly this entry even on a database a previous run used.
const citation = `Tokentest A. A randomised trial sent through the API (${Date.now()}). J Test. 2024;1:1-10.`;
const tokenName = `Analysescript ${Date.now()}`;
const entry = videoGuidanceEntry(citation);

test("researcher creates an API token, submits an entry with it, and a revoked token is refused", async ({
  page,
  playwright,
  baseURL,
}) => {
  await loginAs(page, "researcher", "/researcher/tokens");
  await page.locator("#token-name").fill(tokenName);
  await page.locator("#token-name").press("Enter");
  const shown = page.getByRole("status").getByRole("textbox");
  await expect(shown).toHaveValue(/^ewz_/);
  const token = await shown.inputValue();

  // A client without the site's cookies: only the bearer token identifies the caller.
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const created = await api.post("/api/v1/submissions", { data: { ...entry, submit: true } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body.status).toBe("submitted");
  expect(body.outcomes[0].effect.yi).toBeCloseTo(0.345, 3);

  await page.goto("/researcher");
  await expect(page.getByText(citation)).toBeVisible();

  await page.goto("/researcher/tokens");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: new RegExp(tokenName) }).click();
  const revoked = page.getByRole("listitem").filter({ hasText: tokenName });
  await expect(revoked.getByText(/Ingetrokken op/)).toBeVisible();
  await expect(revoked.getByRole("button")).toHaveCount(0);
  const refused = await api.get("/api/v1/submissions");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "unauthorized" });
  await api.dispose();
});
