/**
 * Who may do what, as data: each role holds `verb:resource:scope` grants, where scope is `own` (records the
 * user created) or `any` (every record; it includes own). Pure and browser-safe: the data-access layer
 * enforces these, the UI only uses them to hide what a role cannot do.
 */
export const ROLES = ["OFFICER", "RESEARCHER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Public slugs of the roles (CLI, API). */
export const ROLE_SLUGS = { OFFICER: "officer", RESEARCHER: "researcher", ADMIN: "admin" } as const satisfies Record<
  Role,
  string
>;
export type RoleSlug = (typeof ROLE_SLUGS)[Role];

export function roleFromSlug(slug: string): Role | null {
  return ROLES.find((role) => ROLE_SLUGS[role] === slug) ?? null;
}

export type Verb =
  | "create"
  | "read"
  | "update"
  | "submit"
  | "withdraw"
  | "review"
  | "retract"
  | "revoke"
  | "manage"
  | "rate"
  | "import"
  | "export"
  | "delete";
export type Resource =
  | "account"
  | "submission"
  | "api-token"
  | "intervention"
  | "clearinghouse"
  | "catalogue"
  | "setting"
  | "user"
  | "audit-log"
  | "shortlist"
  | "saved-search";
export type Scope = "own" | "any";
export type Permission = `${Verb}:${Resource}:${Scope}`;

const EVERY_USER: readonly Permission[] = [
  "read:account:own",
  "update:account:own",
  "create:shortlist:own",
  "read:shortlist:own",
  "update:shortlist:own",
  "delete:shortlist:own",
  "create:saved-search:own",
  "read:saved-search:own",
  "update:saved-search:own",
  "delete:saved-search:own",
];

const RESEARCHER: readonly Permission[] = [
  ...EVERY_USER,
  "create:submission:own",
  "read:submission:own",
  "update:submission:own",
  "submit:submission:own",
  "withdraw:submission:own",
  "create:api-token:own",
  "read:api-token:own",
  "revoke:api-token:own",
];

export const GRANTS: Record<Role, readonly Permission[]> = {
  OFFICER: EVERY_USER,
  RESEARCHER,
  ADMIN: [
    ...RESEARCHER,
    "read:submission:any",
    "review:submission:any",
    "retract:submission:any",
    "create:intervention:any",
    "update:intervention:any",
    "rate:intervention:any",
    "manage:clearinghouse:any",
    "import:catalogue:any",
    "export:catalogue:any",
    "manage:setting:any",
    "manage:user:any",
    "read:audit-log:any",
  ],
};

/** Whether the role holds the grant for the record's scope; an `any` grant covers records of others too. */
export function hasPermission(role: Role, verb: Verb, resource: Resource, scope: Scope): boolean {
  const grants = GRANTS[role];
  if (grants.includes(`${verb}:${resource}:any`)) return true;
  return scope === "own" && grants.includes(`${verb}:${resource}:own`);
}

/** Whether a user may act on a record owned by ownerId (null: nobody owns it, so only `any` applies). */
export function canActOn(
  user: { id: string; role: Role },
  verb: Verb,
  resource: Resource,
  ownerId: string | null,
): boolean {
  return hasPermission(user.role, verb, resource, ownerId !== null && ownerId === user.id ? "own" : "any");
}
