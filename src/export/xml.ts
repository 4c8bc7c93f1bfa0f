/** XML text for the GraphML and GEXF writers. */

/**
 * Escapes text for XML 1.0 element content and double-quoted attributes. Characters XML 1.0 cannot
 * carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; tab, CR, LF, NEL and
 * U+2028/U+2029 are written as character references so parsers keep them as they are.
 */
export function xmlEscape(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!;
        i++;
      } else out += '\ufffd';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
      continue;
    }
    switch (c) {
      case 0x26:
        out += '&amp;';
        break;
      case 0x3c:
        out += '&lt;';
        break;
      case 0x3e:
        out += '&gt;';
        break;
      case 0x22:
        out += '&quot;';
        break;
      case 0x27:
        out += '&apos;';
        break;
      case 0x09:
        out += '&#9;';
        break;
      case 0x0a:
        out += '&#10;';
        break;
      case 0x0d:
        out += '&#13;';
        break;
      case 0x85:
      case 0x2028:
      case 0x2029:
        // line separators some parsers normalise to LF when they stand raw
        out += `&#${c};`;
        break;
      default:
        out += c < 0x20 || c === 0xfffe || c === 0xffff ? '\ufffd' : value[i]!;
    }
  }
  return out;
}

/** `name="value"` pairs, values escaped. */
export function xmlAttrs(attrs: Record<string, string | number | undefined | null>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}
