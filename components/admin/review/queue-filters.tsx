/**
 * The queue's filters as a plain GET form: choosing rewrites the URL, so a filtered queue is a link that can
 * be shared and works without JavaScript. Only values some waiting entry has are offered.
 */
import Link from "next/link";

export type QueueFilterChoice = { value: string; label: string };
export type QueueFilterField = {
  name: string;
  label: string;
  all: string;
  value: string;
  choices: QueueFilterChoice[];
};

export function QueueFilters({
  fields,
  labels,
}: {
  fields: QueueFilterField[];
  labels: { legend: string; apply: string; reset: string };
}) {
  return (
    <form method="get" action="/admin/review" className="mt-4 rounded border border-slate-300 p-3">
      <fieldset>
        <legend className="px-1 font-semibold">{labels.legend}</legend>
        <div className="flex flex-wrap items-end gap-4">
          {fields.map((field) => (
            <div key={field.name}>
              <label htmlFor={`queue-${field.name}`} className="block text-sm font-medium">
                {field.label}
              </label>
              <select
                id={`queue-${field.name}`}
                name={field.name}
                defaultValue={field.value}
                className="mt-1 max-w-xs rounded border border-slate-400 px-2 py-1"
              >
                <option value="">{field.all}</option>
                {field.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-700">
            {labels.apply}
          </button>
          <Link href="/admin/review" className="text-brand-700 underline">
            {labels.reset}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
