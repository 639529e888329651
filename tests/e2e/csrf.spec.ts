/**
 * Cross-site request forgery on the running app: a signed-in browser's cookies go along with any request,
 * so every change made on the strength of the session cookie must refuse a request another site started.
 * Server actions have Next.js's own check (Origin against Host); the import upload has the app's
 * (lib/security/same-origin.ts); better-auth's endpoints have better-auth's. Each is shown to refuse the
 * foreign request without a change and to take the same request from the app's own origin.
 */
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth";

const EVIL = "https://evil.example";
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** The names of the officer's shortlists, as the page lists them. */
async function shortlistNames(page: Page): Promise<string[]> {
  await page.goto("/shortlists");
  return page.locator("main li a").allTextContents();
}

test.describe("cross-site requests", () => {
  test("a server action refuses a post from another site, and runs the same post from its own", async ({
    page,
    baseURL,
  }) => {
    await loginAs(page, "officer", "/shortlists");
    const name = `CSRF-lijst ${stamp()}`;

    // The browser's own call of the action, stopped before it leaves: its Next-Action id and body are real.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route("**/shortlists", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        captured = { headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await page.locator("#create-shortlist-name").fill(name);
    await page.locator("#create-shortlist button[type=submit]").click();
    await expect.poll(() => captured !== null).toBe(true);
    await page.unroute("**/shortlists");
    const { headers, body } = captured!;
    expect(headers["next-action"]).toMatch(/^[0-9a-f]{40,}$/);

    // The same request, with the officer's cookie, as another site's page would send it.
    const replay = (origin: string) =>
      page.request.post("/shortlists", {
        headers: {
          accept: headers["accept"] ?? "text/x-component",
          "content-type": headers["content-type"],
          "next-action": headers["next-action"],
          ...(headers["next-router-state-tree"] ? { "next-router-state-tree": headers["next-router-state-tree"] } : {}),
          origin,
        },
        data: body,
        maxRedirects: 0,
      });
    const forged = await replay(EVIL);
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(await shortlistNames(page)).not.toContain(name);

    const own = await replay(new URL(baseURL!).origin);
    expect(own.status()).toBeLessThan(400);
    expect(await shortlistNames(page)).toContain(name);
  });

  test("the import upload refuses another site's request before reading it, and takes its own site's", async ({
    page,
    baseURL,
  }) => {
    await loginAs(page, "admin", "/admin/data");
    const upload = (headers: Record<string, string>) =>
      page.request.post("/admin/data/import", {
        headers,
        multipart: { file: { name: "leeg.txt", mimeType: "text/plain", buffer: Buffer.from("x") } },
      });
    const foreign: Record<string, string>[] = [
      { origin: EVIL },
      { "sec-fetch-site": "cross-site" },
      { referer: `${EVIL}/form.html` },
    ];
    for (const headers of foreign) {
      const refused = await upload(headers);
      expect(refused.status()).toBe(403);
      expect(await refused.json()).toEqual({ error: "forbidden" });
    }
    // From the app's own origin the request reaches the upload's checks: a .txt file is refused by name.
    const own = await upload({ origin: new URL(baseURL!).origin });
    expect(own.status()).toBe(400);
    expect(((await own.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["file"]);
  });

  test("better-auth's endpoints refuse another site's sign-out, and sign out from the app's own", async ({
    page,
    baseURL,
  }) => {
    await loginAs(page, "researcher", "/account");
    const signedIn = async () =>
      ((await (await page.request.get("/api/auth/get-session")).json()) as { user?: unknown } | null)?.user !==
      undefined;
    expect(await signedIn()).toBe(true);
    const signOut = (origin: string) => page.request.post("/api/auth/sign-out", { headers: { origin }, data: {} });
    const forged = await signOut(EVIL);
    expect(forged.status()).toBe(403);
    expect(await signedIn()).toBe(true);
    // better-auth trusts the app's configured address (lib/auth/server.ts, authBaseURL): BETTER_AUTH_URL, else
    // localhost on the port the app serves on.
    const configured = process.env.BETTER_AUTH_URL?.trim() || `http://localhost:${new URL(baseURL!).port}`;
    expect((await signOut(new URL(configured).origin)).status()).toBe(200);
    expect(await signedIn()).toBe(false);
  });
});
