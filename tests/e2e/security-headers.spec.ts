/**
 * Every answer carries the security headers, the pages run under a nonce-based Content-Security-Policy
 * without a single violation in a real browser, over-long query strings are refused, and session cookies
 * are Secure when the request came over TLS (X-Forwarded-Proto from a proxy) while plain http keeps working.
 */
import { expect, request as requests, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, loginAs } from "./fixtures/auth";

const FIXED_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

type WithHeaders = { headers(): { [name: string]: string } };

function expectFixedHeaders(response: WithHeaders, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FIXED_HEADERS)) expect(headers[name], `${what}: ${name}`).toBe(value);
  expect(headers["permissions-policy"], `${what}: permissions-policy`).toMatch(/(^|, )camera=\(\)(, |$)/);
  expect(headers["permissions-policy"], `${what}: permissions-policy`).toMatch(/(^|, )geolocation=\(\)(, |$)/);
  expect(headers["content-security-policy"], `${what}: frame-ancestors`).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  expect(headers["x-powered-by"], `${what}: x-powered-by`).toBeUndefined();
  expect(headers["strict-transport-security"], `${what}: no HSTS over plain http`).toBeUndefined();
}

/** The policy the proxy gives pages: scripts and styles only by this response's nonce. */
function expectNoncePolicy(response: WithHeaders, what: string): string {
  const policy = response.headers()["content-security-policy"];
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, `${what}: a nonce`).toBeTruthy();
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  return nonce!;
}

/**
 * Records every CSP violation the pages of this test report, across navigations: the browser's own console
 * message and the securitypolicyviolation event (also fired for refusals that are caught, such as a probe
 * for eval), which an init script passes on to the console.
 */
async function recordViolations(page: Page): Promise<() => string[]> {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (
      /CSP violation|Content Security Policy|Refused to (execute|load|apply|connect|frame|evaluate)/i.test(
        message.text(),
      )
    ) {
      messages.push(`${page.url()}: ${message.text()}`);
    }
  });
  // Playwright's init scripts are added by the browser itself, so the policy does not apply to them.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  return () => [...messages];
}

/** The page's scripts all carry the response's nonce (Next.js put it there), and at least one ran. */
async function expectScriptsNonced(page: Page, nonce: string) {
  const nonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
}

test.describe("security headers", () => {
  test("a page, an API route, the OpenAPI document, a feed, a static file and a 404 all carry the headers", async ({
    request,
  }) => {
    const page = await request.get("/interventions");
    expect(page.status()).toBe(200);
    expectFixedHeaders(page, "page");
    expectNoncePolicy(page, "page");
    expect(page.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    // A fresh nonce for every request.
    expect(expectNoncePolicy(await request.get("/interventions"), "page again")).not.toBe(
      expectNoncePolicy(page, "page"),
    );

    for (const path of ["/api/v1/interventions?pageSize=1", "/api/openapi.json"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectFixedHeaders(response, path);
    }

    const missing = await request.get("/deze-pagina-bestaat-niet");
    expect(missing.status()).toBe(404);
    expectFixedHeaders(missing, "404 page");
    expectNoncePolicy(missing, "404 page");
    const missingApi = await request.get("/api/v1/interventions/bestaat-niet");
    expect(missingApi.status()).toBe(404);
    expectFixedHeaders(missingApi, "404 API");

    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await page.text())?.[1];
    expect(stylesheet, "a stylesheet of the build").toBeTruthy();
    const asset = await request.get(stylesheet!);
    expect(asset.status()).toBe(200);
    expectFixedHeaders(asset, "static file");
    expect(asset.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const missingAsset = await request.get("/_next/static/chunks/bestaat-niet.js");
    expect(missingAsset.status()).toBe(404);
    expectFixedHeaders(missingAsset, "404 static file");

    const feed = await request.get("/feeds/searches/bestaat-niet.atom");
    expect(feed.status()).toBe(404);
    expectFixedHeaders(feed, "feed");

    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expectFixedHeaders(icon, "icon");
  });

  test("behind a TLS proxy every answer adds HSTS and pages upgrade insecure requests", async ({ request }) => {
    const overTls = { "x-forwarded-proto": "https" };
    const page = await request.get("/interventions", { headers: overTls });
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await page.text())![1];
    for (const [what, response] of [
      ["page", page],
      ["API", await request.get("/api/v1/interventions?pageSize=1", { headers: overTls })],
      ["404", await request.get("/deze-pagina-bestaat-niet", { headers: overTls })],
      ["static file", await request.get(stylesheet, { headers: overTls })],
    ] as const) {
      expect(response.headers()["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains");
    }
    expect(page.headers()["content-security-policy"]).toMatch(/; upgrade-insecure-requests$/);
    const viaProxies = await request.get("/interventions", { headers: { "x-forwarded-proto": "https, http" } });
    expect(viaProxies.headers()["strict-transport-security"]).toBeTruthy();
    const plainBehindProxy = await request.get("/interventions", { headers: { "x-forwarded-proto": "http" } });
    expect(plainBehindProxy.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("the violation recorder sees a style element the policy blocks", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/");
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { color: red }";
      document.head.append(style);
    });
    await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/style-src/)]));
    // And one on an earlier page is still counted after a navigation.
    await page.goto("/interventions");
    expect(violations()).toEqual(expect.arrayContaining([expect.stringMatching(/style-src/)]));
  });

  test("catalogue, a detail page, compare, sign-in and the entry form load and work with no CSP violation", async ({
    page,
  }) => {
    const violations = await recordViolations(page);

    const list = await page.goto("/interventions");
    const nonce = expectNoncePolicy(list!, "catalogue");
    await expectScriptsNonced(page, nonce);
    // The filter panel only works once React has hydrated: proof that the nonced scripts ran.
    await page.getByRole("checkbox", { name: /^Gezinnen met risicofactoren voor kindermishandeling/ }).check();
    await expect(page).toHaveURL(/adviceGroup=risk-factors/);

    await page.goto("/interventions/voorzorg");
    await expect(page.getByRole("heading", { level: 1, name: /VoorZorg/ })).toBeVisible();

    await page.goto("/compare?slug=voorzorg&slug=stevig-ouderschap");
    await expect(page.getByRole("columnheader", { name: "VoorZorg" })).toBeVisible();

    // Signing in through the form (a server action), then the entry form with its live effect preview.
    await loginAs(page, "researcher", "/researcher/new");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goto("/api-docs");
    await page.goto("/keuzehulp");
    await page.goto("/deze-pagina-bestaat-niet");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    expect(violations()).toEqual([]);
  });
});

