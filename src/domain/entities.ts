import type { Baseline } from './baseline';
import type { Column } from './column';
import type { Dependency } from './dependency';
import type { Goal } from './goal';
import type { Kpi, Measurement } from './kpi';
import type { Member } from './member';
import type { Plan } from './plan';
import type { Review } from './review';
import type { Risk } from './risk';
import type { Task } from './task';
import type { PlanTemplate } from './template';

/** Every kind of record the workspace keeps, by table name: the shape of the store and the database. */
export type Entities = {
  plans: Plan;
  columns: Column;
  tasks: Task;
  dependencies: Dependency;
  goals: Goal;
  members: Member;
  risks: Risk;
  kpis: Kpi;
  measurements: Measurement;
  reviews: Review;
  baselines: Baseline;
  /** Saved by users from their plans; workspace-wide like members. */
  templates: PlanTemplate;
};

export type TableName = keyof Entities;

export const TABLE_NAMES: readonly TableName[] = [
  'plans', 'columns', 'tasks', 'dependencies', 'goals', 'members', 'risks', 'kpis', 'measurements', 'reviews', 'baselines', 'templates',
];

/** Normalised state: one record map per table, keyed by id. */
export type EntityState = { [T in TableName]: Readonly<Record<string, Entities[T]>> };

/** Every record of each table in a list: what a read of the workspace returns. */
export type EntityLists = { [T in TableName]: Entities[T][] };

export function emptyEntityLists(): EntityLists {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as EntityLists;
}

export function emptyEntityState(): EntityState {
  return {
    plans: {}, columns: {}, tasks: {}, dependencies: {}, goals: {}, members: {}, risks: {}, kpis: {}, measurements: {}, reviews: {}, baselines: {}, templates: {},
  };
}

/** A stored row's id when it is a record at all (an object with a string id), else null. */
export function recordIdOf(row: unknown): string | null {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}
