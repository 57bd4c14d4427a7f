// Which plan was open last is a preference of this browser, not workspace data.
const KEY = 'opsplan.activePlan';

export function recalledActivePlan(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberActivePlan(planId: string | null): void {
  try {
    if (planId) localStorage.setItem(KEY, planId);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled (private mode); the app works without remembering.
  }
}
