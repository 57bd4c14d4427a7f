import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../src/domain/change-set';
import { emptyEntityState } from '../../../src/domain/entities';
import { addMeasurementPatches, createKpiPatches, deleteKpiPatches } from '../../../src/domain/kpi-commands';
import { createPlanPatches } from '../../../src/domain/plan-commands';

function planWithGoal() {
  let state = applyPatches(emptyEntityState(), createPlanPatches({ id: 'plan_1', name: 'P', createdAt: '' }, [], (p) => `${p}_1`));
  state = applyPatches(state, [{ table: 'goals', op: 'create', id: 'goal_1', value: { id: 'goal_1', planId: 'plan_1', title: 'MAU', description: '', metric: 'MAU', unit: '', baseline: 1, target: 2, deadline: null, ownerId: null, kpiId: null } }]);
  return state;
}

describe('KPI commands', () => {
  it('links a new KPI to the goal it measures, and unlinks it when deleted with its measurements', () => {
    let state = planWithGoal();
    state = applyPatches(state, createKpiPatches(state, { id: 'kpi_1', planId: 'plan_1', name: 'MAU', unit: '', direction: 'increase', baseline: 1, target: 2, goalIds: ['goal_1'] }));
    expect(state.goals.goal_1?.kpiId).toBe('kpi_1');
    state = applyPatches(state, addMeasurementPatches(state, { id: 'meas_1', kpiId: 'kpi_1', planId: '', date: '2026-11-24', value: 1.5, note: '' }));
    expect(state.measurements.meas_1?.planId).toBe('plan_1');
    state = applyPatches(state, deleteKpiPatches(state, 'kpi_1'));
    expect(state.kpis).toEqual({});
    expect(state.measurements).toEqual({});
    expect(state.goals.goal_1?.kpiId).toBeNull();
  });

  it('refuses a measurement that is not a finite number or has no valid date', () => {
    let state = planWithGoal();
    state = applyPatches(state, createKpiPatches(state, { id: 'kpi_1', planId: 'plan_1', name: 'MAU', unit: '', direction: 'increase', baseline: null, target: null, goalIds: [] }));
    expect(() => addMeasurementPatches(state, { id: 'meas_1', kpiId: 'kpi_1', planId: '', date: '2026-11-24', value: Number.NaN, note: '' })).toThrow();
    expect(() => addMeasurementPatches(state, { id: 'meas_1', kpiId: 'kpi_1', planId: '', date: '24/11/2026', value: 1, note: '' })).toThrow(/date/);
    expect(() => createKpiPatches(state, { id: 'kpi_2', planId: 'plan_1', name: '  ', unit: '', direction: 'increase', baseline: null, target: null, goalIds: [] })).toThrow();
  });
});
