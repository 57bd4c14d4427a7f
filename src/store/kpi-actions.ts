import type { IsoDate } from '../domain/dates';
import type { Kpi } from '../domain/kpi';
import { addMeasurementPatches, createKpiPatches, deleteKpiPatches, deleteMeasurementPatches } from '../domain/kpi-commands';
import type { OpsStore } from './create-ops-store';

export type KpiActions = ReturnType<typeof createKpiActions>;

export function createKpiActions(store: OpsStore) {
  const { newId } = store.deps;
  return {
    addKpi(planId: string, fields: Pick<Kpi, 'name' | 'unit' | 'direction' | 'baseline' | 'target' | 'goalIds'>): string | null {
      const id = newId('kpi');
      return store.run('action.addKpi', (s) => createKpiPatches(s.data, { id, planId, ...fields, name: fields.name.trim() })) ? id : null;
    },
    addMeasurement(kpiId: string, date: IsoDate, value: number, note: string): boolean {
      const id = newId('meas');
      return store.run('action.addMeasurement', (s) => addMeasurementPatches(s.data, { id, kpiId, planId: '', date, value, note: note.trim() }));
    },
    deleteMeasurement: (id: string) => store.run('action.deleteMeasurement', (s) => deleteMeasurementPatches(s.data, id)),
    deleteKpi: (id: string) => store.run('action.deleteKpi', (s) => deleteKpiPatches(s.data, id)),
  };
}
