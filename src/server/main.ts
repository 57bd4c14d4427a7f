import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createSyncServer } from './sync-server';

// `npm run server` — a Hocuspocus server for shared plans.
//   PORT (1234), DATA_DIR (./server-data): where plan documents and key hashes are kept.
//   REDIS_HOST / REDIS_PORT: link this server with others on the same Redis.
//   --with-redis: also start a local redis-server (Debian's) on REDIS_PORT (6379) and use it.
const port = Number(process.env.PORT ?? 1234);
const dataDir = resolve(process.env.DATA_DIR ?? 'server-data');
const withRedis = process.argv.includes('--with-redis');
const redisPort = Number(process.env.REDIS_PORT ?? 6379);
const redisHost = process.env.REDIS_HOST ?? (withRedis ? '127.0.0.1' : undefined);

if (withRedis) {
  const redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  redis.on('error', (error) => {
    console.error(`Could not start redis-server (${error.message}). Install it (apt-get install redis-server) or leave out --with-redis.`);
    process.exit(1);
  });
  process.on('exit', () => redis.kill());
  await new Promise((done) => setTimeout(done, 300));
}

const server = createSyncServer({ port, dataDir, redis: redisHost ? { host: redisHost, port: redisPort } : undefined, quiet: true });
await server.listen();
console.log(`Opsplan sync server on ws://localhost:${port} — data in ${dataDir}${redisHost ? `, linked through Redis at ${redisHost}:${redisPort}` : ''}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.destroy().then(() => process.exit(0)));
