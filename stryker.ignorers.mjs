// @ts-check
/**
 * A Stryker ignore-plugin for lib/stats: leaves the wording of texts unmutated, never the logic around them.
 *
 * - OpenAPI descriptions, documentation for people: the argument of a zod `.meta(...)` call, and text passed
 *   to a local helper's `description` parameter.
 * - Error-message wording: the message argument of `new StatsError(code, message, path)`, `message:`
 *   properties and `message` variables, the message argument of zod checks (`.int("…")`, `.min(2, "…")`),
 *   and the input-form labels those messages quote.
 *   The tests pin which error is raised, for which field and with which code; the exact sentence is left to
 *   review. Codes ("invalid_input", "not_converged") and paths stay mutated.
 */
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

const ZOD_CHECKS_WITH_MESSAGE = new Set(["int", "positive", "nonnegative", "min", "max"]);

/** @param {any} callee */
function calledMethod(callee) {
  return callee?.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : null;
}

/**
 * Local helpers that take a `description` parameter (e.g. `const count = (description: string) =>
 * z.number()….meta({ description })`), by name, with the position of that parameter. Recorded when the
 * declaration is visited: by the time a call is visited Stryker has already rewritten the declaration.
 * @type {Map<string, number>}
 */
const descriptionParameters = new Map();

/** @param {any} path Babel NodePath */
function recordDescriptionParameter(path) {
  if (path.isProgram()) descriptionParameters.clear();
  if (!path.isVariableDeclarator() || path.node.id.type !== "Identifier") return;
  const params = path.node.init?.params ?? [];
  const index = params.findIndex(
    (/** @type {any} */ param) => param.type === "Identifier" && param.name === "description",
  );
  if (index >= 0) descriptionParameters.set(path.node.id.name, index);
}

/**
 * @param {any} call Babel NodePath of a CallExpression
 * @param {number} index
 */
function passedAsDescription(call, index) {
  const callee = call.node.callee;
  return callee.type === "Identifier" && descriptionParameters.get(callee.name) === index;
}

/** @param {any} path Babel NodePath */
function shouldIgnore(path) {
  recordDescriptionParameter(path);
  const parent = path.parentPath;
  if (!parent) return undefined;
  const isText = path.isStringLiteral() || path.isTemplateLiteral();

  if (parent.isCallExpression() && path.listKey === "arguments") {
    const method = calledMethod(parent.node.callee);
    if (method === "meta") return "OpenAPI description text";
    if (isText && method !== null && ZOD_CHECKS_WITH_MESSAGE.has(method)) return "Error message wording";
    if (isText && passedAsDescription(parent, /** @type {number} */ (path.key))) return "OpenAPI description text";
  }
  if (parent.isNewExpression() && path.listKey === "arguments" && path.key === 1) {
    const callee = parent.node.callee;
    if (callee.type === "Identifier" && callee.name === "StatsError") return "Error message wording";
  }
  if (parent.isObjectProperty() && path.key === "value") {
    const key = parent.node.key;
    if (key.type === "Identifier" && key.name === "message") return "Error message wording";
    // INPUT_FORMS[form].label: how a form is named inside error messages.
    if (isText && key.type === "Identifier" && key.name === "label") return "Error message wording";
  }
  if (parent.isVariableDeclarator() && path.key === "init") {
    const id = parent.node.id;
    if (id.type === "Identifier" && id.name === "message") return "Error message wording";
  }
  return undefined;
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "stats-texts", { shouldIgnore })];
