import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** A synthetic intervention made for this story (tests/e2e/fixtures/prepare-shortlists.ts). */
const SLUG = "demo-shortlist-alert";
const NAME = "Demo-interventie voor meldingen";

/** Words no earlier run has used, so the story finds its own shortlist. */
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

const LEVEL_NAMES = {
  "eerste-aanwijzingen": "Effectief volgens eerste aanwijzingen",
  "goede-aanwijzingen": "Effectief volgens goede aanwijzingen",
} as const;

/** An admin records a rating decision at the given level (the editors' own form, as admin-ratings does). */
async function adminRates(page: Page, level: keyof typeof LEVEL_NAMES) {
  await loginAs(page, "admin", `/admin/interventions/${SLUG}/rating`);
  const form = page.locator("form#rating");
  await form.getByLabel("Status van de erkenning").selectOption("erkend");
  await form.getByLabel("Nederlands niveau").selectOption(level);
  await form.getByLabel("Datum van het besluit").fill("2025-06-10");
  await form.getByLabel("Commissie").fill("Erkenningscommissie Interventies (demo)");
  await form.getByLabel("Bron (webadres)").fill("https://example.org/demo-meldingen");
  await form.getByLabel("Onderbouwing").fill(`Demo-besluit ${stamp()} voor de meldingen.`);
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Vastgelegd/);
}

