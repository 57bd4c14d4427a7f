import type Gantt from 'frappe-gantt';
import { fromUtcMillis, toUtcMillis, type IsoDate } from '../../domain/dates';
import type { Dependency } from '../../domain/dependency';
import { linksBySource } from '../../domain/links-by-source';

const SVG = 'http://www.w3.org/2000/svg';

export type OverlayInput = {
  links: readonly Dependency[];
  /** State classes per task id: critical, selected, done. */
  classes: ReadonlyMap<string, string[]>;
  baselines: ReadonlyMap<string, { startDate: IsoDate; dueDate: IsoDate }>;
  linkLabel: (link: Dependency) => string;
  /** The plan's working days: the others (weekends, holidays) are shaded when days are wide enough to see (null: none). */
  isWorkingDay: ((day: IsoDate) => boolean) | null;
  /** What a screen reader hears for a bar: title and dates. */
  barLabels: ReadonlyMap<string, string>;
};

type Box = { x: number; y: number; width: number; height: number };

/**
 * Our drawing layer on top of frappe-gantt's bars: arrows for all four link types, diamonds
 * for milestones, baseline shadows, and state classes. Built with DOM calls, never HTML strings.
 * Drawn again over the same bars whenever any of it changes, so it replaces what it drew before.
 */
export function decorateGantt(gantt: Gantt, input: OverlayInput): void {
  const svg = gantt.$svg;
  svg.querySelector('g.op-overlay')?.remove();
  placeDaysOff(gantt, input.isWorkingDay);
  const boxes = new Map<string, Box>();
  for (const wrapper of svg.querySelectorAll<SVGGElement>('.bar-wrapper[data-id]')) {
    const id = wrapper.getAttribute('data-id') ?? '';
    const bar = wrapper.querySelector('.bar');
    if (!bar) continue;
    boxes.set(id, { x: num(bar, 'x'), y: num(bar, 'y'), width: num(bar, 'width'), height: num(bar, 'height') });
    setStateClasses(wrapper, input.classes.get(id) ?? []);
    const label = input.barLabels.get(id);
    if (label) {
      wrapper.setAttribute('role', 'img');
      wrapper.setAttribute('aria-label', label);
    }
  }

  const layer = element('g', { class: 'op-overlay' });
  const baselineLayer = element('g', { class: 'op-baselines' });
  for (const [id, dates] of input.baselines) {
    const box = boxes.get(id);
    if (!box) continue;
    const x1 = xOfDate(gantt, dates.startDate, false);
    const x2 = xOfDate(gantt, dates.dueDate, true);
    baselineLayer.append(element('rect', { x: x1, y: box.y + box.height + 2, width: Math.max(2, x2 - x1), height: 4, class: 'op-baseline-bar' }));
  }
  layer.append(baselineLayer);

  for (const wrapper of svg.querySelectorAll<SVGGElement>('.bar-wrapper.op-milestone')) {
    const box = boxes.get(wrapper.getAttribute('data-id') ?? '');
    if (!box) continue;
    const cx = box.x + Math.min(box.width, gantt.config.column_width) / 2;
    const cy = box.y + box.height / 2;
    const r = box.height / 2;
    const diamond = element('polygon', { points: `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`, class: 'op-milestone-diamond' });
    layer.append(diamond);
  }

  // Only links between bars drawn are drawn, so they are looked up from the bars: walking all
  // of a plan's links on every redraw was most of a redraw's script at 10,000 tasks.
  const linksFrom = linksBySource(input.links);
  for (const [id, from] of boxes) {
    for (const link of linksFrom.get(id) ?? []) {
      const to = boxes.get(link.toId);
      if (!to) continue;
      const path = element('path', { d: linkPath(link.type, from, to), class: 'op-link' });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = input.linkLabel(link);
      path.append(title);
      layer.append(path);
    }
  }
  svg.append(layer);
}

// The state classes each bar was given last time: bars are kept across redraws (redraw-bars.ts).
const stateClasses = new WeakMap<Element, readonly string[]>();
function setStateClasses(wrapper: Element, names: readonly string[]): void {
  wrapper.classList.remove(...(stateClasses.get(wrapper) ?? []));
  wrapper.classList.add(...names);
  stateClasses.set(wrapper, names);
}

// The shading depends on the columns and the calendar only, not on the rows: walking a year of
// days again after every edit or scroll cost several milliseconds, so it is kept while they stay.
type DaysOff = { layer: SVGElement; dates: readonly Date[]; isWorkingDay: (day: IsoDate) => boolean; height: string | null };
const daysOffDrawn = new WeakMap<SVGSVGElement, DaysOff>();
function placeDaysOff(gantt: Gantt, isWorkingDay: ((day: IsoDate) => boolean) | null): void {
  const svg = gantt.$svg;
  const height = svg.getAttribute('height');
  const last = daysOffDrawn.get(svg);
  if (last && last.layer.isConnected && last.dates === gantt.dates && last.isWorkingDay === isWorkingDay && last.height === height) return;
  svg.querySelector('g.op-days-off')?.remove();
  daysOffDrawn.delete(svg);
  if (!isWorkingDay) return;
  const layer = shadeDaysOff(gantt, isWorkingDay);
  svg.querySelector('g.grid')?.after(layer);
  daysOffDrawn.set(svg, { layer, dates: gantt.dates, isWorkingDay, height });
}

