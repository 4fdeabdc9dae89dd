// The bulk edit operations as pure functions: an operation is compiled once (a regular
// expression is built and checked there), then applied to every selected image's text.

export type BulkField = "title" | "description" | "both";

export type BulkOperation =
  | {
      kind: "find_replace";
      find: string;
      replace: string;
      matchCase: boolean;
      wholeWords: boolean;
      regex: boolean;
    }
  | { kind: "prefix"; text: string }
  | { kind: "suffix"; text: string }
  | { kind: "replace_all"; text: string }
  | { kind: "trim" }
  | { kind: "title_case" }
  | { kind: "file_name_title" };

export type OperationKind = BulkOperation["kind"];

/** What an operation may read besides the text it changes. */
export interface OperationContext {
  fileName: string | null;
}

export type TextTransform = (text: string, context: OperationContext, multiline: boolean) => string;

export type CompiledOperation =
  { ok: true; apply: TextTransform; titleOnly: boolean } | { ok: false; error: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A word character in any script: `\b` only knows ASCII letters.
const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

function compileFind(op: Extract<BulkOperation, { kind: "find_replace" }>): CompiledOperation {
  if (op.find === "") return { ok: true, apply: (text) => text, titleOnly: false };
  const source = op.regex ? op.find : escapeRegExp(op.find);
  const pattern = op.wholeWords ? `${WORD_BEFORE}(?:${source})${WORD_AFTER}` : source;
  let re: RegExp;
  try {
    re = new RegExp(pattern, op.matchCase ? "gu" : "giu");
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "";
    return {
      ok: false,
      error: `The regular expression is not valid${reason ? `: ${reason}` : ""}.`,
    };
  }
  // A plain replacement is literal text ("$1" stays "$1"); a regular expression may use $1, $<name>.
  const replace = op.regex ? op.replace : () => op.replace;
  return {
    ok: true,
    apply: (text) => text.replace(re, replace as string),
    titleOnly: false,
  };
}

/** Trims the ends and collapses runs of spaces; a description keeps its line breaks. */
export function trimAndCollapse(text: string, multiline: boolean): string {
  if (!multiline) return text.replace(/\s+/g, " ").trim();
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "in",
  "nor",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/**
 * Title Case: every word capitalised and the rest lower case, except short joining words
 * inside the text ("of", "the"...) and words already all capitals (acronyms such as "USA").
 */
export function titleCase(text: string): string {
  const words = text.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((word, i) => {
      if (/^\s*$/.test(word)) return word;
      const letters = word.replace(/[^\p{L}]/gu, "");
      if (letters.length > 1 && letters === letters.toUpperCase()) return word;
      const lower = word.toLowerCase();
      if (i !== 0 && i !== last && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join("");
}

/** "IMG_0412-final.jpg" -> "IMG 0412 final": no extension, dashes and underscores as spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.\s]{1,10}$/, "");
  return base.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}

export function compileOperation(op: BulkOperation): CompiledOperation {
  switch (op.kind) {
    case "find_replace":
      return compileFind(op);
    case "prefix":
      return { ok: true, apply: (text) => op.text + text, titleOnly: false };
    case "suffix":
      return { ok: true, apply: (text) => text + op.text, titleOnly: false };
    case "replace_all":
      return { ok: true, apply: () => op.text, titleOnly: false };
    case "trim":
      return {
        ok: true,
        apply: (text, _c, multiline) => trimAndCollapse(text, multiline),
        titleOnly: false,
      };
    case "title_case":
      return { ok: true, apply: (text) => titleCase(text), titleOnly: false };
    case "file_name_title":
      return {
        ok: true,
        apply: (text, context) =>
          context.fileName ? titleFromFileName(context.fileName) || text : text,
        titleOnly: true,
      };
  }
}
