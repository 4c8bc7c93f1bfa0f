/**
 * The report as one self-contained HTML document. Data goes in a `<script type="application/json">`
 * block with `<`, `>`, `&`, U+2028 and U+2029 escaped; the page script puts it into the DOM as text.
 * A Content-Security-Policy allows only the inline scripts whose hashes it lists and no network
 * access at all, so the file works offline and an injected tag could not run.
 */
import { createHash } from 'node:crypto';
import type { InlineLibrary } from './assets/libraries.js';
import { CLIENT_SCRIPT } from './assets/client.js';
import { REPORT_CSS, TYPE_COLOURS } from './assets/style.js';
import type { ReportData } from './data.js';

/** JSON that is safe inside a `<script>` element: it cannot close the element or open a comment. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for HTML element content or a double-quoted attribute. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Script code that cannot end its `<script>` element early. */
function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function renderReport(data: ReportData, libraries: readonly InlineLibrary[]): string {
  const scripts: string[] = [];
  const [timelineLib, networkLib] = libraries;
  if (!timelineLib || !networkLib) throw new Error('renderReport: expected the vis-timeline and vis-network libraries');
  scripts.push(scriptSafe(timelineLib.code));
  scripts.push('window.EventlineVis = { timeline: window.vis }; window.vis = {};');
  scripts.push(scriptSafe(networkLib.code));
  scripts.push('window.EventlineVis.network = window.vis;');
  scripts.push(scriptSafe(CLIENT_SCRIPT));
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const dated = data.events.filter((e) => e.startDate).length;
  const legend = [
    ...Object.keys(TYPE_COLOURS).map((t) => `<span><i class="swatch type-${t.toLowerCase()}"></i>${t}</span>`),
    '<span><i class="swatch hollow"></i>planned, possible or cancelled</span>',
    '<span><i class="swatch range type-other"></i>interval (uncertain dates drawn as ranges)</span>',
  ].join('');
  const libsNote = libraries.map((l) => `${l.name} ${l.version}`).join(', ');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${htmlText(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="eventline (${htmlText(libsNote)})">
<title>${htmlText(data.title)} — ${htmlText(data.scope)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${htmlText(data.title)}</h1>
<p class="subtitle">${htmlText(data.scope)} · ${data.events.length} events (${dated} dated) · click an event for its evidence</p>
<div class="legend">${legend}</div>
</header>
<main>
<section id="timeline-section"><h2>Timeline (one lane per actor)</h2><div id="timeline"></div><h2 id="undated-title">Undated events</h2><ul id="undated" class="undated"></ul></section>
<section id="graph-section"><h2>Actors and events</h2><div id="graph"></div></section>
<section id="details-section"><h2>Event</h2><div id="details"><p class="hint">Click an event on the timeline or in the graph.</p></div></section>
</main>
<script type="application/json" id="eventline-data">${embedJson(data)}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
}
