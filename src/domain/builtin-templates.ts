import { defaultCalendar } from './default-calendar';
import { defaultColumns } from './default-columns';
import type { Bilingual, Language } from './locale';
import type { PlanTemplate, TemplateRole, TemplateTask } from './template';

// The templates the seeds describe, in both languages: a monthly operations plan, the phases of
// an operations project (项目规划 … 持续改进) and role responsibility cards (职责模板).

type RoleSeed = { key: string; name: Bilingual; role: Bilingual; hours: number };
type TaskSeed = {
  key: string; title: Bilingual; start: number | null; days: number; role: string | null;
  priority?: TemplateTask['priority']; hours?: number; cost?: number; tags?: string[]; checklist?: Bilingual[]; standard?: Bilingual;
  parent?: string; milestone?: boolean; every?: 'week' | 'month'; after?: string[]; goal?: boolean;
};
type TemplateSeed = {
  id: string; name: Bilingual; description: Bilingual; days: number; budget: number | null; roles: RoleSeed[]; tasks: TaskSeed[];
  goal?: { title: Bilingual; metric: Bilingual; unit: Bilingual; deadline: number; role: string };
  risks?: { title: Bilingual; category: PlanTemplate['risks'][number]['category']; probability: number; impact: number; plan: Bilingual; role: string }[];
};

const bi = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

const OPS_ROLES: RoleSeed[] = [
  { key: 'lead', name: bi('Operations manager', '运营经理'), role: bi('Operations manager', '运营经理'), hours: 40 },
  { key: 'analyst', name: bi('Data analyst', '数据分析师'), role: bi('Data analyst', '数据分析师'), hours: 40 },
  { key: 'support', name: bi('Customer service specialist', '客服专员'), role: bi('Customer service specialist', '客服专员'), hours: 40 },
];

const MONTHLY_PLAN: TemplateSeed = {
  id: 'tpl_monthly_ops',
  name: bi('Monthly operations plan', '月度运营计划'),
  description: bi('A month run as research → strategy → launch → evaluate weeks, with a weekly meeting and report.', '按“调研 → 策略 → 上线 → 评估”四周推进的月度计划，含周会与周报。'),
  days: 28, budget: null, roles: OPS_ROLES,
  goal: { title: bi('Raise monthly active users 20% this quarter', '本季度月活跃用户提升20%'), metric: bi('Monthly active users', '月活跃用户数'), unit: bi('users', '人'), deadline: 89, role: 'lead' },
  tasks: [
    { key: 'meeting', title: bi('Weekly meeting', '周会'), start: 0, days: 1, role: 'lead', every: 'week', hours: 1, tags: ['review'], checklist: [bi('Last week’s results', '上周成果'), bi('Problems and blockers', '问题与阻碍'), bi('This week’s priorities', '本周重点')] },
    { key: 'report', title: bi('Weekly report', '周报'), start: 4, days: 1, role: 'analyst', every: 'week', hours: 2, tags: ['review'] },
    { key: 'research', title: bi('Market research', '市场调研'), start: 0, days: 5, role: 'analyst', priority: 'high', hours: 16, tags: ['research'], goal: true, standard: bi('Report with the target segments', '输出包含目标人群的调研报告') },
    { key: 'feedback', title: bi('Analyse user feedback', '用户反馈分析'), start: 0, days: 5, role: 'support', hours: 12, tags: ['research'], goal: true },
    { key: 'strategy', title: bi('Define the strategy', '制定运营策略'), start: 7, days: 3, role: 'lead', priority: 'urgent', hours: 16, tags: ['strategy'], goal: true, after: ['research', 'feedback'] },
    { key: 'content', title: bi('Content and campaign plan', '制定内容与活动计划'), start: 10, days: 2, role: 'lead', priority: 'high', hours: 12, tags: ['content'], goal: true, after: ['strategy'] },
    { key: 'launch', title: bi('Campaign launch', '活动上线'), start: 14, days: 1, role: 'lead', priority: 'urgent', milestone: true, after: ['content'] },
    { key: 'run', title: bi('Run the campaign', '执行推广活动'), start: 14, days: 5, role: 'lead', priority: 'high', hours: 20, tags: ['campaign'], goal: true, after: ['launch'] },
    { key: 'evaluate', title: bi('Evaluate results and adjust', '评估效果并调整策略'), start: 21, days: 3, role: 'analyst', priority: 'high', hours: 12, tags: ['review'], goal: true, after: ['run'] },
    { key: 'summary', title: bi('Monthly summary', '月度总结'), start: 24, days: 2, role: 'lead', hours: 6, tags: ['review'], after: ['evaluate'], checklist: [bi('Actual vs target', '实际与目标对比'), bi('Lessons learned', '经验教训'), bi('Next month’s goals', '下月目标')] },
  ],
  risks: [{ title: bi('Campaign underperforms', '活动效果不及预期'), category: 'market', probability: 3, impact: 4, plan: bi('Shift budget to the best channel after 3 days of data.', '上线3天后根据数据调整预算投向。'), role: 'lead' }],
};

