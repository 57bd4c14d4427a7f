import { preview } from 'vite';

// Serves the built app (npm run test:e2e builds it first) for the browser tests.
export const E2E_PORT = 4179;

export default async function setup() {
  const server = await preview({ preview: { port: E2E_PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
