/**
 * TimeML reader (TempEval-3 `.tml` files). One linear pass over the XML with a tag stack: the article
 * text is the character data inside <TEXT> with every inline tag removed and entities decoded; the
 * gold TIMEX3 tags inside <TEXT> keep their offsets into that text. The DCT TIMEX3 gives publishedAt.
 */
import { InputError } from '../model/errors.js';
import type { Article, TimexType } from '../model/types.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  tid: string;
}

export interface TimeMLDocument {
  article: Article;
  gold: GoldTimex[];
}

const TIMEX_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities; `fail` is called with a reason for an unknown or malformed one. */
export function decodeEntities(s: string, fail: (reason: string) => never): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) fail(`unterminated entity near "${s.slice(amp, amp + 12)}"`);
    const name = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) ch = codePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) ch = codePoint(parseInt(name.slice(1), 10));
    else ch = NAMED_ENTITIES[name];
    if (ch === undefined) fail(`unknown entity &${name};`);
    out += ch;
    i = semi + 1;
  }
  return out;
}

function codePoint(n: number): string | undefined {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

interface OpenTag {
  name: string;
  attrs: Record<string, string>;
  /** Offset in the TEXT character data where the element starts (only meaningful inside TEXT). */
  textStart: number;
  /** Offset in the raw XML where the element's content starts. */
  rawStart: number;
}

const ATTR = /([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*')/g;

function parseAttrs(src: string, fail: (reason: string) => never): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(src)) !== null) {
    attrs[m[1]!] = decodeEntities(m[2]!.slice(1, -1), fail);
  }
  const rest = src.replace(ATTR, '').trim();
  if (rest !== '') fail(`malformed attributes "${rest.slice(0, 40)}"`);
  return attrs;
}

/** Normalises a DCT value (`19980812`, `1998-08-12T08:00`, `1998-08-12`) to an ISO day, or null. */
export function dctToIsoDay(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * The dateline in the raw DCT content before its TIMEX3 ("SEOUL, <TIMEX3 " -> "SEOUL"): tags removed,
 * entities decoded, trailing punctuation dropped. Null when nothing but punctuation precedes the date.
 */
function datelineOfDct(raw: string, fail: (reason: string) => never): string | null {
  const lt = raw.lastIndexOf('<');
  const text = decodeEntities((lt === -1 ? raw : raw.slice(0, lt)).replace(/<[^>]*>/g, ''), fail);
  const cleaned = text.replace(/[\s,;:(\-–—_]+$/u, '').trim();
  return /\p{L}/u.test(cleaned) ? cleaned : null;
}

export function parseTimeML(xml: string, file: string): TimeMLDocument {
  const fail = (reason: string): never => {
    throw new InputError(file, `TimeML: ${reason}`);
  };
  const stack: OpenTag[] = [];
  let docId: string | null = null;
  let title: string | null = null;
  let dctValue: string | undefined;
  let dateline: string | null = null;
  let text = '';
  let sawText = false;
  let inText = false;
  const gold: GoldTimex[] = [];
  let sawRoot = false;

  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const chunkEnd = lt === -1 ? n : lt;
    if (chunkEnd > i) {
      const raw = xml.slice(i, chunkEnd);
      if (stack.length === 0 && raw.trim() !== '') fail('character data outside the root element');
      if (inText) text += decodeEntities(raw, fail);
      else decodeEntities(raw, fail);
    }
    if (lt === -1) break;
    // Markup.
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close === -1) fail('unterminated comment');
      i = close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close === -1) fail('unterminated CDATA section');
      if (inText) text += xml.slice(lt + 9, close);
      i = close + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2);
      if (close === -1) fail('unterminated processing instruction');
      i = close + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      const close = xml.indexOf('>', lt + 2);
      if (close === -1) fail('unterminated declaration');
      i = close + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt === -1) fail(`unterminated tag at offset ${lt}`);
    const inner = xml.slice(lt + 1, gt);
    if (inner.includes('<')) fail(`"<" inside a tag at offset ${lt}`);
    i = gt + 1;
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name ?? '(nothing)'}>`);
      closeElement(open!, lt);
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = /^[A-Za-z_:][-\w:.]*/.exec(body);
    if (!nameMatch) fail(`malformed tag "<${inner.slice(0, 30)}>"`);
    const name = nameMatch![0];
    if (stack.length === 0) {
      if (sawRoot) fail('more than one root element');
      sawRoot = true;
    }
    const attrs = parseAttrs(body.slice(name.length), fail);
    const open: OpenTag = { name, attrs, textStart: text.length, rawStart: i };
    if (selfClosing) {
      closeElement(open, lt);
    } else {
      stack.push(open);
      if (name === 'TEXT') {
        if (sawText) fail('more than one <TEXT>');
        sawText = true;
        inText = true;
      }
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!sawRoot) fail('no XML element');

  function closeElement(open: OpenTag, rawEnd: number): void {
    const parent = stack[stack.length - 1]?.name;
    switch (open.name) {
      case 'TEXT':
        inText = false;
        break;
      case 'DOCID':
        docId = decodeEntities(xml.slice(open.rawStart, rawEnd), fail).trim();
        break;
      case 'TITLE':
        if (!inText) title = decodeEntities(xml.slice(open.rawStart, rawEnd).replace(/<[^>]*>/g, ''), fail).trim();
        break;
      case 'TIMEX3':
        if (parent === 'DCT' || open.attrs.functionInDocument === 'CREATION_TIME') {
          if (!inText) dctValue ??= open.attrs.value;
        }
        // "<DCT>SEOUL, <TIMEX3 ...>Dec 19 , 2006</TIMEX3>, 2006</DCT>": the text before the date is the dateline.
        if (parent === 'DCT' && !inText && dateline === null) dateline = datelineOfDct(xml.slice(stack[stack.length - 1]!.rawStart, open.rawStart), fail);
        if (inText) {
          const type = open.attrs.type ?? '';
          if (!TIMEX_TYPES.has(type)) fail(`TIMEX3 ${open.attrs.tid ?? '?'} has type "${type}"`);
          gold.push({
            start: open.textStart,
            end: text.length,
            text: text.slice(open.textStart, text.length),
            type: type as TimexType,
            value: open.attrs.value ?? '',
            tid: open.attrs.tid ?? '',
          });
        }
        break;
    }
  }

  if (!docId) fail('no <DOCID>');
  if (!sawText) fail('no <TEXT>');
  const article: Article = {
    id: docId!,
    title: title ?? '',
    text,
    publishedAt: dctToIsoDay(dctValue),
    source: null,
    url: null,
    dateline,
    origin: file,
  };
  return { article, gold };
}
