// Unicode that makes text read differently from what it is. Bidirectional embeddings, overrides
// and isolates (U+202A-U+202E, U+2066-U+2069) reorder what follows them: "photo\u202Egpj.exe"
// shows as "photoexe.jpg" (the "Trojan Source" class). Ordinary right-to-left text (Hebrew,
// Arabic) needs none of them; the Unicode algorithm orders it from the letters alone.
// The marks (LRM U+200E, RLM U+200F, ALM U+061C) are invisible strong letters that RTL writers
// and keyboards insert to place punctuation and numbers correctly: they stay allowed in titles
// and descriptions, and are refused only in file names, where nothing needs them and an
// extension must read as it is. Lone surrogates are not text at all (they cannot be encoded
// as UTF-8), so they are refused everywhere.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_MARKS = /[\u200E\u200F\u061C]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasBidiControls(text: string, marksToo = false): boolean {
  return BIDI_CONTROLS.test(text) || (marksToo && BIDI_MARKS.test(text));
}

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** For names the server makes up from user input (upload names, URL paths): drop, do not refuse. */
export function withoutUnsafeUnicode(text: string): string {
  return text
    .replace(new RegExp(LONE_SURROGATE.source, "g"), "")
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "")
    .normalize("NFC");
}

export const BIDI_MESSAGE = "must not contain bidirectional override or isolate characters";
export const BIDI_MARK_MESSAGE = "must not contain bidirectional control characters";
export const SURROGATE_MESSAGE = "must be valid Unicode text";

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** C0 and C1 control characters and DEL; multi-line text may still hold tab, LF and CR. */
export function hasControlCharacters(text: string, multiline = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    if (control && !(multiline && (c === TAB || c === LF || c === CR))) return true;
  }
  return false;
}
