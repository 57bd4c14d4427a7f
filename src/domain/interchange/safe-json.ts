import { ImportFailure } from './import-draft';

/**
 * JSON.parse that reports the position of a syntax error and drops "__proto__" and
 * "constructor" keys, so nothing read from a file can reach an object's prototype.
 */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new ImportFailure({ code: 'not-json', where: line === null ? 'file' : `line ${line}`, detail: message });
  }
}
