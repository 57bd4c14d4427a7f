import { describe, expect, it } from 'vitest';
import { mspdiToDraft } from '../../../src/domain/interchange/mspdi-import';
import { planToMspdi } from '../../../src/domain/interchange/mspdi-export';
import { ImportFailure } from '../../../src/domain/interchange/import-draft';
import { fixtureText, graph, importDraft } from './fixtures';

describe('MS Project XML import', () => {
  it('reads a Project 2003 file: outline, milestone, all four link types with lags in their formats, people', () => {
    const draft = mspdiToDraft(fixtureText('project-2003.xml'));
    expect(draft.name).toBe('Campaign 2003');
    expect(draft.skipped).toEqual([{ code: 'blank-row', where: '<Task> UID 4' }]);
    const { state } = importDraft(draft);
    const g = graph(state, 'plan_in');
    expect(g.tasks).toHaveLength(7);
    expect(g.tasks.find((t) => t.title === 'Survey users')).toEqual({ title: 'Survey users', start: '2026-11-02', due: '2026-11-04', parent: 'Phase 1: Research', milestone: false, owner: 'Wang Lei' });
    expect(g.tasks.find((t) => t.title === 'Strategy approved')).toMatchObject({ start: '2026-11-10', due: '2026-11-10', milestone: true, parent: null });
    expect(g.tasks.find((t) => t.title === 'Test landing page')?.owner).toBeNull();
    expect(g.links).toEqual([
      'Analyse results FS+1 Strategy approved',
      'Build landing page FF+1 Test landing page', // 14400 tenths of a minute, elapsed days
      'Strategy approved SS-1 Build landing page', // a one-day lead
      'Survey users FS+0 Analyse results',
      'Test landing page SF+2 Handover',
    ]);
    const survey = Object.values(state.tasks).find((t) => t.title === 'Survey users')!;
    expect([survey.progress, survey.estimateHours, state.columns[survey.columnId]?.category]).toEqual([100, 24, 'done']);
  });

  it('reads a Project 2019 file: three outline levels, lag in hours, escaped text kept as text', () => {
    const draft = mspdiToDraft(fixtureText('project-2019.xml'));
    const { state } = importDraft(draft);
    const g = graph(state, 'plan_in');
    expect(draft.name).toBe('运营季度计划');
    expect(new Map(g.tasks.map((t) => [t.title, t.parent]))).toEqual(new Map([
      ['<script>alert(1)</script> 数据分析', '第一周'], ['十二月', null], ['月度总结', null], ['策略会', '第一周'], ['第一周', '十二月'],
    ]));
    // 24000 tenths of a minute in hours format is 40 hours: five 8-hour days.
    expect(g.links).toEqual(['<script>alert(1)</script> 数据分析 FS+5 策略会', '第一周 SS+0 月度总结', '策略会 FS+0 月度总结']);
    expect(Object.values(state.tasks).find((t) => t.title.startsWith('<script>'))?.description).toBe('用户留存 & 转化');
  });

  it('exports a plan that re-imports with the same graph', () => {
    const { state } = importDraft(mspdiToDraft(fixtureText('project-2003.xml')));
    const xml = planToMspdi(state, 'plan_in');
    expect(xml).toContain('<LinkLag>-4800</LinkLag>');
    const again = importDraft(mspdiToDraft(xml), state, 'plan_again').state;
    expect(graph(again, 'plan_again')).toEqual(graph(state, 'plan_in'));
  });

  it('escapes hostile titles in the XML it writes', () => {
    const { state } = importDraft(mspdiToDraft(fixtureText('project-2019.xml')));
    const xml = planToMspdi(state, 'plan_in');
    expect(xml).toContain('<Name>&lt;script&gt;alert(1)&lt;/script&gt; 数据分析</Name>');
    expect(xml).not.toContain('<script>');
  });

  it('refuses broken XML with its line, entity declarations, and files that are not MS Project', () => {
    const broken = () => mspdiToDraft('<?xml version="1.0"?>\n<Project>\n<Tasks>\n<Task><Name>x</Task>\n</Project>');
    expect(broken).toThrow(ImportFailure);
    expect(() => broken()).toThrow(/xml-broken at line 4/);
    expect(() => mspdiToDraft('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Project>&lol2;</Project>')).toThrow(/xml-doctype/);
    expect(() => mspdiToDraft('<project name="x"/>')).toThrow(/wrong-format/);
    expect(() => mspdiToDraft('<Project><Tasks><Task><UID>1</UID><__proto__>1</__proto__></Task></Tasks></Project>')).toThrow(ImportFailure);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
