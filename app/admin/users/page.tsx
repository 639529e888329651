import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findUsers, parseUserQuery, USER_PAGE_SIZE, USER_STATUSES } from "@/lib/curation/users";
import { ROLE_SLUGS, ROLES } from "@/lib/auth/permissions";
import { toLocale } from "@/lib/i18n/locale";
import { AdminPagination } from "@/components/admin/edit/pagination";
import { ConfirmButton } from "@/components/researcher/confirm-button";
import { TemporaryPasswordForm } from "@/components/admin/users/temporary-password-form";
import { adminPageViewer } from "../access";
import { changeRoleAction, deactivateAction, reactivateAction, temporaryPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

const NOTICES = [
  "role-changed",
  "deactivated",
  "reactivated",
  "unchanged",
  "last-admin",
  "self",
  "not-found",
  "forbidden",
  "sign-in",
  "invalid",
  "paused",
] as const;
const GOOD_NOTICES = new Set(["role-changed", "deactivated", "reactivated", "unchanged"]);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/users", "manage", "user");
  const t = await getTranslations("admin.users");
  const ta = await getTranslations("account");
  const te = await getTranslations("admin.edit");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const parsed = parseUserQuery(params, locale);
  const query = parsed.ok ? parsed.data : { q: undefined, role: undefined, status: undefined, page: undefined };
  const page = query.page ?? 1;
  const notice = NOTICES.find((value) => value === params.notice);
  const { items, total } = await findUsers({ viewer, query: { ...query, page } });
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));

  const queryString = (to: number) => {
    const next = new URLSearchParams();
    if (query.q) next.set("q", query.q);
    if (query.role) next.set("role", query.role);
    if (query.status) next.set("status", query.status);
    if (to > 1) next.set("page", String(to));
    return next.toString();
  };
  const back = queryString(page);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const button = "rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50";
  const inputClass = "mt-1 block rounded border border-slate-400 px-2 py-1";

  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {notice && (
        <p
          role={GOOD_NOTICES.has(notice) ? "status" : "alert"}
          className={
            GOOD_NOTICES.has(notice)
              ? "mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-900"
              : "mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900"
          }
        >
          {t(`notices.${notice}`)}
        </p>
      )}
      {!parsed.ok && (
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p>{t("invalidQuery")}</p>
          <ul className="list-disc pl-6">
            {parsed.issues.map((issue) => (
              <li key={issue.path}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}

      <form method="get" action="/admin/users" role="search" aria-label={t("filters.label")} className="mt-4">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="users-q" className="block font-medium">
              {t("filters.q")}
            </label>
            <input id="users-q" name="q" type="search" defaultValue={query.q ?? ""} className={`${inputClass} w-64`} />
          </div>
          <div>
            <label htmlFor="users-role" className="block font-medium">
              {t("filters.role")}
            </label>
            <select id="users-role" name="role" defaultValue={query.role ?? ""} className={inputClass}>
              <option value="">{t("filters.anyRole")}</option>
              {ROLES.map((role) => (
                <option key={role} value={ROLE_SLUGS[role]}>
                  {ta(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="users-status" className="block font-medium">
              {t("filters.status")}
            </label>
            <select id="users-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
              <option value="">{t("filters.anyStatus")}</option>
              {USER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`filters.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-700">
            {t("filters.submit")}
          </button>
          <Link href="/admin/users" className="self-center text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

      <h2 className="mt-6 text-lg font-semibold">{t("count", { count: total })}</h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((user) => {
            const isSelf = user.id === viewer.id;
            const roleId = `role-${user.id}`;
            return (
              <li
                key={user.id}
                id={`user-${user.id}`}
                className="rounded border border-slate-300 p-3"
                aria-labelledby={`name-${user.id}`}
                data-testid="user-row"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 id={`name-${user.id}`} className="font-semibold">
                      {user.name} {isSelf && <span className="font-normal text-slate-600">{t("you")}</span>}
                    </h3>
                    <p className="text-sm text-slate-700">{user.email}</p>
                  </div>
                  <p className="text-sm">
                    <span className="sr-only">{t("roleLabel")}: </span>
                    <span className="rounded border border-slate-400 px-2 py-0.5" data-testid="user-role">
                      {ta(`roles.${user.role}`)}
                    </span>{" "}
                    <span
                      data-testid="user-status"
                      className={user.disabledAt ? "font-medium text-red-800" : "text-green-800"}
                    >
                      {user.disabledAt ? t("statusDeactivated", { date: date(user.disabledAt) }) : t("statusActive")}
                    </span>
                  </p>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("since", { date: date(user.createdAt) })} · {t("sessions", { count: user.sessions })} ·{" "}
                  {t("apiTokens", { count: user.apiTokens })} ·{" "}
                  <Link
                    href={`/admin/audit?entityType=user&entityId=${encodeURIComponent(user.id)}`}
                    className="text-brand-700 underline"
                  >
                    {t("auditLink", { name: user.name })}
                  </Link>
                </p>
                <div className="mt-3 flex flex-wrap items-end gap-3">
                  <form action={changeRoleAction} className="flex items-end gap-2">
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="back" value={back} />
                    <div>
                      <label htmlFor={roleId} className="block text-sm font-medium">
                        {t("actions.newRole", { name: user.name })}
                      </label>
                      <select
                        id={roleId}
                        name="role"
                        defaultValue={ROLE_SLUGS[user.role]}
                        className="mt-1 rounded border border-slate-400 px-2 py-1 text-sm"
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={ROLE_SLUGS[role]}>
                            {ta(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button type="submit" className={button}>
                      {t("actions.changeRole")}
                    </button>
                  </form>
                  {!isSelf &&
                    (user.disabledAt ? (
                      <form action={reactivateAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="back" value={back} />
                        <button
                          type="submit"
                          className={button}
                          aria-label={t("actions.reactivateLabel", { name: user.name })}
                        >
                          {t("actions.reactivate")}
                        </button>
                      </form>
                    ) : (
                      <form action={deactivateAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="back" value={back} />
                        <ConfirmButton
                          className={button}
                          label={t("actions.deactivateLabel", { name: user.name })}
                          confirm={t("actions.deactivateConfirm", { name: user.name })}
                        >
                          {t("actions.deactivate")}
                        </ConfirmButton>
                      </form>
                    ))}
                  <TemporaryPasswordForm
                    userId={user.id}
                    action={temporaryPasswordAction}
                    labels={{
                      button: t("actions.temporaryPassword"),
                      buttonLabel: t("actions.temporaryPasswordLabel", { name: user.name }),
                      confirm: t("actions.temporaryConfirm", { name: user.name }),
                      shown: t("temporary.shown", { email: user.email }),
                      once: t("temporary.once"),
                      failed: t.raw("temporary.failed") as string,
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <AdminPagination
        page={page}
        pages={pages}
        href={(to) => {
          const text = queryString(to);
          return text ? `/admin/users?${text}` : "/admin/users";
        }}
        labels={{
          label: te("pagination.label"),
          previous: te("pagination.previous"),
          next: te("pagination.next"),
          page: te("pagination.page", { page, pages }),
        }}
      />
    </div>
  );
}
