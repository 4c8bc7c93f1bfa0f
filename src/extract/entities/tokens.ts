/**
 * One linear tokenisation of the article text. Words keep inner apostrophes ("Xi'an"); hyphens are
 * their own tokens ("Jong" "-" "Il"), with `spaceBefore` telling whether they were joined; a possessive
 * "'s" is its own token; runs of capital+dot ("U.S.", "U.N.") are one token.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-case, accents stripped: the gazetteer key of this token. */
  readonly key: string;
  readonly isWord: boolean;
  /** First character is an upper-case letter. */
  readonly isCap: boolean;
  /** Two or more letters, all upper-case ("REUTERS", "UN"). */
  readonly isUpper: boolean;
  /** Whitespace separates it from the previous token (true for the first token). */
  readonly spaceBefore: boolean;
  /** A line break separates it from the previous token (true for the first token). */
  readonly lineStart: boolean;
}

// Alternatives are disjoint at their first character class, so matching is linear in the input.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

export function tokenKey(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const raw = m[0];
    const gap = text.slice(prevEnd, start);
    const spaceBefore = tokens.length === 0 || gap.length > 0;
    const lineStart = tokens.length === 0 || gap.includes('\n');
    // Split a possessive "'s" off its word ("Russia's" -> "Russia" "'s").
    const poss = raw.length > 2 && /['’][sS]$/.test(raw) ? raw.length - 2 : -1;
    if (poss > 0) {
      tokens.push(makeToken(text, start, start + poss, spaceBefore, lineStart));
      tokens.push(makeToken(text, start + poss, start + raw.length, false, false));
    } else {
      tokens.push(makeToken(text, start, start + raw.length, spaceBefore, lineStart));
    }
    prevEnd = start + raw.length;
  }
  return tokens;
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

function makeToken(text: string, start: number, end: number, spaceBefore: boolean, lineStart: boolean): Token {
  const t = text.slice(start, end);
  if (isAscii(t)) {
    // Fast path for ASCII, most news copy.
    const c = t.charCodeAt(0);
    const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const isCap = c >= 65 && c <= 90;
    let letters = 0;
    let lower = false;
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k);
      if (d >= 97 && d <= 122) {
        lower = true;
        letters++;
      } else if (d >= 65 && d <= 90) letters++;
    }
    return { start, end, text: t, key: t.toLowerCase(), isWord, isCap, isUpper: isCap && !lower && letters >= 2, spaceBefore, lineStart };
  }
  const isWord = /[\p{L}\p{N}]/u.test(t[0]!);
  const isCap = UPPER.test(t);
  const letters = t.match(LETTERS);
  const isUpper = isCap && !HAS_LOWER.test(t) && (letters?.length ?? 0) >= 2;
  return { start, end, text: t, key: tokenKey(t), isWord, isCap, isUpper, spaceBefore, lineStart };
}

/** The gazetteer key of a name: its tokens' keys joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
