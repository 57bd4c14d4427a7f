import { isSafeId } from '../domain/ids';

// What a teammate needs to join a plan is one string: "<plan id>.<plan key>". Plan ids and keys
// use letters, digits, '-' and '_', so the dot cannot be part of either.

/** A fresh plan key: 24 random bytes, 32 characters of base64url. */
export function newPlanKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

export function formatShareCode(planId: string, key: string): string {
  return `${planId}.${key}`;
}

/** The plan id and key in a share code, or null when it is not one. */
export function parseShareCode(code: string): { planId: string; key: string } | null {
  const [planId, key, ...rest] = code.trim().split('.');
  if (rest.length > 0 || !planId || !key || !isSafeId(planId) || !/^[A-Za-z0-9_-]{16,128}$/.test(key)) return null;
  return { planId, key };
}

/** A sync server address the browser can open: ws:// or wss:// with a host. */
export function parseServerUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host ? url.toString().replace(/\/$/, '') : null;
  } catch {
    return null;
  }
}
