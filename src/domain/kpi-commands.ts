import type { Patch } from './change-set';
import type { EntityState } from './entities';
import { DomainError, validateRecord } from './errors';
import { kpiSchema, measurementSchema, type Kpi, type Measurement } from './kpi';

export function createKpiPatches(state: EntityState, input: Omit<Kpi, 'taskIds'> & { taskIds?: string[] }): Patch[] {
  if (!state.plans[input.planId]) throw new DomainError('not-found', 'plan not found');
  const kpi = validateRecord(kpiSchema, { taskIds: [], ...input });
  const patches: Patch[] = [{ table: 'kpis', op: 'create', id: kpi.id, value: kpi }];
  // A goal measured by this KPI takes its progress from it.
  for (const goalId of kpi.goalIds) {
    const goal = state.goals[goalId];
    if (goal && !goal.kpiId) patches.push({ table: 'goals', op: 'update', id: goalId, fields: { kpiId: kpi.id }, previous: { kpiId: null } });
  }
  return patches;
}

export function addMeasurementPatches(state: EntityState, input: Measurement): Patch[] {
  const kpi = state.kpis[input.kpiId];
  if (!kpi) throw new DomainError('not-found', 'KPI not found');
  const measurement = validateRecord(measurementSchema, { ...input, planId: kpi.planId });
  return [{ table: 'measurements', op: 'create', id: measurement.id, value: measurement }];
}

export function deleteMeasurementPatches(state: EntityState, id: string): Patch[] {
  const measurement = state.measurements[id];
  if (!measurement) throw new DomainError('not-found', 'measurement not found');
  return [{ table: 'measurements', op: 'delete', id, previous: measurement }];
}

/** Deletes a KPI with its measurements, and unlinks the goals it measured. */
export function deleteKpiPatches(state: EntityState, id: string): Patch[] {
  const kpi = state.kpis[id];
  if (!kpi) throw new DomainError('not-found', 'KPI not found');
  const patches: Patch[] = [];
  for (const m of Object.values(state.measurements)) if (m.kpiId === id) patches.push({ table: 'measurements', op: 'delete', id: m.id, previous: m });
  for (const g of Object.values(state.goals)) if (g.kpiId === id) patches.push({ table: 'goals', op: 'update', id: g.id, fields: { kpiId: null }, previous: { kpiId: id } });
  patches.push({ table: 'kpis', op: 'delete', id, previous: kpi });
  return patches;
}
