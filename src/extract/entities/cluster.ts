/**
 * Within-article person coreference: name variants, surnames and typos resolve to one person.
 *
 * 1. Candidates with person evidence (a title or rank, "counterpart", an apposition, a given name, a
 *    name shape, a particle inside, a subject verb, the family name alone as a subject) and two or
 *    more name parts found clusters: same normalised name ("Kim Jong-Il" = "Kim Jong Il"), or one name
 *    is an ordered part of the other ending in the same family name ("Robert Mugabe" and "Robert
 *    Gabriel Mugabe").
 * 2. Every other candidate joins a cluster or is dropped: a multi-part name that matches a cluster,
 *    allowing one misspelt part ("Kimg Jong Il"); a single word that is a cluster's family name (then
 *    its given name: "Taro" for "Taro Aso"), the most recently mentioned cluster before it winning
 *    ("Kim" after "Kim Dae-jung" is Kim Dae-jung). A candidate without evidence that matches nothing
 *    is dropped; a single word with a title ("President Obama") founds its own cluster.
 * Two different full names never merge because they share a family name.
 */
import { normalizeName } from '../../model/ids.js';
import type { Position, Span } from '../../model/types.js';
import { ASIAN_SURNAMES } from './words.js';

export interface NamePart extends Span {
  readonly text: string;
}

export interface PersonCandidate {
  /** Name parts: words of the name, hyphenated parts split ("Kim", "Jong", "Il"). */
  readonly parts: readonly NamePart[];
  /** Person evidence: a title, a given name, a name shape, a subject verb, an apposition. */
  readonly strong: boolean;
  readonly positions: readonly Position[];
}

export interface PersonMention extends Span {
  readonly surface: string;
  readonly strong: boolean;
  readonly partCount: number;
}

export interface PersonCluster {
  readonly mentions: PersonMention[];
  readonly positions: Position[];
  /** Normalised parts of the founding (fullest) name. */
  parts: string[];
  /** Starts of mentions added while founding (ascending: founders come in text order). */
  readonly founderStarts: number[];
  /** Start of the latest mention added after founding (those come in text order), or -1. */
  lateMax: number;
}