/** One rectangle per run of consecutive days off, under the bars. */
function shadeDaysOff(gantt: Gantt, isWorkingDay: (day: IsoDate) => boolean): SVGElement {
  const layer = element('g', { class: 'op-days-off' });
  const first = gantt.dates[0];
  const last = gantt.dates.at(-1);
  if (!first || !last) return layer;
  const top = gantt.config.header_height;
  const height = Math.max(0, Number(gantt.$svg.getAttribute('height') ?? 0) - top);
  let runStart: IsoDate | null = null;
  const end = localDay(last);
  for (let day = localDay(first); day <= end; day = nextDay(day)) {
    const off = !isWorkingDay(day);
    if (off && !runStart) runStart = day;
    if ((!off || day === end) && runStart) {
      const x1 = xOfDate(gantt, runStart, false);
      const x2 = xOfDate(gantt, off ? day : previousDay(day), true);
      layer.append(element('rect', { x: x1, y: top, width: x2 - x1, height, class: 'op-day-off' }));
      runStart = null;
    }
  }
  return layer;
}

const localDay = (d: Date): IsoDate => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const nextDay = (day: IsoDate): IsoDate => new Date(toUtcMillis(day) + 86_400_000).toISOString().slice(0, 10);
const previousDay = (day: IsoDate): IsoDate => new Date(toUtcMillis(day) - 86_400_000).toISOString().slice(0, 10);

/** An orthogonal arrow from the link's source edge to its target edge, with a head. */
export function linkPath(type: Dependency['type'], from: Box, to: Box): string {
  const fromRight = type === 'FS' || type === 'FF';
  const toRight = type === 'FF' || type === 'SF';
  const x1 = fromRight ? from.x + from.width : from.x;
  const x2 = toRight ? to.x + to.width : to.x;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  const out = fromRight ? x1 + 8 : x1 - 8;
  const approach = toRight ? x2 + 8 : x2 - 8;
  const head = toRight ? `M ${x2} ${y2} l 6 -4 m -6 4 l 6 4` : `M ${x2} ${y2} l -6 -4 m 6 4 l -6 4`;
  const midY = y1 === y2 ? y1 : (y1 + y2) / 2;
  return `M ${x1} ${y1} H ${out} V ${midY} H ${approach} V ${y2} H ${x2} ${head}`;
}

/** The x of a day's left edge (or right edge, for a finish) on the chart, whatever the zoom. */
export function xOfDate(gantt: Gantt, day: IsoDate, endOfDay: boolean): number {
  const target = toUtcMillis(day) + (endOfDay ? 86_400_000 : 0);
  const dates = columnDays(gantt.dates);
  const width = gantt.config.column_width;
  let lo = 0;
  let hi = dates.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((dates[mid] as number) <= target) lo = mid;
    else hi = mid - 1;
  }
  const start = dates[lo] ?? target;
  const next = dates[lo + 1] ?? start + 86_400_000;
  return lo * width + ((target - start) / Math.max(1, next - start)) * width;
}

/** The day under an x on the chart, whatever the zoom: the inverse of xOfDate. */
export function dateAtX(gantt: Gantt, x: number): IsoDate {
  const dates = columnDays(gantt.dates);
  const width = gantt.config.column_width;
  const column = Math.min(Math.max(0, Math.floor(x / width)), Math.max(0, dates.length - 1));
  const start = dates[column] ?? Date.UTC(2000, 0, 1);
  const next = dates[column + 1] ?? start + 86_400_000;
  const into = Math.min(1, Math.max(0, (x - column * width) / width));
  // A hair over, so that an x that xOfDate gave (a sum of fractions) finds its own day again.
  return fromUtcMillis(start + Math.floor((into * (next - start)) / 86_400_000 + 1e-9) * 86_400_000);
}

// The chart's columns as UTC day numbers, once per drawing: shading a year of weekends asks for
// hundreds of x positions, and converting every column for each one cost ~10 ms per redraw.
const columnDaysCache = new WeakMap<readonly Date[], number[]>();
function columnDays(dates: readonly Date[]): number[] {
  let days = columnDaysCache.get(dates);
  // frappe-gantt fills a new array per drawing; a length change would mean it grew one in place.
  if (days?.length !== dates.length) {
    days = dates.map((d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
    columnDaysCache.set(dates, days);
  }
  return days;
}

function num(el: Element, name: string): number {
  return Number(el.getAttribute(name) ?? 0);
}

function element(tag: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}