const PHASES: [string, Bilingual, number, number, string, string | null, Bilingual[]][] = [
  ['plan', bi('Project planning', '项目规划'), 0, 5, 'lead', null, [bi('Goals and scope', '目标与范围'), bi('Milestones', '里程碑'), bi('Budget', '预算')]],
  ['resources', bi('Resource coordination', '资源协调'), 5, 5, 'lead', 'plan', [bi('People and skills', '人员与技能'), bi('Budget per activity', '活动预算'), bi('Tools', '工具')]],
  ['data', bi('Data analysis', '数据分析'), 7, 10, 'analyst', 'plan', [bi('Tracking plan', '埋点方案'), bi('KPI dashboard', '指标看板')]],
  ['progress', bi('Progress management', '进度管理'), 10, 35, 'lead', 'resources', [bi('Weekly status', '每周进展'), bi('Critical path', '关键路径')]],
  ['risk', bi('Risk control', '风险控制'), 10, 35, 'lead', 'resources', [bi('Risk register', '风险登记'), bi('Contingency plans', '应急预案')]],
  ['team', bi('Team collaboration', '团队协作'), 10, 35, 'lead', 'resources', [bi('RACI agreed', '确认责任矩阵'), bi('Communication channels', '沟通渠道')]],
  ['evaluate', bi('Results evaluation', '成果评估'), 45, 7, 'analyst', 'progress', [bi('Actual vs target', '实际与目标对比'), bi('Customer feedback', '客户反馈')]],
  ['improve', bi('Continuous improvement', '持续改进'), 52, 4, 'lead', 'evaluate', [bi('Lessons learned', '经验教训'), bi('Next iteration', '下一轮计划')]],
];

const PROJECT_PHASES: TemplateSeed = {
  id: 'tpl_ops_phases',
  name: bi('Operations project phases', '运营项目阶段'),
  description: bi('Eight phases from planning to continuous improvement, chained on the timeline.', '从项目规划到持续改进的八个阶段，在甘特图上前后衔接。'),
  days: 56, budget: null, roles: OPS_ROLES,
  tasks: [
    ...PHASES.map(([key, title, start, days, role, after, checklist]): TaskSeed => ({ key, title, start, days, role, priority: 'high', checklist, tags: ['phase'], ...(after ? { after: [after] } : {}) })),
    { key: 'kickoff', title: bi('Kick-off approved', '项目启动评审通过'), start: 4, days: 1, role: 'lead', milestone: true, after: ['plan'] },
    { key: 'review', title: bi('Final review', '项目复盘会'), start: 55, days: 1, role: 'lead', milestone: true, after: ['improve'] },
  ],
  risks: [{ title: bi('Key people unavailable', '关键人员不到位'), category: 'people', probability: 2, impact: 4, plan: bi('Name a backup for every critical task.', '为每个关键任务指定备份人员。'), role: 'lead' }],
};

