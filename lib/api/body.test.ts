/**
 * The capped body reader: a declared length over the limit is refused without reading; a body without
 * Content-Length (chunked) is counted while it streams and reading stops just past the limit; malformed JSON
 * is the API's 400; a form is parsed within its own limit.
 */
import { describe, expect, it } from "vitest";
import { formatBytes, importBodyLimit, readFormBody, readJsonBody, readBodyBytes } from "./body";

const encoder = new TextEncoder();

/** A chunked body of `chunks` pieces of `size` bytes, counting how many the reader pulled. */
function streamingRequest(chunks: number, size: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) {
        controller.close();
        return;
      }
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  const request = new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

async function errorOf(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe("readJsonBody", () => {
  it("parses a JSON body within the limit", async () => {
    const request = new Request("http://localhost/api", { method: "POST", body: JSON.stringify({ a: [1, 2] }) });
    expect(await readJsonBody(request, 100)).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("refuses a declared Content-Length over the limit with 413 before reading anything", async () => {
    const { request, pulled } = streamingRequest(50, 1024 * 1024, { "content-length": String(50 * 1024 * 1024) });
    const result = await readJsonBody(request, 64 * 1024);
    if (result.ok) throw new Error("expected a refusal");
    expect(await errorOf(result.response)).toEqual({
      status: 413,
      body: {
        error: "payload_too_large",
        issues: [{ path: "(body)", message: "The request body is too large: at most 64 KiB" }],
      },
    });
    // At most the stream's own first prefetch: the reader never asked for a chunk.
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    // 50 MB announced by nobody: 800 chunks of 64 KiB, limit 256 KiB.
    const { request, pulled } = streamingRequest(800, 64 * 1024);
    const result = await readJsonBody(request, 256 * 1024);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(6);
  });

  it("refuses a body that is longer than its (smaller) declared length would allow past the limit", async () => {
    const { request } = streamingRequest(10, 1024, { "content-length": "10" });
    const result = await readBodyBytes(request, 4096);
    expect(result.ok).toBe(false);
  });

  it("answers malformed or empty JSON with the API's 400 on (body)", async () => {
    for (const body of ["{not json", ""]) {
      const result = await readJsonBody(new Request("http://localhost/api", { method: "POST", body }), 100);
      if (result.ok) throw new Error("expected a refusal");
      expect(await errorOf(result.response)).toEqual({
        status: 400,
        body: { error: "invalid_request", issues: [{ path: "(body)", message: "Body must be valid JSON" }] },
      });
    }
  });

  it("counts bytes, not characters", async () => {
    const text = JSON.stringify("€".repeat(40)); // 120 bytes of UTF-8 plus quotes
    const tooLong = await readJsonBody(new Request("http://localhost/api", { method: "POST", body: text }), 100);
    expect(tooLong.ok).toBe(false);
    const fits = await readJsonBody(new Request("http://localhost/api", { method: "POST", body: text }), 122);
    expect(fits).toEqual({ ok: true, value: "€".repeat(40) });
  });
});

describe("readFormBody", () => {
  const answers = {
    tooLarge: () => Response.json({ error: "payload_too_large" }, { status: 413 }),
    notAForm: () => Response.json({ error: "invalid_request" }, { status: 400 }),
  };

  function upload(bytes: number) {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes).fill(0x41)], "catalogue.json"));
    return new Request("http://localhost/admin/data/import", { method: "POST", body: form });
  }

  it("parses a multipart upload within the limit", async () => {
    const result = await readFormBody(upload(1000), 64 * 1024, answers);
    if (!result.ok) throw new Error(`refused with ${result.response.status}`);
    const file = result.value.get("file") as File;
    expect(file.name).toBe("catalogue.json");
    expect(file.size).toBe(1000);
  });

  it("refuses an upload over the limit with the caller's 413, also without Content-Length", async () => {
    const result = await readFormBody(upload(200 * 1024), 64 * 1024, answers);
    expect(result.ok ? 200 : result.response.status).toBe(413);
    // The same body streamed without a declared length.
    const original = upload(200 * 1024);
    const chunked = new Request(original.url, {
      method: "POST",
      headers: { "content-type": original.headers.get("content-type")! },
      body: original.body,
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    const streamed = await readFormBody(chunked, 64 * 1024, answers);
    expect(streamed.ok ? 200 : streamed.response.status).toBe(413);
  });

  it("answers a body that is not a form with the caller's 400", async () => {
    const request = new Request("http://localhost/admin/data/import", { method: "POST", body: encoder.encode("hi") });
    const result = await readFormBody(request, 1024, answers);
    expect(result.ok ? 200 : result.response.status).toBe(400);
  });
});

describe("limits", () => {
  it("states sizes in KiB and MiB", () => {
    expect(formatBytes(64 * 1024)).toBe("64 KiB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MiB");
    expect(formatBytes(1000)).toBe("1000 bytes");
  });

  it("takes 50 MiB by default, IMPORT_MAX_MB otherwise, never above the ceiling, and names a bad value", () => {
    const ceiling = 200 * 1024 * 1024;
    expect(importBodyLimit(ceiling, {}).fileBytes).toBe(50 * 1024 * 1024);
    expect(importBodyLimit(10 * 1024 * 1024, {}).fileBytes).toBe(10 * 1024 * 1024);
    expect(importBodyLimit(ceiling, { IMPORT_MAX_MB: "120" }).fileBytes).toBe(120 * 1024 * 1024);
    expect(importBodyLimit(ceiling, { IMPORT_MAX_MB: "20" })).toEqual({
      fileBytes: 20 * 1024 * 1024,
      bodyBytes: 20 * 1024 * 1024 + 64 * 1024,
    });
    expect(importBodyLimit(ceiling, { IMPORT_MAX_MB: "500" }).fileBytes).toBe(ceiling);
    expect(() => importBodyLimit(ceiling, { IMPORT_MAX_MB: "20MB" })).toThrow(/^IMPORT_MAX_MB must be/);
  });
});
