// Runs inside each page before its scripts: records every animation frame and long task, so
// the runner can tell when a page is "ready" (content present, then 5 quiet frames under 32 ms).
export const FRAME_RECORDER = `
  window.__frames = [];
  window.__longTasks = [];
  // The first frame at which each watched class had at least 1, 3 and 5 elements: a page that
  // is quiet before its content arrives (a loading screen) must not count as ready.
  window.__firstSeen = {};
  const WATCHED = ['card-title', 'card', 'bar-wrapper', 'gantt_task_line', 'wx-bar', 'stat-value', 'records-read'];
  const live = {};
  const watch = (t) => {
    for (const name of WATCHED) {
      const seen = (window.__firstSeen[name] ??= {});
      if (seen[5] !== undefined) continue;
      const count = (live[name] ??= document.getElementsByClassName(name)).length;
      for (const min of [1, 3, 5]) if (count >= min && seen[min] === undefined) seen[min] = t;
    }
  };
  const tick = (t) => { window.__frames.push(t); watch(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  // After a change such as a zoom: waits until the first match's width differs from before,
  // then for the quiet frames — a guard that the work really happened.
  window.__widthOf = (selector) => document.querySelector(selector)?.getBoundingClientRect().width ?? -1;
  // The task a bar element draws: the id on its nearest ancestor that has one (the peers name it differently).
  window.__barIdOf = (element) => { const owner = element?.closest('[data-id], [data-task-id]'); return owner ? (owner.getAttribute('data-id') ?? owner.getAttribute('data-task-id')) : null; };
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
    const watched = WATCHED.includes(selector.slice(1));
    const check = () => {
      const present = document.querySelectorAll(selector).length >= minCount;
      // Quiet frames count only from the frame the content was first there (class selectors).
      const firstSeen = window.__firstSeen[selector.slice(1)]?.[Math.min(5, minCount >= 5 ? 5 : minCount >= 3 ? 3 : 1)];
      // Content in the page but in no frame yet (this check ran between the change and the next
      // frame): the frames so far are from before it, and quiet ones among them prove nothing.
      if (watched && present && firstSeen === undefined) return setTimeout(check, 20);
      const from = Math.max(since, firstSeen ?? since);
      const frames = window.__frames.filter((f) => f >= from);
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
