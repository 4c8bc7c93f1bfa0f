import { createHash } from 'node:crypto';

/** Lower-case, hyphens/dots/apostrophes folded to spaces, accents stripped, spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable, deterministic slug: "Kim Jong-il" -> "kim-jong-il". */
export function slug(name: string): string {
  const s = normalizeName(name).replace(/[^a-z0-9 ]+/g, '').trim().replace(/ /g, '-');
  return s || 'x' + shortHash(name);
}

export function shortHash(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const KIND_PREFIX = { Person: 'person', Organization: 'org', Country: 'country', Place: 'place' } as const;

export function entityId(kind: keyof typeof KIND_PREFIX, name: string): string {
  return `${KIND_PREFIX[kind]}:${slug(name)}`;
}

export function articleNodeId(articleId: string): string {
  return `article:${articleId}`;
}