const ROLE_CARDS: TemplateSeed = {
  id: 'tpl_role_cards',
  name: bi('Role responsibility cards', '运营职责模板'),
  description: bi('One card per role with its duties, and the recurring work each role owns.', '每个岗位一张职责卡，并附上各岗位负责的例行工作。'),
  days: 28, budget: null, roles: OPS_ROLES,
  tasks: [
    { key: 'card-lead', title: bi('Role card: operations manager', '职责卡：运营经理'), start: null, days: 1, role: 'lead', tags: ['role'], checklist: [bi('Set and run the operations strategy', '制定并执行整体运营策略'), bi('Hold the weekly meeting and follow up', '每周召开周会并跟进进展'), bi('Coordinate marketing, sales and R&D', '协调市场、销售、研发等部门资源'), bi('Approve budgets and major campaigns', '审批预算与重大活动'), bi('Train the team and review performance', '团队培训与绩效考核')] },
    { key: 'card-analyst', title: bi('Role card: data analyst', '职责卡：数据分析师'), start: null, days: 1, role: 'analyst', tags: ['role'], checklist: [bi('Collect and clean operations data', '收集并清洗运营数据'), bi('Keep the KPI dashboard (DAU/MAU, retention, conversion)', '维护指标看板（日活/月活、留存、转化）'), bi('Publish the weekly data report', '每周输出数据报告'), bi('Evaluate campaigns and attribute results', '活动效果评估与归因分析')] },
    { key: 'card-support', title: bi('Role card: customer service specialist', '职责卡：客服专员'), start: null, days: 1, role: 'support', tags: ['role'], checklist: [bi('Answer customers and solve their problems', '日常客户沟通与问题解决'), bi('Collect and sort user feedback', '收集并整理用户反馈'), bi('Call back customers and run satisfaction surveys', '客户回访与满意度调查'), bi('Flag customers at risk of leaving', '识别流失风险客户并上报')] },
    { key: 'meeting', title: bi('Weekly meeting', '周会'), start: 0, days: 1, role: 'lead', every: 'week', hours: 1, tags: ['review'] },
    { key: 'data-report', title: bi('Weekly data report', '每周数据报告'), start: 4, days: 1, role: 'analyst', every: 'week', hours: 3, tags: ['report'] },
    { key: 'survey', title: bi('Customer satisfaction survey', '客户满意度调查'), start: 21, days: 5, role: 'support', every: 'month', hours: 8, tags: ['feedback'] },
  ],
};

const SEEDS = [MONTHLY_PLAN, PROJECT_PHASES, ROLE_CARDS];
export const BUILT_IN_TEMPLATE_IDS = SEEDS.map((s) => s.id);

/** The built-in templates in one language; they are data, not stored records, so they never go stale. */
export function builtInTemplates(language: Language): PlanTemplate[] {
  return SEEDS.map((seed) => toTemplate(seed, language));
}

/** The operations manager is accountable for everything; whoever does the work is responsible. */
function raciFor(role: string | null): TemplateTask['raci'] {
  if (!role) return {};
  return role === 'lead' ? { lead: 'A' } : { [role]: 'R', lead: 'A' };
}

function toTemplate(seed: TemplateSeed, language: Language): PlanTemplate {
  const roles: TemplateRole[] = seed.roles.map((r) => ({ key: r.key, name: r.name[language], role: r.role[language], weeklyCapacityHours: r.hours }));
  const goalKey = seed.goal ? 'goal' : null;
  return {
    id: seed.id,
    name: seed.name[language],
    description: seed.description[language],
    createdAt: '',
    durationDays: seed.days,
    budget: seed.budget,
    calendar: defaultCalendar(language),
    columns: defaultColumns(language).map((c) => ({ name: c.name, category: c.category, wipLimit: c.wipLimit ?? null })),
    roles,
    goals: seed.goal
      ? [{ key: 'goal', title: seed.goal.title[language], metric: seed.goal.metric[language], unit: seed.goal.unit[language], baseline: null, target: null, deadlineOffsetDays: seed.goal.deadline, roleKey: seed.goal.role }]
      : [],
    tasks: seed.tasks.map((t) => ({
      key: t.key, title: t.title[language], description: '', column: 0, offsetDays: t.start, durationDays: t.days, roleKey: t.role,
      raci: raciFor(t.role),
      priority: t.priority ?? 'medium', estimateHours: t.hours ?? null, plannedCost: t.cost ?? null, tags: t.tags ?? [],
      checklist: (t.checklist ?? []).map((c) => c[language]), completionStandard: t.standard?.[language] ?? '', parentKey: t.parent ?? null,
      goalKey: t.goal ? goalKey : null, isMilestone: t.milestone === true, recurrence: t.every ? { unit: t.every, interval: 1 } : null,
      after: (t.after ?? []).map((key) => ({ key, type: 'FS' as const, lagDays: 0 })),
    })),
    risks: (seed.risks ?? []).map((r) => ({ title: r.title[language], category: r.category, probability: r.probability, impact: r.impact, response: 'mitigate' as const, contingencyPlan: r.plan[language], roleKey: r.role })),
  };
}
