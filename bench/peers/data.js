// The same generated plan for every implementation: n tasks over one year, each linked to the
// task before it (one dependency each), spread over five status columns.
export const COLUMNS = ['Backlog', 'To do', 'In progress', 'Review', 'Done'];
const START = Date.UTC(2026, 0, 5);
const DAY = 86_400_000;

export function generate(n) {
  const tasks = [];
  for (let i = 0; i < n; i++) {
    const offset = Math.floor((i / n) * 350);
    const days = 1 + (i % 5);
    const start = new Date(START + offset * DAY).toISOString().slice(0, 10);
    const end = new Date(START + (offset + days - 1) * DAY).toISOString().slice(0, 10);
    tasks.push({ id: i + 1, text: `Task ${i + 1}`, start, end, days, column: i % COLUMNS.length, progress: (i * 7) % 100 });
  }
  const links = tasks.slice(1).map((t, i) => ({ id: i + 1, source: t.id - 1, target: t.id }));
  return { tasks, links };
}

export const sizeFromUrl = () => Number(new URLSearchParams(location.search).get('n') ?? 1000);
