import { STANDARD_CALENDAR, type WorkCalendar } from './calendar';
import { chinaCalendar } from './china-holidays';
import type { Language } from './locale';

/** A new plan's calendar: Saturday and Sunday off, plus mainland public holidays for zh-CN. */
export function defaultCalendar(language: Language): WorkCalendar {
  return language === 'zh-CN' ? chinaCalendar() : STANDARD_CALENDAR;
}
