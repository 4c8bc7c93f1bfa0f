/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string, lineEnd: '\r\n' | '\n'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith(lineEnd, i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += lineEnd.length;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`parseCsv: unexpected ${JSON.stringify(c)} at offset ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('parseCsv: the last line has no line end');
  return rows;
}
