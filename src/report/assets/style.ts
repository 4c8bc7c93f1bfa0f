/** The report's own CSS (the vis libraries inject theirs). Colours by event type and entity kind. */
export const TYPE_COLOURS: Record<string, string> = { Visit: '#2b6cb0', Meeting: '#2f855a', Talks: '#c05621' };
export const OTHER_COLOUR = '#718096';
export const KIND_COLOURS: Record<string, string> = { Person: '#6b46c1', Organization: '#b7791f', Country: '#c53030', Place: '#319795' };

function typeRules(): string {
  const rules: string[] = [];
  const all = { ...Object.fromEntries(Object.entries(TYPE_COLOURS).map(([k, v]) => [k.toLowerCase(), v])), other: OTHER_COLOUR };
  for (const [t, c] of Object.entries(all)) {
    rules.push(
      `.vis-item.vis-range.type-${t} { background-color: ${c}; border-color: ${c}; color: #fff; }`,
      `.vis-item.vis-dot.type-${t} { border-color: ${c}; background-color: ${c}; }`,
      `.vis-item.vis-point.type-${t} { color: ${c}; }`,
      `.vis-item.vis-range.hollow.type-${t} { background-color: #fff; color: ${c}; }`,
      `.swatch.type-${t} { background-color: ${c}; border-color: ${c}; }`,
    );
  }
  return rules.join('\n');
}

export const REPORT_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a202c; background: #f7fafc; }
header { padding: 14px 20px 8px; background: #fff; border-bottom: 1px solid #e2e8f0; }
header h1 { margin: 0; font-size: 20px; }
header .subtitle { color: #4a5568; margin: 2px 0 6px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; color: #4a5568; font-size: 13px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 14px; height: 10px; border: 2px solid; border-radius: 2px; }
.swatch.hollow { background-color: #fff !important; border-style: dashed; }
.swatch.range { width: 28px; opacity: 0.75; }
.swatch.kind { width: 10px; border-radius: 50%; }
main { padding: 12px 20px 20px; display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 14px; }
section { background: #fff; border: 1px solid #e2e8f0; border-radius: 6px; padding: 10px 12px; min-width: 0; }
section h2 { margin: 0 0 8px; font-size: 15px; color: #2d3748; }
#timeline-section { grid-column: 1 / -1; }
#graph { height: 440px; }
#details { max-height: 490px; overflow: auto; }
.hint { color: #718096; font-style: italic; }
.undated { margin: 8px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.undated button, .event-link { font: inherit; font-size: 13px; border: 1px solid #cbd5e0; border-radius: 4px; background: #fff; padding: 2px 8px; cursor: pointer; }
.undated button.hollow { border-style: dashed; }
.vis-item { font-size: 12px; }
.vis-item.vis-range { border-width: 2px; border-radius: 3px; }
.vis-item.vis-range.hollow { border-style: dashed; }
.vis-item.vis-range.uncertain { opacity: 0.75; }
.vis-item.vis-dot { border-width: 5px; border-radius: 6px; }
.vis-item.vis-dot.hollow { background-color: #fff; border-width: 3px; }
.vis-item.vis-point { background: transparent; border: none; }
.vis-item.vis-selected { box-shadow: 0 0 0 3px #f6ad55; }
.vis-label .lane-kind { color: #718096; font-size: 11px; margin-left: 4px; }
#details h3 { margin: 0 0 4px; font-size: 16px; }
#details .meta { color: #4a5568; margin: 0 0 8px; }
#details ul { margin: 0 0 8px; padding-left: 18px; }
#details blockquote { margin: 6px 0 2px; padding: 4px 10px; border-left: 3px solid #cbd5e0; background: #f7fafc; white-space: pre-wrap; }
#details .cite { color: #4a5568; font-size: 12px; margin: 0 0 10px; }
.status { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 8px; background: #edf2f7; margin-left: 6px; }
${typeRules()}
`;
