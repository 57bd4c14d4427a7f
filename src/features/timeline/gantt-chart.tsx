import Gantt, { type FrappeBar, type FrappeTask } from 'frappe-gantt';
import 'frappe-gantt/style.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { localIsoDate, type IsoDate } from '../../domain/dates';
import type { TimelineZoom } from '../../store/ops-state';
import { withCachedDateFormats } from './cached-date-formats';
import { GANTT_VIEW_MODES } from './gantt-view-modes';
import { batchLabelPositions } from './batch-label-positions';
import { redrawBars } from './redraw-bars';
import { endBarHover } from './end-bar-hover';
import { dateAtX, xOfDate } from './gantt-overlay';

export const BAR_HEIGHT = 24;
export const ROW_PADDING = 14;
export const ROW_HEIGHT = BAR_HEIGHT + ROW_PADDING;
export const UPPER_HEADER = 30;
export const LOWER_HEADER = 26;
/** frappe-gantt adds 10 px under its two header rows. */
export const HEADER_HEIGHT = UPPER_HEADER + LOWER_HEADER + 10;

type GanttChartProps = {
  tasks: FrappeTask[];
  zoom: TimelineZoom;
  language: string;
  /** The chart's name as a region: it scrolls, so it takes focus, and arrow keys scroll it. */
  label: string;
  height: number;
  /** Pixels of the first row scrolled out of view: the chart is moved up by as much. */
  offsetY: number;
  onReschedule: (taskId: string, start: IsoDate, due: IsoDate) => void;
  onProgress: (taskId: string, progress: number) => void;
  onSelect: (taskId: string) => void;
  /** Draws our layer (links, milestones, baselines, state classes) after each render. */
  decorate: (gantt: Gantt) => void;
  /** Receives the chart once created, for "jump to today". */
  onReady?: (gantt: Gantt) => void;
};

/** frappe-gantt with two steps of every render, its first included, replaced by ours. */
class RendererOnly extends Gantt {
  /**
   * frappe-gantt measures the drawn chart (a layout of the whole page in the middle of a render)
   * only to widen it to its grid when the grid is wider than the view: a minimum width says the
   * same to the browser, which lays the chart out once, when it paints.
   */
  override set_dimensions(): void {
    this.$svg.style.minWidth = `${this.$svg.querySelector('.grid .grid-row')?.getAttribute('width') ?? 0}px`;
  }

  /** frappe-gantt smooth-scrolls to its start on every render; the horizontal position is ours. */
  override set_scroll_position(): void {
    return;
  }

  /** Every render starts by emptying the chart: its bars are removed, so their hover ends first. */
  override clear(): void {
    endBarHover(this.$svg.querySelectorAll('.bar-wrapper'));
    super.clear();
  }
}

/**
 * frappe-gantt as a renderer only: created once per mount, refreshed with fresh copies of the
 * rows in view, and its drags turned into one command each on mouse-up. It gets no
 * dependencies (our layer draws all four link types) and no popup (ours is React).
 */
