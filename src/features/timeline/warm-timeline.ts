import { pickLanguage } from '../../domain/locale';
import { getOpsStore } from '../../store/bound-store';
import { selectTimelineAnalysis, type TimelineAnalysis } from '../../store/timeline-selectors';
import { warmChartDateFormats } from './gantt-view-modes';

/**
 * Works out the active plan's schedule and critical path once `idle` resolves, so the timeline's
 * first render finds them done: analyseTimeline keeps its last result, and the view asks for the
 * same inputs. At 10,000 tasks they were the largest part of that render: a switch from the board
 * took about 210 ms instead of 335 (median of 8 interleaved). Resolves with the result.
 * Then, in an idle period of their own, the chart's date formatters are built (warmChartDateFormats)
 * in the page's language (set by setupI18n).
 */
export function warmTimeline(idle: () => Promise<void>): Promise<TimelineAnalysis> {
  return idle().then(() => {
    const analysis = selectTimelineAnalysis(getOpsStore().getState());
    void idle().then(() => warmChartDateFormats(pickLanguage(document.documentElement.lang)));
    return analysis;
  });
}