test.describe("over-long query strings", () => {
  const longSearch = "a".repeat(8200);

  test("the API answers 414 in its error shape, a page with a short Dutch page", async ({ request }) => {
    const api = await request.get(`/api/v1/interventions?q=${longSearch}`);
    expect(api.status()).toBe(414);
    expectFixedHeaders(api, "414 API");
    expect(await api.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "(query)", message: "The query string is 8202 bytes; at most 8192 are accepted" }],
    });

    const page = await request.get(`/interventions?q=${longSearch}`);
    expect(page.status()).toBe(414);
    expectFixedHeaders(page, "414 page");
    expect(page.headers()["content-type"]).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Webadres te lang</h1>");
  });

  test("a query string at the limit is read as usual (here: the search text is too long for the schema)", async ({
    request,
  }) => {
    const atLimit = await request.get(`/api/v1/interventions?q=${"a".repeat(8190)}`);
    expect(atLimit.status()).toBe(400);
    expect(JSON.stringify(await atLimit.json())).toContain("Search text is at most 200 characters");
  });
});

test.describe("session cookies", () => {
  /** Signs the demo officer in through better-auth's endpoint; the session cookie as set, and its name=value. */
  async function signIn(request: APIRequestContext, headers: Record<string, string>) {
    const response = await request.post("/api/auth/sign-in/email", {
      headers,
      data: { email: demoEmail("officer"), password: DEMO_PASSWORD },
    });
    expect(response.status()).toBe(200);
    const cookie = response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "set-cookie")
      .map((header) => header.value)
      .find((value) => /^(__Secure-)?better-auth\.session_token=/.test(value));
    expect(cookie, "a session cookie").toBeTruthy();
    return { cookie: cookie!, pair: cookie!.split(";")[0] };
  }

  /** A request context of its own, without the cookies of any other. */
  const freshRequest = (baseURL: string | undefined) => requests.newContext({ baseURL });

  test("are Secure (__Secure-) when the request came over TLS, even with an http base URL", async ({ baseURL }) => {
    const overTls = { "x-forwarded-proto": "https" };
    const signing = await freshRequest(baseURL);
    const { cookie, pair } = await signIn(signing, overTls);
    await signing.dispose();
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure(;|$)/i);
    expect(cookie).toMatch(/;\s*HttpOnly(;|$)/i);

    const request = await freshRequest(baseURL);
    const account = await request.get("/account", { headers: { ...overTls, cookie: pair }, maxRedirects: 0 });
    expect(account.status()).toBe(200);
    expect(await account.text()).toContain(demoEmail("officer"));
    // The same cookie over plain http is no session: a session begun over https stays on https.
    const plain = await request.get("/account", { headers: { cookie: pair }, maxRedirects: 0 });
    expect(plain.status()).toBe(307);
    expect(plain.headers()["location"]).toMatch(/^\/sign-in\?next=/);
    await request.dispose();
  });

  test("stay plain over http, so the http://localhost demo keeps working", async ({ baseURL }) => {
    const signing = await freshRequest(baseURL);
    const { cookie, pair } = await signIn(signing, {});
    await signing.dispose();
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure(;|$)/i);
    const request = await freshRequest(baseURL);
    const account = await request.get("/account", { headers: { cookie: pair }, maxRedirects: 0 });
    expect(account.status()).toBe(200);
    expect(await account.text()).toContain(demoEmail("officer"));
    await request.dispose();
  });
});