export function GanttChart(props: GanttChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const gantt = useRef<Gantt | null>(null);
  const latest = useRef(props);
  const pending = useRef<{ kind: 'dates'; id: string; start: IsoDate; due: IsoDate } | { kind: 'progress'; id: string; progress: number } | null>(null);
  const pointerDown = useRef(false);

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const p = latest.current;
    const chart = withCachedDateFormats(() => new RendererOnly(element, copies(p.tasks), {
      // frappe-gantt opens at the first of its modes, whatever view_mode says: the zoom goes first
      // (a timeline opened again at Month was drawn by days under a toolbar saying Month).
      view_modes: [GANTT_VIEW_MODES[p.zoom], ...Object.values(GANTT_VIEW_MODES).filter((mode) => mode !== GANTT_VIEW_MODES[p.zoom])],
      bar_height: BAR_HEIGHT,
      padding: ROW_PADDING,
      upper_header_height: UPPER_HEADER,
      lower_header_height: LOWER_HEADER,
      container_height: p.height,
      infinite_padding: false,
      move_dependencies: false,
      popup: false,
      today_button: false,
      view_mode_select: false,
      scroll_to: null,
      language: p.language,
      // Its holiday shading walks every day of the range on every render; our layer draws it.
      holidays: null,
      // The browser also fires a click when a bar is let go after a drag; only a press that left
      // the bar where it was selects its task (and opens its popup).
      on_click: (task: FrappeTask) => {
        if (!pending.current) latest.current.onSelect(task.id);
      },
      // Fired on every drag step: remember the last one, commit once on mouse-up.
      on_date_change: (task: FrappeTask, start: Date, end: Date) => {
        pending.current = { kind: 'dates', id: task.id, start: localIsoDate(start), due: localIsoDate(end) };
      },
      on_progress_change: (task: FrappeTask, progress: number) => {
        pending.current = { kind: 'progress', id: task.id, progress: Math.round(progress) };
      },
    }));
    gantt.current = chart;
    const scroller = chart.$container;
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    moveChartUp(chart, p.offsetY);
    batchLabelPositions(chart.bars);
    latest.current.decorate(chart);
    latest.current.onReady?.(chart);

    const onPointerDown = () => {
      pointerDown.current = true;
    };
    const commit = () => {
      const change = pending.current;
      pending.current = null;
      if (!change) return;
      if (change.kind === 'dates') latest.current.onReschedule(change.id, change.start, change.due);
      else latest.current.onProgress(change.id, change.progress);
    };
    const onMouseUp = () => {
      pointerDown.current = false;
      // After frappe's own mouse-up handlers have settled the bar, and after the click that
      // follows (which must see the change pending). Not after a frame as well: the bar already
      // stands where it was let go, and waiting for a frame only showed the re-sorted rows and
      // redrawn bars a frame later (release to repaint at 10,000 tasks: ~70 ms then, ~40 now).
      setTimeout(commit, 0);
    };
    element.addEventListener('mousedown', onPointerDown);
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      element.removeEventListener('mousedown', onPointerDown);
      document.removeEventListener('mouseup', onMouseUp);
      // frappe-gantt has no destroy(): dropping its DOM is all we can do.
      element.replaceChildren();
      gantt.current = null;
    };
  }, []);

  const { tasks, decorate } = props;
  const rendered = useRef(tasks);
  const decorated = useRef(decorate);

  // The chart was drawn at the zoom and in the language it was created with: only a later change
  // of either redraws it (the header's dates are written in the language). Runs before the effect
  // below, which then finds the layer drawn for the new zoom.
  const drawn = useRef({ zoom: props.zoom, language: props.language });
  useEffect(() => {
    const chart = gantt.current;
    if (!chart || (drawn.current.zoom === props.zoom && drawn.current.language === props.language)) return;
    drawn.current = { zoom: props.zoom, language: props.language };
    // The day at the chart's left edge stays there. frappe-gantt would keep the scroll offset in
    // pixels, another day at another zoom, and set it straight after redrawing, which made the
    // browser lay the page out in the middle of the redraw: it is set in the next frame's
    // callbacks instead, where that layout is the frame's own.
    const leftDay = dateAtX(chart, chart.$container.scrollLeft);
    chart.options.language = props.language;
    withCachedDateFormats(() => chart.change_view_mode(GANTT_VIEW_MODES[props.zoom].name, false));
    batchLabelPositions(chart.bars);
    // Decorated here, after the redraw, and marked as such: the effect below would otherwise
    // decorate the chart a second time for the new zoom's layer (its callback changes with it).
    decorated.current = latest.current.decorate;
    decorated.current(chart);
    const frame = requestAnimationFrame(() => {
      chart.$container.scrollLeft = xOfDate(chart, leftDay, false);
    });
    return () => cancelAnimationFrame(frame);
  }, [props.zoom, props.language]);

  // New rows in view (scroll, edits): redraw the bars (or all, if the shape changed), keeping the
  // horizontal position. Our layer follows the bars, and also a change of its own (a selection,
  // the critical path shown or hidden, a baseline) with the bars as they are.
  useEffect(() => {
    const chart = gantt.current;
    if (!chart || pointerDown.current || (rendered.current === tasks && decorated.current === decorate)) return;
    decorated.current = decorate;
    if (rendered.current !== tasks) {
      rendered.current = tasks;
      batchLabelPositions(withCachedDateFormats(() => redrawBars(chart, copies(tasks))) ?? refreshAll(chart, tasks));
    }
    decorate(chart);
  }, [tasks, decorate]);

  // The height and the offset are set on the one element each concerns. As custom properties
  // (frappe-gantt's --gv-grid-height on its container; the offset on the host, read by the SVG),
  // they are inherited, and each change restyled every element of the chart: 43-56 ms when the
  // view's height was first measured at 10,000 tasks, and the offset changes at every scroll step.
  useEffect(() => {
    gantt.current?.$container.style.setProperty('height', `${props.height}px`);
  }, [props.height]);
  // Named here, not where the chart is created once: the name follows a switch of language.
  useEffect(() => {
    gantt.current?.$container.setAttribute('aria-label', props.label);
  }, [props.label]);
  // Before the paint, as the grid beside it moves: the rows and their bars stay on one line.
  useLayoutEffect(() => {
    if (gantt.current) moveChartUp(gantt.current, props.offsetY);
  }, [props.offsetY]);

  return <div ref={host} className="gantt-host" />;
}

/** Moves the chart up by the pixels of its first row scrolled out of view. */
function moveChartUp(chart: Gantt, offsetY: number): void {
  chart.$svg.style.transform = offsetY ? `translateY(${-offsetY}px)` : '';
}

/**
 * Redraws the whole chart (header, grid, bars) with the same day at its left edge; returns its
 * bars. The chart's first day moves with the plan's range (its earliest task moved), and the
 * scroll offset kept in pixels slid every bar sideways by as many days, under the pointer.
 */
function refreshAll(chart: Gantt, tasks: FrappeTask[]): FrappeBar[] {
  const left = chart.$container.scrollLeft;
  const leftDay = dateAtX(chart, left);
  const intoDay = left - xOfDate(chart, leftDay, false);
  withCachedDateFormats(() => chart.refresh(copies(tasks)));
  chart.$container.scrollLeft = xOfDate(chart, leftDay, false) + intoDay;
  return chart.bars;
}

/** frappe-gantt writes `_start`, `_end` and `_index` into what it is given: it only ever gets copies. */
function copies(tasks: FrappeTask[]): FrappeTask[] {
  return tasks.map((task) => ({ ...task }));
}
