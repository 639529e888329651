"use client";
/**
 * Upload a catalogue file, then follow its import job: the job's status is polled (TanStack Query) until it
 * has finished, with a progress bar while it runs and the report after — what was saved, or every problem
 * with its record, field and problem. Texts come translated from the server (no message parser here).
 */
import { useState } from "react";
import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import type { ImportJobDto } from "@/lib/jobs/import-jobs";
import type { ImportCounts } from "@/lib/transfer/report";
import type { Locale } from "@/lib/i18n/locale";
import { getQueryClient, importJobKey } from "./query";

export type ImportPanelLabels = {
  file: string;
  submit: string;
  sending: string;
  failed: string;
  job: {
    title: string;
    queued: string;
    running: string;
    succeeded: string;
    failedOne: string;
    failedOther: string;
    more: string;
    progress: string;
    record: string;
    field: string;
    problem: string;
    none: string;
  };
  counts: Record<keyof ImportCounts, string>;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const isFinished = (job: ImportJobDto | undefined) => job?.status === "succeeded" || job?.status === "failed";

async function fetchJob(id: string): Promise<ImportJobDto> {
  const response = await fetch(`/admin/data/import/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { job: ImportJobDto }).job;
}

function JobStatus({ id, locale, labels }: { id: string; locale: Locale; labels: ImportPanelLabels }) {
  const { data: job, error } = useQuery({
    queryKey: importJobKey(id),
    queryFn: () => fetchJob(id),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
  const t = labels.job;
  if (error && !job) return <p role="alert">{fill(labels.failed, { reason: error.message })}</p>;
  if (!job) return <p aria-live="polite">{t.queued}</p>;
  const report = job.report;
  return (
    <section
      aria-labelledby="import-job-title"
      className="mt-6 rounded border border-slate-300 p-4"
      data-testid="import-job"
    >
      <h3 id="import-job-title" className="text-lg font-semibold text-brand-800">
        {fill(t.title, { file: job.fileName })}
      </h3>
      <div aria-live="polite" className="mt-2">
        {job.status === "queued" && <p>{t.queued}</p>}
        {job.status === "running" && (
          <>
            <p>{fill(t.running, { done: job.done, total: job.total || "…" })}</p>
            <progress
              className="mt-2 w-full"
              aria-label={t.progress}
              max={job.total || 1}
              value={job.total ? job.done : undefined}
            />
          </>
        )}
        {report?.ok === true && (
          <div role="status" data-testid="import-succeeded">
            <p className="font-medium text-green-900">{t.succeeded}</p>
            <ul className="mt-1 list-disc pl-6">
              {(Object.entries(report.counts) as [keyof ImportCounts, number][])
                .filter(([, n]) => n > 0)
                .map(([what, n]) => (
                  <li key={what}>
                    {n.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB")} {labels.counts[what]}
                  </li>
                ))}
              {Object.values(report.counts).every((n) => n === 0) && <li>{t.none}</li>}
            </ul>
          </div>
        )}
        {report?.ok === false && (
          <div role="alert" data-testid="import-failed">
            <p className="font-medium text-red-900">
              {report.issueCount === 1 ? t.failedOne : fill(t.failedOther, { count: report.issueCount })}
              {report.issueCount > report.issues.length && <> {fill(t.more, { shown: report.issues.length })}</>}
            </p>
            <table className="mt-2 w-full border-collapse text-left text-sm" data-testid="import-report">
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="py-1 pr-3">
                    {t.record}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.field}
                  </th>
                  <th scope="col" className="py-1">
                    {t.problem}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue, index) => (
                  <tr key={index} className="border-b border-slate-200 align-top">
                    <td className="py-1 pr-3 font-mono text-xs">{issue.record[locale]}</td>
                    <td className="py-1 pr-3 font-mono text-xs">{issue.field}</td>
                    <td className="py-1">{issue.problem[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

function ImportForm({
  locale,
  labels,
  initialJobId,
}: {
  locale: Locale;
  labels: ImportPanelLabels;
  initialJobId: string | null;
}) {
  const [jobId, setJobId] = useState<string | null>(initialJobId);
  const [sending, setSending] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    setFileError(null);
    try {
      const response = await fetch("/admin/data/import", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => null)) as
        { job: ImportJobDto } | { issues?: { path: string; message: string }[]; error?: string } | null;
      if (response.ok && body && "job" in body) {
        setJobId(body.job.id);
        window.history.replaceState(null, "", `/admin/data?job=${encodeURIComponent(body.job.id)}`);
      } else {
        const issues = body && "issues" in body ? (body.issues ?? []) : [];
        setFileError(
          issues.map((i) => i.message).join(" ") || fill(labels.failed, { reason: `HTTP ${response.status}` }),
        );
      }
    } catch (error) {
      setFileError(fill(labels.failed, { reason: (error as Error).message }));
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <form onSubmit={submit} className="mt-3" encType="multipart/form-data" noValidate>
        <label htmlFor="import-file" className="block font-medium">
          {labels.file}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".json,.zip,application/json,application/zip"
          aria-invalid={fileError ? true : undefined}
          aria-describedby="import-file-error"
          className="mt-1 block"
        />
        <p id="import-file-error" aria-live="polite" className="mt-1 text-sm text-red-800">
          {fileError}
        </p>
        <button
          type="submit"
          disabled={sending}
          className="mt-2 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {sending ? labels.sending : labels.submit}
        </button>
      </form>
      {jobId && <JobStatus key={jobId} id={jobId} locale={locale} labels={labels} />}
    </>
  );
}

export function ImportPanel(props: { locale: Locale; labels: ImportPanelLabels; initialJobId: string | null }) {
  const [client] = useState(getQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ImportForm {...props} />
    </QueryClientProvider>
  );
}
