/**
 * Finds the places in a zod schema where input of any size would be accepted: a string without a maximum
 * length, an array without a maximum number of items, a record without a maximum number of keys, or a value
 * of any type. Used by the tests that hold every input schema to its bounds. Browser-safe (zod only).
 */
import { z } from "zod";

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  [key: string]: unknown;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function hasCheck(def: Def, ...names: string[]): boolean {
  return (def.checks ?? []).some((check) => names.includes(check._zod.def.check));
}

/** The dotted paths ("studies.[].label") of every unbounded place; empty when the schema is bounded. */
export function unboundedPaths(schema: z.ZodType, path = "(root)", seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (child: unknown, at = path) => unboundedPaths(child as z.ZodType, at, seen);
  switch (def.type) {
    case "string":
      return hasCheck(def, "max_length", "length_equals") ? [] : [path];
    case "array":
      return [...(hasCheck(def, "max_length", "length_equals") ? [] : [path]), ...inner(def.element, `${path}.[]`)];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
        inner(value, path === "(root)" ? key : `${path}.${key}`),
      );
    case "record":
      // A record has no built-in size check; a refine on it (a "custom" check) is taken as its bound.
      return [
        ...(hasCheck(def, "custom") ? [] : [path]),
        ...inner(def.keyType, `${path}.(key)`),
        ...inner(def.valueType, `${path}.*`),
      ];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
    case "success":
      return inner(def.innerType);
    case "pipe": {
      // The value passes both sides: one bounded side bounds it (a preprocess's or a transform's other side).
      const before = inner(def.in);
      if (before.length === 0) return [];
      const after = inner(def.out);
      return after.length === 0 ? [] : before;
    }
    case "union":
      return (def.options as unknown[]).flatMap((option) => inner(option));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "tuple":
      return [
        ...(def.items as unknown[]).flatMap((item, index) => inner(item, `${path}.${index}`)),
        ...(def.rest ? inner(def.rest, `${path}.[]`) : []),
      ];
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "any":
    case "unknown":
      return [path];
    case "transform":
      // Only as a side of a pipe, whose other side decides.
      return [path];
    default:
      // number, int, boolean, enum, literal, date, null, undefined, custom, …: bounded by their type.
      return [];
  }
}

/**
 * Text that PostgreSQL can store: no NUL character (text columns cannot hold it) and no unpaired surrogate
 * (it has no UTF-8 form). Input schemas refuse anything else on its field, rather than the database failing.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}
export const UNSTORABLE_TEXT = "Contains a character that cannot be stored (a NUL character or half a surrogate pair)";

/**
 * z.string() for text that is stored: it refuses what isStorableText refuses, on the field. Chain trim, min,
 * max and the rest as on z.string().
 */
export const storableString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isStorableText, UNSTORABLE_TEXT);

/** The largest whole number a PostgreSQL integer column holds. */
export const MAX_STORED_INTEGER = 2_147_483_647;
