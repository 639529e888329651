/**
 * An internal error reaches a client without the server's insides: a researcher's API call that the
 * database refuses after validation (a NUL character in a text, a number beyond the column's range) is
 * answered without a stack trace, SQL, driver names or connection strings, in the production build.
 */
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { videoGuidanceEntry } from "../helpers/submissions";

const entry = (study: Parameters<typeof videoGuidanceEntry>[1]) =>
  videoGuidanceEntry(`Fouttest A. (${Date.now()}). J Test. 2024;1:1-10.`, study);

/** What must never be in an answer: traces, SQL, the driver and the database, paths and addresses. */
const LEAKS = [
  /\bat .+:\d+:\d+/,
  /stack/i,
  /\b(select|insert|update|delete)\b.+\b(from|into|set)\b/i,
  /postgres/i,
  /prisma/i,
  /DriverAdapterError|invalid byte sequence|out of range for type/i,
  /\/work\/|node_modules|\.next/,
  /[a-z]+:\/\/[^\s"]*@/i,
];

test("an API call the database refuses is answered without stack, SQL or connection details", async ({
  page,
  playwright,
  baseURL,
}) => {
  await loginAs(page, "researcher", "/researcher/tokens");
  await page.locator("#token-name").fill(`Fouttest ${Date.now()}`);
  await page.locator("#token-name").press("Enter");
  const shown = page.getByRole("status").getByRole("textbox");
  await expect(shown).toHaveValue(/^ewz_/);
  const token = await shown.inputValue();
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });

  for (const study of [{ citation: "Nul\u0000teken in de titel (2024)." }, { sampleSize: 3_000_000_000 }]) {
    const response = await api.post("/api/v1/submissions", { data: entry(study) });
    // Refused, as a bad request or as our own fault, but never with the server's insides.
    expect([400, 500]).toContain(response.status());
    const body = await response.text();
    for (const leak of LEAKS) expect(body, `${JSON.stringify(study)}: ${body}`).not.toMatch(leak);
  }
  await api.dispose();
});

test("a server action the database refuses answers without stack, SQL or connection details", async ({ page }) => {
  await loginAs(page, "officer", "/interventions/demo-forest");
  // The action's answer is read on its way to the page (the page may navigate to an error right after).
  const answers: { status: number; body: string }[] = [];
  await page.route("**/interventions/demo-forest", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || request.headers()["next-action"] === undefined) return route.continue();
    const response = await route.fetch();
    answers.push({ status: response.status(), body: await response.text() });
    await route.fulfill({ response });
  });
  const add = page.getByTestId("add-to-shortlist");
  await add.getByText("Op een shortlist zetten").click();
  const choice = add.getByRole("combobox", { name: "Shortlist" });
  if (await choice.count()) await choice.selectOption("new");
  await add.getByRole("textbox", { name: /nieuwe shortlist|Shortlist/ }).fill(`Fouttest ${Date.now()}`);
  await add.getByLabel("Notitie (optioneel)").fill("Nul\u0000teken");
  await add.getByRole("button", { name: "Op de shortlist zetten" }).click();
  await expect.poll(() => answers.length).toBe(1);
  const [{ status, body }] = answers;
  expect([200, 400, 500]).toContain(status);
  for (const leak of LEAKS) expect(body, body).not.toMatch(leak);
  // Nor does the page show them.
  const shown = await page.locator("body").innerText();
  for (const leak of LEAKS) expect(shown, shown).not.toMatch(leak);
});
