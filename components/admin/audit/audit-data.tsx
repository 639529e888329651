/**
 * An audit row's details: for a record edit the changed fields with their old and new values, otherwise
 * the recorded data as JSON. Long values are shortened; the CSV export has them in full.
 */
import type { AuditEntry } from "@/lib/curation/audit-log";

const MAX = 200;
const shorten = (text: string) => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);
const show = (value: unknown) => shorten(value === null || value === undefined ? "—" : JSON.stringify(value));

type Change = { path: string; before: unknown; after: unknown };

function changesOf(data: AuditEntry["data"]): Change[] | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const changes = (data as Record<string, unknown>).changes;
  if (!Array.isArray(changes)) return null;
  return changes.every((c) => c && typeof c === "object" && "path" in c) ? (changes as Change[]) : null;
}

export function AuditData({
  data,
  changesLabel,
}: {
  data: AuditEntry["data"];
  changesLabel: (count: number) => string;
}) {
  if (data === null) return null;
  const changes = changesOf(data);
  if (!changes) return <code className="break-all text-xs">{shorten(JSON.stringify(data))}</code>;
  const { changes: _changes, ...rest } = data as Record<string, unknown>;
  void _changes;
  return (
    <details>
      <summary className="cursor-pointer">
        {changesLabel(changes.length)} <code className="break-all text-xs">{shorten(JSON.stringify(rest))}</code>
      </summary>
      <ul className="mt-1 space-y-1 text-xs">
        {changes.map((change) => (
          <li key={change.path}>
            <code className="font-semibold">{change.path}</code>: <del>{show(change.before)}</del> →{" "}
            <ins>{show(change.after)}</ins>
          </li>
        ))}
      </ul>
    </details>
  );
}
