import { describe, expect, test } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ExternalLink } from "./external-link";

// createElement's typing wants the component's required children among the props.
// eslint-disable-next-line react/no-children-prop
const render = (url: string) => renderToStaticMarkup(createElement(ExternalLink, { url, children: "bron" }));

describe("ExternalLink", () => {
  test("an http(s) URL is a link with its label", () => {
    expect(render("https://www.nji.nl/x?a=1&b=2")).toBe(
      '<a href="https://www.nji.nl/x?a=1&amp;b=2" class="text-brand-700 underline">bron</a>',
    );
  });

  test("any other stored value is escaped plain text, not a link", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "niet een url", "http://[broken", "::"]) {
      const html = render(url);
      expect(html, url).not.toContain("<a");
      expect(html, url).not.toContain("href");
      expect(html, url).not.toContain("<b>");
      expect(html, url).toContain('data-unlinked-url=""');
    }
    expect(render("data:text/html,<b>x</b>")).toBe(
      '<span class="break-all" data-unlinked-url="">data:text/html,&lt;b&gt;x&lt;/b&gt;</span>',
    );
  });
});
