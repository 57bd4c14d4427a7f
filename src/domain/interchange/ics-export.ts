import type { EntityState } from '../entities';
import { addDays } from '../dates';
import { compareRanks } from '../rank';

// iCalendar (RFC 5545) of a plan's milestones and due dates, as all-day events a calendar app can
// subscribe to. UIDs are stable per task, so re-importing the file updates events instead of doubling them.

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function planToIcs(state: EntityState, planId: string, now: string): string {
  const plan = state.plans[planId];
  const stamp = now.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15) + 'Z';
  const compact = (day: string) => day.replace(/-/g, '');
  const events = Object.values(state.tasks)
    .filter((t) => t.planId === planId && (t.dueDate || (t.isMilestone && t.startDate)))
    .sort(compareRanks)
    .flatMap((t) => {
      const day = (t.isMilestone ? (t.startDate ?? t.dueDate) : t.dueDate) as string;
      return [
        'BEGIN:VEVENT',
        `UID:${t.id}@opsplan`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(day)}`,
        `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
        `SUMMARY:${escapeIcsText(t.isMilestone ? `◆ ${t.title}` : t.title)}`,
        ...(t.description ? [`DESCRIPTION:${escapeIcsText(t.description)}`] : []),
        `CATEGORIES:${t.isMilestone ? 'MILESTONE' : 'DUE'}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    });
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Opsplan//Plan calendar//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeIcsText(plan?.name ?? 'Opsplan')}`, ...events, 'END:VCALENDAR'];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
