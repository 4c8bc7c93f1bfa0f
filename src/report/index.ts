/** `eventline report`: the matching events as one self-contained, offline HTML page. */
import type { TimelineEvent, TimelineFilter } from '../store/store.js';
import { loadLibraries } from './assets/libraries.js';
import { reportData } from './data.js';
import { renderReport } from './html.js';

export { embedJson } from './html.js';
export { reportData, type ReportData } from './data.js';

export function buildReport(events: readonly TimelineEvent[], filter: TimelineFilter = {}, title?: string): string {
  return renderReport(reportData(events, filter, title), loadLibraries());
}
