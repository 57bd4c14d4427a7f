import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDARD_CALENDAR } from '../../../src/domain/calendar';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState, type EntityState } from '../../../src/domain/entities';
import { draftToTemplate, type ImportDraft } from '../../../src/domain/interchange/import-draft';
import { instantiateTemplatePatches } from '../../../src/domain/template-commands';

const DIR = join(__dirname, '../../fixtures/interchange');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
export const fixtureText = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** Lays a draft down as plan `planId`, the way the import dialog does. */
export function importDraft(draft: ImportDraft, state: EntityState = emptyEntityState(), planId = 'plan_in') {
  let n = 0;
  const newId = (prefix: string) => `${prefix}_${planId}_${++n}`;
  const { template, startDate, skipped } = draftToTemplate(draft, { id: 'tpl_import', language: 'en', today: '2026-11-24', now: '2026-11-24T00:00:00Z' });
  const next = applyPatches(state, instantiateTemplatePatches(state, template, { planId, name: template.name, startDate, now: '2026-11-24T00:00:00Z', newId, fallbackCalendar: STANDARD_CALENDAR }));
  return { state: next, skipped };
}

/** A plan's graph by titles, to compare plans whose ids differ. */
export function graph(state: EntityState, planId: string) {
  const title = (id: string | null) => (id ? (state.tasks[id]?.title ?? null) : null);
  const tasks = Object.values(state.tasks).filter((t) => t.planId === planId);
  return {
    tasks: tasks.map((t) => ({ title: t.title, start: t.startDate, due: t.dueDate, parent: title(t.parentId), milestone: t.isMilestone, owner: t.ownerId ? (state.members[t.ownerId]?.name ?? null) : null })).sort((a, b) => a.title.localeCompare(b.title)),
    links: Object.values(state.dependencies).filter((d) => d.planId === planId).map((d) => `${title(d.fromId)} ${d.type}${d.lagDays >= 0 ? '+' : ''}${d.lagDays} ${title(d.toId)}`).sort(),
  };
}
