"use client";
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-3 py-1 text-brand-700"
    >
      {label}
    </button>
  );
}
