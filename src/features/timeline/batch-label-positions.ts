import type { FrappeBar } from 'frappe-gantt';

const LABEL_PADDING = 5;

/**
 * frappe-gantt places each new bar's label in its own animation-frame callback that measures the
 * label (getBBox), then moves it: with dozens of bars, one forced layout of the whole chart per
 * bar. Here the first of those callbacks places every label at once, measured on a canvas in the
 * label's font (no layout at all), and the others do nothing. The bars get frappe's own method
 * back right after, for drags. Same rule as frappe-gantt 1.2.2's update_label_position (no
 * thumbnails): a label that does not fit goes after its bar. Given the bars just drawn.
 */
export function batchLabelPositions(drawn: readonly FrappeBar[]): void {
  const bars = [...drawn];
  let placed = false;
  const placeAll = () => {
    if (placed) return;
    placed = true;
    const labels = bars.map((bar) => ({ bar, label: bar.group.querySelector<SVGTextElement>('.bar-label') }));
    const first = labels.find((l) => l.label)?.label;
    if (!first) return;
    const measure = textMeasurer(getComputedStyle(first).font);
    const measured = labels.map(({ bar, label }) => ({ bar, label, labelWidth: label ? measure(label.textContent ?? '') : 0 }));
    for (const { bar, label, labelWidth } of measured) {
      if (!label) continue;
      const x = Number(bar.$bar.getAttribute('x'));
      const width = Number(bar.$bar.getAttribute('width'));
      const outside = labelWidth > width;
      label.classList.toggle('big', outside);
      label.setAttribute('x', String(outside ? x + width + LABEL_PADDING : x + width / 2 - labelWidth / 2));
    }
    setTimeout(() => {
      for (const bar of bars) Reflect.deleteProperty(bar, 'update_label_position');
    }, 0);
  };
  for (const bar of bars) bar.update_label_position = placeAll;
}

let canvas: HTMLCanvasElement | null = null;

function textMeasurer(font: string): (text: string) => number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return () => 0;
  context.font = font;
  return (text) => context.measureText(text).width;
}
