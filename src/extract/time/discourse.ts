/**
 * Discourse steps: what one expression's clause cannot decide but the whole article can. Pure
 * functions over the candidates and the tense each one's clause gave, run before anchoring.
 *
 * One day per weekday name: an article names one day by a bare weekday ("Tuesday", "Tuesday
 * morning") and qualifies any other ("last Tuesday", "the following Tuesday"). On TBAQ, 66 of the
 * 69 bare weekday names used more than once in one document keep one value, and the 3 that do not
 * all lie on one side of the DCT (a week apart, anchored by the story). So when the clause tenses
 * of one name's bare mentions put them on both sides of the DCT ("Albright headed Tuesday to East
 * Africa" in a preview filed on Monday, beside "her first stop Tuesday morning" that is scheduled),
 * the tenses disagree about one day, and the day nearer the DCT is meant: news tells its own week.
 */
import { type Day, isoWeekday } from './calendar.js';
import type { Spec } from './spec.js';
import type { Tense } from './tense.js';

/** Whether a spec is a bare weekday the DCT and the tense anchor (not "last Friday", not "the following Monday"). */
function bareWeekday(spec: Spec): spec is Extract<Spec, { kind: 'weekday' }> {
  return spec.kind === 'weekday' && spec.rel === 'bare' && !spec.fromAnchor && !spec.possessive;
}

/** The side of the DCT a tense puts a bare weekday on, or null when it leaves the choice open. */
function sideOf(tense: Tense | null): 'past' | 'future' | null {
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return null;
}

/**
 * The tenses to anchor each candidate with: unchanged, except that the bare mentions of one weekday
 * name that tenses put on both sides of the DCT all take the side of the nearer such day. Returns a
 * new array; the inputs are not changed.
 */
export function oneDayPerWeekday(items: ReadonlyArray<{ spec: Spec; tense: Tense | null }>, dct: Day | null): Array<Tense | null> {
  const tenses = items.map((i) => i.tense);
  if (!dct) return tenses;
  const today = isoWeekday(dct);
  const sides = new Map<number, Set<'past' | 'future'>>();
  for (const { spec, tense } of items) {
    if (!bareWeekday(spec) || spec.weekday === today) continue;
    const s = sideOf(tense);
    if (!s) continue;
    const set = sides.get(spec.weekday) ?? new Set();
    set.add(s);
    sides.set(spec.weekday, set);
  }
  return items.map(({ spec }, k) => {
    if (!bareWeekday(spec) || (sides.get(spec.weekday)?.size ?? 0) < 2) return tenses[k]!;
    const ahead = (spec.weekday - today + 7) % 7;
    const back = (today - spec.weekday + 7) % 7;
    return ahead < back ? 'future' : 'past';
  });
}
