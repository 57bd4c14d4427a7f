import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: give windowed lists a ResizeObserver that never fires, so they keep
// their initial rect, and the few DOM APIs our libraries call.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollTo ??= function scrollTo() {};
// Windowed lists size themselves from the scroll element's client box, which jsdom leaves at 0.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 720 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 280 });

// frappe-gantt measures labels with getBBox and reads innerText, neither of which jsdom has.
const svgProto = (globalThis.SVGElement ?? Element).prototype as SVGElement & { getBBox?: () => DOMRect };
svgProto.getBBox ??= function getBBox(this: Element) {
  const n = (name: string) => Number(this.getAttribute(name) ?? 0);
  return { x: n('x'), y: n('y'), width: n('width') || (this.textContent ?? '').length * 7, height: n('height') || 14 } as DOMRect;
};
// The timeline measures label text on a 2D canvas; jsdom has no canvas: about 7 px a character.
HTMLCanvasElement.prototype.getContext = function getContext() {
  return { font: '', measureText: (text: string) => ({ width: text.length * 7 }) };
} as unknown as HTMLCanvasElement['getContext'];
if (!('innerText' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'innerText', { configurable: true, get(this: HTMLElement) { return this.textContent ?? ''; }, set(this: HTMLElement, v: string) { this.textContent = v; } });
}

afterEach(() => cleanup());
