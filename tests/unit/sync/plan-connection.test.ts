import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan } from '../../../src/sync/plan-connection';

/**
 * A WebSocket whose closing handshake finishes only when the test says so, as a real one's does
 * when the server is slow to answer: until then it still counts as open.
 */
class SlowClosingSocket extends EventTarget {
  static made: SlowClosingSocket[] = [];
  binaryType = 'arraybuffer';
  readyState = 0;
  constructor(readonly url: string) {
    super();
    SlowClosingSocket.made.push(this);
  }
  send() {}
  close() {}
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
    // Any message from the server completes the connection attempt; this one names another document.
    const name = new TextEncoder().encode('another-plan');
    this.dispatchEvent(new MessageEvent('message', { data: new Uint8Array([name.length, ...name]).buffer }));
  }
  finishClosing() {
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code: 1000, reason: '' }));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a plan connection', () => {
  it('reconnects when put back online while its socket is still closing', async () => {
    SlowClosingSocket.made = [];
    const statuses: string[] = [];
    const connection = connectPlan({ serverUrl: 'ws://sync.test', planId: 'plan_1', key: 'k'.repeat(32), doc: new Y.Doc(), onState: (s) => statuses.push(s.status), WebSocketPolyfill: SlowClosingSocket });
    try {
      await sleep(10);
      const first = SlowClosingSocket.made[0];
      if (!first) throw new Error('no socket was opened');
      first.open();

      // The cable is pulled and plugged back before the first socket has finished closing.
      connection.goOffline();
      connection.goOnline();
      first.finishClosing();
      expect(statuses.at(-1)).toBe('offline');

      await sleep(400);
      expect(SlowClosingSocket.made).toHaveLength(2);
      expect(statuses.at(-1)).toBe('connecting');
    } finally {
      connection.stop();
    }
  });
});
