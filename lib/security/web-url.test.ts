import { describe, expect, test } from "vitest";
import { webHost, webHref } from "./web-url";

describe("webHref", () => {
  test("an http or https URL is a link", () => {
    expect(webHref("https://www.nji.nl/interventies/triple-p")).toBe("https://www.nji.nl/interventies/triple-p");
    expect(webHref("http://example.org")).toBe("http://example.org/");
    expect(webHref(" HTTPS://Example.org/a b ")).toBe("https://example.org/a%20b");
  });

  test("anything else is not", () => {
    for (const value of [
      null,
      undefined,
      "",
      "niet een url",
      "www.nji.nl",
      "/interventions/x",
      "http://",
      "https://exa mple.org",
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "mailto:a@example.org",
      "ftp://example.org/x",
    ])
      expect(webHref(value), String(value)).toBeNull();
  });

  test("webHost gives the host of a web URL only", () => {
    expect(webHost("https://www.cebc4cw.org/program/x/")).toBe("www.cebc4cw.org");
    expect(webHost("javascript:alert(1)")).toBeNull();
    expect(webHost("::")).toBeNull();
  });
});
