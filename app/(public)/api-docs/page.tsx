import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/openapi";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("title") };
}

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; minimum?: number; maximum?: number };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  responses?: Record<string, { description?: string }>;
};

function describeSchema(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.items) return `${describeSchema(schema.items)} (repeatable)`;
  const range =
    schema.minimum !== undefined || schema.maximum !== undefined
      ? ` ${schema.minimum ?? ""}…${schema.maximum ?? ""}`
      : "";
  return `${Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "")}${range}`;
}

/** A readable rendering of the OpenAPI document that /api/openapi.json serves. */
export default async function ApiDocsPage() {
  const t = await getTranslations("api");
  const paths = openApiDocument().paths as Record<string, Record<string, Operation>>;
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">
        {t("intro")}{" "}
        <a href="/api/openapi.json" className="text-brand-700 underline">
          /api/openapi.json
        </a>
      </p>
      {Object.entries(paths).map(([path, operations]) =>
        Object.entries(operations).map(([method, op]) => (
          <section
            key={`${method} ${path}`}
            className="mt-6 border-t border-slate-200 pt-4"
            aria-labelledby={`op-${method}-${path}`}
          >
            <h2 id={`op-${method}-${path}`} className="font-mono text-lg font-semibold">
              {method.toUpperCase()} {path}
            </h2>
            {op.summary && <p className="mt-1 font-medium">{op.summary}</p>}
            {op.description && <p className="mt-1 text-slate-800">{op.description}</p>}
            {op.parameters && op.parameters.length > 0 && (
              <table className="mt-3 w-full text-sm">
                <caption className="text-left font-semibold">{t("parameters")}</caption>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                        {p.name}
                        {p.required && " *"}
                      </th>
                      <td className="py-1 pr-3 font-mono text-xs">{describeSchema(p.schema)}</td>
                      <td className="py-1">{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {op.responses && (
              <dl className="mt-3 text-sm">
                <dt className="font-semibold">{t("responses")}</dt>
                {Object.entries(op.responses).map(([code, r]) => (
                  <dd key={code}>
                    <span className="font-mono">{code}</span> {r.description}
                  </dd>
                ))}
              </dl>
            )}
          </section>
        )),
      )}
    </div>
  );
}
