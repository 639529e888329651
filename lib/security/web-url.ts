/**
 * Stored URLs as links. Only a URL that parses and is http or https becomes a link: anything else that got
 * into the databank (an import, an older record, a typing error, "javascript:…" or "data:…") is shown as
 * plain text, and never makes a page fail. Browser-safe: pure.
 */

const WEB_PROTOCOLS = new Set(["http:", "https:"]);

/** The href of a stored URL when it is an http(s) URL, else null. */
export function webHref(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(url.protocol) && url.hostname !== "" ? url.href : null;
}

/** The host name of a stored http(s) URL, for a short link text; null when it is not one. */
export function webHost(value: string | null | undefined): string | null {
  const href = webHref(value);
  return href === null ? null : new URL(href).hostname;
}
