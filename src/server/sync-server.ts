import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';
import { createFilePersistence } from './file-persistence';
import { createPlanKeys } from './plan-keys';

export type SyncServerOptions = {
  port: number;
  /** Where plan documents and key hashes are kept. */
  dataDir: string;
  /** Links this server with others through Redis, so laptops on different servers see each other. */
  redis?: { host: string; port: number };
  /** Tells servers apart in Redis; defaults to host and port. */
  name?: string;
  quiet?: boolean;
};

/** A Hocuspocus server: one Yjs document per plan, opened only with the plan's key. */
export function createSyncServer(options: SyncServerOptions): Server {
  const keys = createPlanKeys(options.dataDir);
  const files = createFilePersistence(options.dataDir);
  const extensions = [
    new Database({
      fetch: ({ documentName }) => files.fetch(documentName),
      store: ({ documentName, state }) => files.store(documentName, state),
    }),
  ];
  if (options.redis) extensions.push(new Redis({ ...options.redis, identifier: options.name ?? `opsplan-${options.port}` }) as unknown as Database);
  return new Server({
    name: options.name ?? `opsplan-${options.port}`,
    port: options.port,
    quiet: options.quiet ?? true,
    // Saves soon after a burst of edits, and at least every few seconds while edits keep coming.
    debounce: 500,
    maxDebounce: 3000,
    extensions,
    async onAuthenticate({ documentName, token }) {
      await keys.check(documentName, token);
    },
  });
}
