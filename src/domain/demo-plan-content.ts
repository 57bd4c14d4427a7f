import type { Bilingual } from './locale';
import type { Priority } from './task';

// The demo plan is the seeds' own example: a month that raises MAU, run as
// research → strategy → launch → evaluate weeks by an operations manager, a data analyst
// and a customer-service specialist.

export type DemoMember = { key: string; name: Bilingual; role: Bilingual; skills: string[]; capacity: number };
export type DemoTask = {
  key: string;
  title: Bilingual;
  week: 0 | 1 | 2 | 3;
  startOffset: number;
  days: number;
  column: 0 | 1 | 2 | 3;
  owner: string;
  priority: Priority;
  hours: number;
  cost: number;
  tags: string[];
  milestone?: boolean;
  after?: string;
  standard?: Bilingual;
};

export const DEMO_MEMBERS: DemoMember[] = [
  { key: 'lead', name: { en: 'Li Na', 'zh-CN': '李娜' }, role: { en: 'Operations manager', 'zh-CN': '运营经理' }, skills: ['planning', 'campaigns'], capacity: 40 },
  { key: 'analyst', name: { en: 'Wang Lei', 'zh-CN': '王磊' }, role: { en: 'Data analyst', 'zh-CN': '数据分析师' }, skills: ['sql', 'reporting'], capacity: 40 },
  { key: 'support', name: { en: 'Chen Jing', 'zh-CN': '陈静' }, role: { en: 'Customer service specialist', 'zh-CN': '客服专员' }, skills: ['feedback', 'community'], capacity: 32 },
];

export const DEMO_PLAN_TEXT = {
  name: { en: 'Monthly operations plan', 'zh-CN': '月度运营计划' },
  description: {
    en: 'Week 1 research, week 2 strategy, week 3 launch ads, week 4 evaluate and adjust.',
    'zh-CN': '第一周完成市场调研，第二周制定营销策略，第三周实施广告投放，第四周评估效果并调整策略。',
  },
  goal: { en: 'Raise monthly active users 20% this quarter', 'zh-CN': '本季度月活跃用户提升20%' },
  metric: { en: 'Monthly active users', 'zh-CN': '月活跃用户' },
  unit: { en: 'users', 'zh-CN': '人' },
  risks: [
    { title: { en: 'Ad campaign underperforms', 'zh-CN': '广告投放效果不及预期' }, category: 'market', probability: 3, impact: 4, plan: { en: 'Shift budget to the best channel after 3 days of data.', 'zh-CN': '投放3天后根据数据把预算转向效果最好的渠道。' } },
    { title: { en: 'Tracking events missing', 'zh-CN': '数据埋点缺失' }, category: 'technical', probability: 2, impact: 3, plan: { en: 'Verify events before launch with the analyst.', 'zh-CN': '上线前与数据分析师核对埋点。' } },
  ],
} as const;

const bi = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

export const DEMO_TASKS: DemoTask[] = [
  { key: 'research', title: bi('Market research', '市场调研'), week: 0, startOffset: 0, days: 3, column: 3, owner: 'analyst', priority: 'high', hours: 16, cost: 2000, tags: ['research'], standard: bi('Report with 3 target segments', '输出包含3个目标人群的调研报告') },
  { key: 'feedback', title: bi('Analyse user feedback', '用户反馈分析'), week: 0, startOffset: 1, days: 3, column: 3, owner: 'support', priority: 'medium', hours: 12, cost: 0, tags: ['research', 'feedback'] },
  { key: 'competitors', title: bi('Competitor analysis', '竞品分析'), week: 0, startOffset: 2, days: 3, column: 1, owner: 'analyst', priority: 'medium', hours: 10, cost: 500, tags: ['research'] },
  { key: 'strategy', title: bi('Define marketing strategy', '制定营销策略'), week: 1, startOffset: 0, days: 3, column: 1, owner: 'lead', priority: 'urgent', hours: 16, cost: 0, tags: ['strategy'], after: 'research' },
  { key: 'content', title: bi('Social media content plan', '制定社交媒体内容计划'), week: 1, startOffset: 3, days: 2, column: 2, owner: 'lead', priority: 'high', hours: 12, cost: 1500, tags: ['content'], after: 'strategy' },
  { key: 'event', title: bi('Plan online campaign', '策划线上活动'), week: 1, startOffset: 3, days: 2, column: 0, owner: 'lead', priority: 'high', hours: 20, cost: 5000, tags: ['campaign'], after: 'strategy' },
  { key: 'launch', title: bi('Campaign launch', '活动上线'), week: 2, startOffset: 0, days: 1, column: 0, owner: 'lead', priority: 'urgent', hours: 0, cost: 0, tags: ['milestone'], milestone: true, after: 'event' },
  { key: 'ads', title: bi('Run ad campaign', '实施广告投放'), week: 2, startOffset: 0, days: 5, column: 0, owner: 'lead', priority: 'high', hours: 20, cost: 20000, tags: ['campaign', 'ads'], after: 'launch' },
  { key: 'channel', title: bi('Improve feedback channel', '优化用户反馈渠道'), week: 2, startOffset: 1, days: 3, column: 0, owner: 'support', priority: 'medium', hours: 12, cost: 800, tags: ['feedback'] },
  { key: 'evaluate', title: bi('Evaluate results and adjust', '评估效果并调整策略'), week: 3, startOffset: 0, days: 3, column: 0, owner: 'analyst', priority: 'high', hours: 12, cost: 0, tags: ['review'], after: 'ads' },
  { key: 'summary', title: bi('Monthly summary', '月度总结'), week: 3, startOffset: 3, days: 2, column: 0, owner: 'lead', priority: 'medium', hours: 6, cost: 0, tags: ['review'], after: 'evaluate' },
];
