import type { FrappeViewMode } from 'frappe-gantt';
import type { TimelineZoom } from '../../store/ops-state';
import { sharedDateFormat } from './cached-date-formats';

const LABEL_STYLES = {
  shortMonth: { month: 'short' },
  monthAndDay: { month: 'numeric', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// toLocaleDateString builds a new formatter on every call: labelling a year of weeks that way
// was two thirds of a zoom's header (about 15 ms). The labels use the shared formatters.
const dateLabel = (d: Date, lang: string, style: keyof typeof LABEL_STYLES) => sharedDateFormat(lang, LABEL_STYLES[style]).format(d);

const month = (d: Date, lang: string) => dateLabel(d, lang, 'shortMonth');

/** The options of the two formatters frappe-gantt builds for each date label (its date_utils.format). */
const FRAPPE_LABEL_STYLES: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }];

/**
 * Builds the shared formatters the chart's first draw asks for. The page's first
 * Intl.DateTimeFormat sets up the browser's date formatting: 23 to 45 ms in a fresh Chromium page
 * on this machine, each later one under a millisecond. Done when the page is idle, that time is
 * not spent between a click on the timeline and its bars.
 */
export function warmChartDateFormats(language: string): void {
  for (const options of [...FRAPPE_LABEL_STYLES, ...Object.values(LABEL_STYLES)]) sharedDateFormat(language, options);
}
const year = (d: Date) => String(d.getFullYear());

// frappe-gantt's modes plus a quarter view it lacks. Its default paddings are replaced by
// fixed ones (infinite padding re-renders on every wheel event: 15 s frozen at 5k tasks).
export const GANTT_VIEW_MODES: Record<TimelineZoom, FrappeViewMode> = {
  day: {
    name: 'Day', padding: '14d', step: '1d', column_width: 36, date_format: 'YYYY-MM-DD',
    lower_text: (d) => String(d.getDate()),
    upper_text: (d, ld, lang) => (!ld || d.getMonth() !== ld.getMonth() ? `${month(d, lang)} ${year(d)}` : ''),
    thick_line: (d) => d.getDay() === 1,
  },
  week: {
    name: 'Week', padding: '1m', step: '7d', column_width: 110, date_format: 'YYYY-MM-DD',
    lower_text: (d, _ld, lang) => dateLabel(d, lang, 'monthAndDay'),
    upper_text: (d, ld, lang) => (!ld || d.getMonth() !== ld.getMonth() ? `${month(d, lang)} ${year(d)}` : ''),
    thick_line: (d) => d.getDate() <= 7, upper_text_frequency: 4,
  },
  month: {
    name: 'Month', padding: '2m', step: '1m', column_width: 110, date_format: 'YYYY-MM', snap_at: '7d',
    lower_text: (d, _ld, lang) => month(d, lang),
    upper_text: (d, ld) => (!ld || d.getFullYear() !== ld.getFullYear() ? year(d) : ''),
    thick_line: (d) => d.getMonth() % 3 === 0,
  },
  quarter: {
    name: 'Quarter', padding: '3m', step: '3m', column_width: 120, date_format: 'YYYY-MM', snap_at: '7d',
    lower_text: (d) => `Q${Math.floor(d.getMonth() / 3) + 1}`,
    upper_text: (d, ld) => (!ld || d.getFullYear() !== ld.getFullYear() ? year(d) : ''),
  },
  year: {
    name: 'Year', padding: '1y', step: '1y', column_width: 120, date_format: 'YYYY', snap_at: '30d',
    lower_text: (d) => year(d),
    upper_text: () => '',
  },
};
