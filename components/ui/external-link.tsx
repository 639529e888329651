import type { ReactNode } from "react";
import { webHref } from "@/lib/security/web-url";

/**
 * A link to a stored URL: an <a> only for an http(s) URL (lib/security/web-url.ts); any other stored value
 * is shown as the plain text it is, in place of the link, so it can neither be clicked nor break the page.
 */
export function ExternalLink({
  url,
  className = "text-brand-700 underline",
  children,
}: {
  url: string;
  className?: string;
  children: ReactNode;
}) {
  const href = webHref(url);
  if (href === null)
    return (
      <span className="break-all" data-unlinked-url="">
        {url}
      </span>
    );
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
