// Runs inside each page before its scripts: records every animation frame and long task, so
// the runner can tell when a page is "ready" (content present, then 5 quiet frames under 32 ms).
export const FRAME_RECORDER = `
  window.__frames = [];
  window.__longTasks = [];
  const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  // After a change such as a zoom: waits until the first match's width differs from before,
  // then for the quiet frames — a guard that the work really happened.
  window.__widthOf = (selector) => document.querySelector(selector)?.getBoundingClientRect().width ?? -1;
  window.__changedThenQuiet = (since, selector, before) => new Promise((resolve, reject) => {
    const wait = () => {
      const changedAt = performance.now();
      if (window.__widthOf(selector) !== before) return window.__quietAfter(changedAt, selector, 1).then((quiet) => resolve(changedAt - since + quiet));
      if (changedAt - since > 20000) return reject(new Error('nothing changed'));
      setTimeout(wait, 5);
    };
    wait();
  });
  window.__quietAfter = (since, selector, minCount) => new Promise((resolve) => {
    const check = () => {
      const present = document.querySelectorAll(selector).length >= minCount;
      const frames = window.__frames.filter((f) => f >= since);
      if (present) {
        for (let i = 0; i + 5 < frames.length; i++) {
          let quiet = true;
          for (let k = i; k < i + 5; k++) if (frames[k + 1] - frames[k] >= 32) { quiet = false; break; }
          if (quiet && document.querySelectorAll(selector).length >= minCount) return resolve(frames[i] - since);
        }
      }
      setTimeout(check, 20);
    };
    check();
  });
`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN;
};