/** Clusters by name part; a lookup reads at most MAX_LOOKUP of the latest ones (adversarial input). */
class ClusterIndex {
  static readonly MAX_LOOKUP = 64;
  readonly all: PersonCluster[] = [];
  private readonly byPart = new Map<string, PersonCluster[]>();
  private readonly order = new Map<PersonCluster, number>();
  private readonly indexed = new Map<PersonCluster, Set<string>>();
  add(cl: PersonCluster): void {
    this.order.set(cl, this.all.length);
    this.all.push(cl);
    this.indexed.set(cl, new Set());
    this.index(cl, cl.parts);
  }
  index(cl: PersonCluster, parts: readonly string[]): void {
    const done = this.indexed.get(cl)!;
    for (const p of parts) {
      if (done.has(p)) continue;
      done.add(p);
      const list = this.byPart.get(p) ?? [];
      list.push(cl);
      this.byPart.set(p, list);
    }
  }
  /** Clusters sharing a part with `parts`, each once, in creation order. */
  near(parts: readonly string[]): PersonCluster[] {
    const out = new Set<PersonCluster>();
    for (const p of parts) {
      const list = this.byPart.get(p);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && k >= list.length - ClusterIndex.MAX_LOOKUP; k--) out.add(list[k]!);
    }
    return [...out].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const asian = new Set(ASIAN_SURNAMES);

export function clusterPersons(text: string, candidates: readonly PersonCandidate[]): PersonCluster[] {
  const index = new ClusterIndex();
  let founding = true;
  const newCluster = (parts: string[]): PersonCluster => {
    const cl: PersonCluster = { mentions: [], positions: [], parts, founderStarts: [], lateMax: -1 };
    index.add(cl);
    return cl;
  };
  const add = (cl: PersonCluster, c: PersonCandidate, ps: readonly NamePart[], keys: string[]) => {
    const before = cl.parts;
    addMention(text, cl, c, ps, keys);
    if (founding) cl.founderStarts.push(ps[0]!.start);
    else cl.lateMax = ps[0]!.start;
    if (cl.parts !== before) index.index(cl, cl.parts);
  };
  const keyed = candidates.map((c) => ({ c, parts: c.parts.map((p) => normalizeName(p.text)).filter((p) => p !== '') }));

  // 1. Founders.
  for (const { c, parts } of keyed) {
    if (!c.strong || parts.length < 2) continue;
    const start = c.parts[0]!.start;
    // Founders merge on a misspelt part only when it is long ("Cavoco Silva"), never "Li Peng"/"Li Ping".
    const target = pick(index.near(parts), start, (cl) => sameName(cl.parts, parts, true, 5));
    add(target ?? newCluster(parts), c, c.parts, parts);
  }
  founding = false;
  // 2. Everything else, in text order.
  const pending: Array<{ c: PersonCandidate; parts: string[] }> = [];
  for (const k of keyed) if (!(k.c.strong && k.parts.length >= 2)) pending.push(k);
  for (const { c, parts } of pending) {
    if (parts.length === 0) continue;
    const start = c.parts[0]!.start;
    if (parts.length >= 2) {
      // A weak run longer than the name it contains is a name plus other words ("Kim Jong-Il Heads").
      const whole = pick(index.near(parts), start, (cl) => parts.length <= cl.parts.length && sameName(cl.parts, parts, true));
      if (whole) add(whole, c, c.parts, parts);
      // Sub-runs: "Putin-Kim", a headline "Kim Jong-Il Heads".
      else resolveSubRuns(index, c, add);
      continue;
    }
    const near = index.near(parts);
    const single = pick(near, start, (cl) => surnameOf(cl, parts[0]!)) ?? pick(near, start, (cl) => cl.parts.includes(parts[0]!));
    if (single) add(single, c, c.parts, parts);
    else if (c.strong && parts[0]!.length > 1) add(newCluster(parts), c, c.parts, parts);
  }
  return index.all.filter((cl) => cl.mentions.length > 0);
}

function resolveSubRuns(
  index: ClusterIndex,
  c: PersonCandidate,
  add: (cl: PersonCluster, c: PersonCandidate, ps: readonly NamePart[], keys: string[]) => void,
): void {
  const parts = c.parts;
  let s = 0;
  while (s < parts.length) {
    let matched = 0;
    for (let len = parts.length - s; len >= 1 && matched === 0; len--) {
      if (s === 0 && len === parts.length) continue; // the whole run was tried
      const sub = parts.slice(s, s + len);
      const keys = sub.map((p) => normalizeName(p.text));
      if (!/^\p{Lu}/u.test(sub[0]!.text)) continue;
      const start = sub[0]!.start;
      const near = index.near(keys);
      const cl =
        len >= 2
          ? pick(near, start, (x) => sameName(x.parts, keys, true))
          : keys[0]!.length > 1
            ? pick(near, start, (x) => surnameOf(x, keys[0]!))
            : null;
      if (cl) {
        add(cl, { parts: sub, strong: false, positions: [] }, sub, keys);
        matched = len;
      }
    }
    s += matched || 1;
  }
}

function addMention(text: string, cl: PersonCluster, c: PersonCandidate, parts: readonly NamePart[], keys: string[]): void {
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  cl.mentions.push({ start, end, surface: text.slice(start, end), strong: c.strong, partCount: keys.length });
  for (const p of c.positions) {
    if (!cl.positions.some((q) => q.title === p.title && q.of === p.of && q.time === p.time)) cl.positions.push(p);
  }
  if (keys.length > cl.parts.length && c.strong) cl.parts = keys;
}

/** The cluster satisfying `ok` mentioned most recently before `pos`, else the first one after it. */
function pick(clusters: readonly PersonCluster[], pos: number, ok: (cl: PersonCluster) => boolean): PersonCluster | null {
  let best: PersonCluster | null = null;
  let bestBefore = -1;
  let bestAfter = Infinity;
  for (const cl of clusters) {
    if (!ok(cl)) continue;
    // Founders' starts are sorted; later mentions all precede `pos` (text order).
    const fs = cl.founderStarts;
    let lo = 0;
    let hi = fs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fs[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    const before = Math.max(lo > 0 ? fs[lo - 1]! : -1, cl.lateMax < pos ? cl.lateMax : -1);
    const after = lo < fs.length ? fs[lo]! : Infinity;
    if (before > bestBefore || (bestBefore === -1 && before === -1 && after < bestAfter)) {
      best = cl;
      bestBefore = before;
      bestAfter = after;
    }
  }
  return best;
}

/** "Kim" for Kim Jong-il (family name first), "Putin" for Vladimir Putin. */
function surnameOf(cl: PersonCluster, part: string): boolean {
  const p = cl.parts;
  if (p.length === 1) return p[0] === part;
  if (asian.has(p[0]!) && p[0] === part) return true;
  return p[p.length - 1] === part;
}

/**
 * Same person: equal names; or the shorter is an ordered subsequence of the longer with the same
 * family name (last part, or first part of an East Asian name). With `fuzzy`, one part may be
 * misspelt (edit distance 1, or 2 for parts of six letters or more).
 */
export function sameName(a: readonly string[], b: readonly string[], fuzzy: boolean, minTypoLength = 3): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 && !(short.length === long.length)) return false;
  let typos = 0;
  const eq = (x: string, y: string): boolean => {
    if (x === y) return true;
    if (!fuzzy || typos > 0 || x.length < minTypoLength || y.length < minTypoLength || x[0] !== y[0]) return false;
    const d = editDistance(x, y, 2);
    if (d <= 1 || (d === 2 && x.length >= 6 && y.length >= 6)) {
      typos++;
      return true;
    }
    return false;
  };
  if (short.length === long.length) {
    for (let k = 0; k < short.length; k++) if (!eq(short[k]!, long[k]!)) return false;
    return true;
  }
  // Ordered subsequence, anchored on the family name.
  const asianName = asian.has(long[0]!);
  if (asianName) {
    if (!eq(short[0]!, long[0]!)) return false;
  } else if (!eq(short[short.length - 1]!, long[long.length - 1]!)) return false;
  let k = 0;
  for (const part of long) if (k < short.length && eq(part, short[k]!)) k++;
  return k === short.length;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