test.describe("shortlists and alerts", () => {
  test("an officer shortlists an intervention, an admin changes its rating, and the officer sees the alert in the app and in the feed", async ({
    page,
    browser,
  }) => {
    // Whatever an earlier run left, the admin moves the level to the other one.
    const before = await (await page.request.get(`/api/v1/interventions/${SLUG}`)).json();
    const level = before.evidenceLevel === "eerste-aanwijzingen" ? "goede-aanwijzingen" : "eerste-aanwijzingen";
    const listName = `Meldingenlijst ${stamp()}`;

    await loginAs(page, "officer", `/interventions/${SLUG}`);
    const add = page.getByTestId("add-to-shortlist");
    await add.getByText("Op een shortlist zetten").click();
    // Neither a list nor a name: refused, and nothing is added.
    const nameField = add.getByRole("textbox", { name: /nieuwe shortlist|Shortlist/ });
    await nameField.fill("");
    const choice = add.getByRole("combobox", { name: "Shortlist" });
    if (await choice.count()) await choice.selectOption("new");
    await add.getByRole("button", { name: "Op de shortlist zetten" }).click();
    await expect(add.getByText("Kies een shortlist of geef de naam van een nieuwe")).toBeVisible();
    // The officer may already have lists (other browser stories make some): choose a new one again.
    if (await choice.count()) await choice.selectOption("new");
    await nameField.fill(listName);
    await add.getByLabel("Notitie (optioneel)").fill("Past bij onze wijkteams");
    await add.getByRole("button", { name: "Op de shortlist zetten" }).click();
    await expect(add.getByRole("status")).toHaveText(`Op de shortlist gezet: ${listName}`);

    await page.goto("/shortlists");
    await page.getByRole("link", { name: listName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(listName);
    const shortlistUrl = page.url();
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: NAME }) });
    await expect(item.getByTestId("since-seen")).toContainText("Geen wijzigingen");
    await expect(item.getByLabel("Notitie", { exact: true })).toHaveValue("Past bij onze wijkteams");

    // A private feed address, shown once.
    await page.getByRole("button", { name: "Feedadres maken" }).click();
    const secret = page.locator("[data-testid^='feed-renew-'][data-testid$='-secret']");
    await expect(secret).toHaveText(/\/feeds\/shortlists\/[A-Za-z0-9_-]{43}\.atom$/);
    const feedPath = new URL((await secret.textContent())!).pathname;
    const emptyFeed = await page.request.get(feedPath);
    expect(emptyFeed.status()).toBe(200);
    expect(emptyFeed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await emptyFeed.text()).not.toContain("<entry>");

    // The admin changes the rating, in a session of their own.
    const adminContext = await browser.newContext();
    try {
      await adminRates(await adminContext.newPage(), level);
    } finally {
      await adminContext.close();
    }

    await page.goto(shortlistUrl);
    const change = `Niveau gewijzigd van`;
    await expect(item.getByTestId("since-seen")).toContainText(change);
    await expect(item.getByTestId("since-seen")).toContainText(`naar ${LEVEL_NAMES[level]}`);
    await expectNoAxeViolations(page);
    // The badge in the site header (the officer pages repeat it in their own menu).
    const badge = page.getByRole("navigation", { name: "Hoofdmenu / Main" }).getByTestId("alerts-badge");
    await expect(badge).toHaveAccessibleName(/^Meldingen: [1-9]\d* nieuwe wijziging(en)?$/);

    await badge.click();
    await expect(page).toHaveURL(/\/alerts$/);
    const group = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: `Shortlist: ${listName}` }) });
    await expect(group).toContainText(`${NAME}: Niveau gewijzigd van`);
    await expect(group).toContainText(LEVEL_NAMES[level]);
    await expectNoAxeViolations(page);

    // The feed has the change as an entry, linking to the intervention.
    const feed = await (await page.request.get(feedPath)).text();
    expect(feed).toContain("<entry>");
    expect(feed).toContain(`${NAME}: Niveau gewijzigd van`);
    expect(feed).toContain(`/interventions/${SLUG}`);

    // Marked seen: nothing new on the list any more (what changed since adding stays).
    await page.goto(shortlistUrl);
    await page.getByRole("button", { name: "Gezien, alles bijwerken" }).click();
    await expect(page.getByTestId("unseen-count")).toHaveText("geen nieuwe wijzigingen");
    await expect(item.getByTestId("since-seen")).toContainText("Geen wijzigingen");

    // A new feed address revokes the old one.
    await page.getByRole("button", { name: "Nieuw feedadres maken (het oude vervalt)" }).click();
    await expect(secret).not.toHaveText(feedPath, { timeout: 10_000 });
    await expect.poll(async () => (await page.request.get(feedPath)).status()).toBe(404);

    // Another user does not reach the shortlist: it is not found for them.
    const otherContext = await browser.newContext();
    try {
      const other = await otherContext.newPage();
      await loginAs(other, "researcher");
      const response = await other.goto(shortlistUrl);
      expect(response?.status()).toBe(404);
      await expect(other.getByRole("heading", { name: listName })).toHaveCount(0);
    } finally {
      await otherContext.close();
    }
  });

  test("a visitor sees no shortlist or save-search controls, and an unknown feed is not found", async ({ page }) => {
    await page.goto(`/interventions/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(NAME);
    await expect(page.getByTestId("add-to-shortlist")).toHaveCount(0);
    await page.goto("/interventions");
    await expect(page.getByTestId("save-search")).toHaveCount(0);
    expect((await page.request.get(`/feeds/shortlists/${"a".repeat(43)}.atom`)).status()).toBe(404);
    await page.goto("/shortlists");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fshortlists$/);
  });

  test("an officer saves a catalogue search, and a bad saved query is refused naming the parameter", async ({
    page,
  }) => {
    await loginAs(page, "officer", "/interventions");
    await page.goto("/interventions?q=meldingen");
    const save = page.getByTestId("save-search");
    await save.getByText("Deze zoekopdracht bewaren").click();
    const name = `Zoekopdracht ${stamp()}`;
    await save.getByLabel("Naam").fill(name);
    await save.getByRole("button", { name: "Zoekopdracht bewaren" }).click();
    await expect(save.getByRole("status")).toHaveText(`Bewaard als ‘${name}’.`);

    await page.goto("/saved-searches");
    const saved = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(saved).toContainText("q=meldingen");
    await expect(saved).toContainText("geen wijzigingen");
    await expectNoAxeViolations(page);

    const form = page.locator("form#save-query");
    await form.getByLabel("Naam").fill(`Fout ${stamp()}`);
    await form.getByLabel(/Zoekopdracht \(adres/).fill("/interventions?ageMonths=twee");
    await form.getByRole("button", { name: "Zoekopdracht bewaren" }).click();
    const query = form.getByLabel(/Zoekopdracht \(adres/);
    await expect(query).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#save-query-query-error")).toContainText("ageMonths");
  });
});
