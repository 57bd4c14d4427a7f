import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import WebSocket from 'ws';
import { join } from 'node:path';

/** Resolves once something listens on the port (or rejects after `timeoutMs`). */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** Debian's redis-server on a loopback port, without persistence (.ci/run installs it). */
export async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const missing = new Promise<never>((_, reject) =>
    redis.once('error', (error) => reject(new Error(`redis-server could not start (${error.message}); install it with apt-get install redis-server`))),
  );
  await Promise.race([waitForPort(port), missing]);
  return redis;
}

export function temporaryDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'opsplan-sync-'));
}

/**
 * The sync server as `npm run server` runs it, in its own Node process (tsx loaded in-process,
 * so a SIGKILL kills the server itself, not a wrapper).
 */
export async function startSyncServer(port: number, dataDir: string, redisPort?: number): Promise<ChildProcess> {
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...(redisPort ? { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort) } : {}) };
  // Its log goes to the data folder: Hocuspocus logs expected events (a store skipped because the
  // other server holds the Redis lock) as errors, which would bury the test report.
  const log = openSync(join(dataDir, `server-${port}.log`), 'a');
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', log, log] });
  await waitForPort(port);
  return server;
}

export async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Node's `ws` throws when a socket still connecting is closed and nobody listens for its error;
 * browsers do not. The provider closes such sockets when a laptop goes offline mid-connect.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}
