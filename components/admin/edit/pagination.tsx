import Link from "next/link";

/** Previous / "page n of m" / next for the editors' lists; `href` makes the link of a page. */
export function AdminPagination({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { label: string; previous: string; next: string; page: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.label} className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {labels.previous}
        </Link>
      )}
      <span>{labels.page}</span>
      {page < pages && (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
