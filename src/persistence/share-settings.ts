import type { OpsDatabase } from '../db/ops-database';

/** How this laptop reaches a shared plan: its sync server and the plan key. */
export type ShareSettings = { planId: string; serverUrl: string; key: string };

const PREFIX = 'share:';

function isShareSettings(value: unknown): value is ShareSettings {
  const v = value as ShareSettings | null;
  return !!v && typeof v.planId === 'string' && typeof v.serverUrl === 'string' && typeof v.key === 'string';
}

/** Share settings live in the workspace database's meta table, one row per shared plan. */
export function createShareSettingsStore(db: OpsDatabase) {
  return {
    async list(): Promise<ShareSettings[]> {
      const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
      return rows.map((row) => row.value).filter(isShareSettings);
    },
    async save(settings: ShareSettings): Promise<void> {
      await db.meta.put({ key: PREFIX + settings.planId, value: settings });
    },
    async remove(planId: string): Promise<void> {
      await db.meta.delete(PREFIX + planId);
    },
  };
}

export type ShareSettingsStore = ReturnType<typeof createShareSettingsStore>;
