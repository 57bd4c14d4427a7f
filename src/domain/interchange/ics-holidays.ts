import ICAL from 'ical.js';
import { addDays, type IsoDate } from '../dates';
import { ImportFailure } from './import-draft';

// Holiday calendars (.ics) into the working calendar: every day an all-day event covers is a
// holiday, except events that announce a make-up working day (调休上班, 补班), which are workdays.

const WORKDAY = /补班|上班|调休上班|[（(]班[)）]|make-?up work|working day|workday/i;
const MAX_DAYS = 5_000;

export function holidaysFromIcs(text: string): { holidays: IsoDate[]; workdays: IsoDate[]; events: number } {
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new ImportFailure({ code: 'ics-broken', where: 'file', detail: error instanceof Error ? error.message : String(error) });
  }
  if (component.name !== 'vcalendar') throw new ImportFailure({ code: 'wrong-format', where: component.name, detail: 'iCalendar' });
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  const events = component.getAllSubcomponents('vevent');
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    const first = event.startDate.toJSDate();
    const start = dayOf(event.startDate);
    // DTEND is exclusive; an event without one lasts its start day.
    const end = event.endDate ? addDays(dayOf(event.endDate), event.startDate.isDate ? -1 : 0) : start;
    const target = WORKDAY.test(event.summary ?? '') ? workdays : holidays;
    for (let day = start, n = 0; day <= end && n < 366; day = addDays(day, 1), n++) target.add(day);
    if (holidays.size + workdays.size > MAX_DAYS || Number.isNaN(first.getTime())) throw new ImportFailure({ code: 'ics-too-many', where: event.summary ?? 'VEVENT' });
  }
  for (const day of workdays) holidays.delete(day);
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort(), events: events.length };
}

function dayOf(time: ICAL.Time): IsoDate {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}
