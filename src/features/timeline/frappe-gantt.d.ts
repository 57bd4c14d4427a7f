// The part of frappe-gantt 1.2's API this wrapper uses (the package ships no types).
declare module 'frappe-gantt' {
  export type FrappeTask = {
    id: string; name: string; start: string; end: string; progress: number; dependencies: string; custom_class?: string;
    /** Written by frappe-gantt: the dates as drawn (a drag moves them) and the row. */
    _start?: Date; _end?: Date; _index?: number;
  };
  export type FrappeViewMode = { name: string; padding?: string | string[]; step: string; column_width?: number; date_format?: string; lower_text?: string | ((d: Date, ld: Date | null, lang: string) => string); upper_text?: string | ((d: Date, ld: Date | null, lang: string) => string); thick_line?: (d: Date) => boolean; snap_at?: string; upper_text_frequency?: number };
  export type FrappeOptions = Record<string, unknown>;
  export type FrappeBar = {
    task: FrappeTask; group: SVGGElement; $bar: SVGRectElement; $date_highlight?: HTMLElement; y: number;
    compute_y(): void; update_label_position(): void;
  };
  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: FrappeTask[], options: FrappeOptions);
    $svg: SVGSVGElement;
    $container: HTMLElement;
    dates: Date[];
    config: { column_width: number; header_height: number; view_mode: { name: string } };
    options: { bar_height: number; padding: number; scroll_to: string | null; language: string };
    refresh(tasks: FrappeTask[]): void;
    /** Internal steps of render(), used to redraw bars alone (see redraw-bars.ts). */
    tasks: FrappeTask[];
    bars: FrappeBar[];
    layers: { bar: SVGGElement; arrow: SVGGElement };
    setup_tasks(tasks: FrappeTask[]): void;
    make_bars(): void;
    make_arrows(): void;
    map_arrows_on_bars(): void;
    change_view_mode(mode?: string | FrappeViewMode, maintainPosition?: boolean): void;
    scroll_current(): void;
    set_scroll_position(date: unknown): void;
    set_dimensions(): void;
    /** Empties the chart: the first step of every render. */
    clear(): void;
  }
}
declare module 'frappe-gantt/style.css';
