// One sync server's side of a race: at a common start time, claims plans plan_r0 … plan_r{n-1}
// with one shared key, all at once, and prints the refusals (there must be none).
import { createPlanKeys } from '../../src/server/plan-keys';

const [dir, startAt, count] = [process.argv[2] as string, Number(process.argv[3]), Number(process.argv[4])];
const keys = createPlanKeys(dir);
while (Date.now() < startAt) {
  // Busy-wait: both processes must start claiming in the same millisecond.
}
const results = await Promise.allSettled(Array.from({ length: count }, (_, i) => keys.check(`plan_r${i}`, 'shared-key-0123456789')));
console.log(JSON.stringify(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))));
