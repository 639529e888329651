import { describe, expect, test } from "vitest";
import { atomOf } from "./feeds";
import { escapeHtml } from "../security/html";

const HOSTILE = `<img src=x onerror="alert('x')"> & ]]><script>alert(1)</script>`;

describe("the Atom feed", () => {
  test("entry titles and contents (typed html) carry names and texts escaped, so readers show them as text", () => {
    const xml = atomOf(
      {
        title: `Effectwijzer – shortlist: ${HOSTILE}`,
        id: "urn:effectwijzer:shortlist:1",
        link: "https://effectwijzer.example/shortlists/1",
        updated: new Date("2026-06-01T12:00:00Z"),
        entries: [
          {
            id: "urn:effectwijzer:change:1",
            title: `${HOSTILE}: nieuw bewijs`,
            link: "https://effectwijzer.example/interventions/x",
            date: new Date("2026-06-01T12:00:00Z"),
            content: HOSTILE,
          },
        ],
      },
      "https://effectwijzer.example/feeds/shortlists/t.atom",
      "nl",
    );
    expect(xml).not.toMatch(/<img|<script/);
    const cdata = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
    expect(cdata).toEqual([escapeHtml(`${HOSTILE}: nieuw bewijs`), escapeHtml(HOSTILE)]);
    // The feed's own title is plain text, escaped as XML.
    expect(xml).toContain("<title>Effectwijzer – shortlist: &lt;img src=x onerror=");
  });

  test("escapeHtml", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeHtml("Triple P – Ouders")).toBe("Triple P – Ouders");
  });
});
