import type { Catalog } from './en';

// 简体中文目录：用词取自运营计划类文章（看板、甘特图、里程碑、负责人、完成标准、责任矩阵）。
export const zhCN: Catalog = {
  app: { loading: '正在加载计划…', language: '语言' },
  common: { cancel: '取消', save: '保存', dismiss: '关闭' },
  view: { nav: '视图', board: '看板', timeline: '甘特图', dashboard: '仪表盘' },
  coming: {
    timeline: '甘特图（里程碑、依赖关系、关键路径）正在开发中，暂不可用。你的任务、日期和里程碑都已保存，届时会显示在这里。',
    dashboard: '仪表盘（完成率、按时完成率、工作负荷、预算、目标进度）正在开发中，暂不可用。',
  },
  plan: {
    current: '当前计划', new: '新建计划', menu: '计划“{{name}}”的选项', delete: '删除计划…',
    deleteTitle: '删除计划“{{name}}”？', deleteBody: '该计划的所有任务、列、目标和风险都会被删除。此操作可以撤销。', deleteConfirm: '删除计划',
    startFrom: '创建方式', empty: '空白计划', demo: '示例月度运营计划', name: '计划名称', create: '创建计划',
    noneTitle: '还没有计划', noneBody: '新建一个计划开始工作，或添加示例月度运营计划来体验。', addDemo: '添加示例计划',
  },
  history: { group: '历史', undo: '撤销', redo: '重做', undoWhat: '撤销：{{what}}', redoWhat: '重做：{{what}}' },
  action: {
    addTask: '添加任务', updateTask: '编辑任务', moveTask: '移动卡片', deleteTask: '删除任务', addColumn: '添加列', updateColumn: '编辑列',
    moveColumn: '移动列', deleteColumn: '删除列', createPlan: '创建计划', updatePlan: '编辑计划', deletePlan: '删除计划',
  },
  board: {
    title: '看板', toolbar: '看板筛选与布局', unassigned: '未分配', noGoal: '无目标', lane: '泳道：{{name}}',
    cellInLane: '{{column}}，{{lane}}', cardsIn: '{{place}}（{{count}} 张卡片）', emptyCell: '暂无卡片',
    dragHandle: '移动卡片：{{title}}', count: '{{count}} 张卡片', countOfLimit: '{{count}} 张卡片，在制品上限 {{limit}}',
    columnMenu: '列“{{name}}”的选项', columnSettings: '重命名与上限…', moveLeft: '左移', moveRight: '右移', deleteColumn: '删除列…',
    wipExceeded: '已超过在制品上限 {{limit}}', quickAdd: '在“{{column}}”中新建卡片', quickAddPlaceholder: '+ 添加卡片', addCardTo: '添加卡片到“{{column}}”',
    columnSettingsFor: '列“{{name}}”', columnName: '列名称', wipLimit: '在制品上限', wipHint: '留空表示不限制', category: '计为',
    addColumn: '添加列', deleteColumnTitle: '删除列“{{name}}”？', deleteColumnBody: '其中的 {{count}} 张卡片会被移走，不会被删除。',
    moveCardsTo: '把卡片移到', deleteColumnConfirm: '删除列', swimlanes: '泳道',
    swimlane_none: '不分泳道', swimlane_owner: '按负责人分泳道', swimlane_priority: '按优先级分泳道', swimlane_goal: '按目标分泳道',
  },
  category: { todo: '待办', doing: '进行中', done: '已完成' },
  filter: {
    search: '搜索卡片', searchPlaceholder: '搜索…', owner: '按负责人筛选', anyOwner: '所有负责人', priority: '按优先级筛选', anyPriority: '所有优先级',
    tag: '按标签筛选', anyTag: '所有标签', due: '按截止日期筛选', due_any: '所有截止日期', due_overdue: '已逾期', 'due_due-soon': '即将到期', 'due_no-date': '无截止日期',
    clear: '清除筛选',
  },
  priority: { urgent: '紧急', high: '高', medium: '中', low: '低' },
  term: { short: '短期', mid: '中期', long: '长期' },
  due: { overdue: '已逾期', 'due-soon': '即将到期' },
  dnd: {
    instructions: '按空格键拿起卡片，用方向键在位置和列之间移动，再按空格键放下，按 Esc 取消。',
    pickedUp: '已拿起卡片“{{title}}”。', over: '卡片“{{title}}”位于{{place}}上方。', notOver: '卡片“{{title}}”已不在任何列上方。',
    dropped: '卡片“{{title}}”已放入{{place}}。', cancelled: '已取消移动卡片“{{title}}”。', placeInLane: '{{column}}，泳道 {{lane}}',
  },
  task: {
    titleField: '标题', description: '描述', owner: '负责人', priority: '优先级', start: '开始日期', due: '截止日期',
    estimateHours: '预估工时（小时）', actualHours: '实际工时（小时）', plannedCost: '计划成本', actualCost: '实际成本', progress: '进度（%）',
    term: '期限', goal: '目标', parent: '上级任务', noParent: '无上级任务', tags: '标签', tagsHint: '多个标签用逗号分隔',
    completionStandard: '完成标准', expectedResult: '预期成果', isMilestone: '这是一个里程碑', milestone: '里程碑',
    checklistCount: '检查项 {{done}}/{{total}}',
  },
  editor: {
    title: '编辑任务：{{title}}', fixErrors: '保存前请修正标出的字段。', delete: '删除任务',
    deleteConfirmText: '确定删除此任务？', deleteConfirm: '确定删除',
  },
  raci: { title: '责任矩阵（RACI）', roleOf: '{{name}} 的 RACI 角色', R: 'R — 负责', A: 'A — 批准', C: 'C — 咨询', I: 'I — 知会' },
  checklist: { title: '检查清单（{{done}}/{{total}}）', new: '新检查项', add: '添加检查项', remove: '删除检查项 {{text}}' },
  comments: { title: '评论', none: '还没有评论。', author: '你的名字', new: '新评论', post: '发表评论', anonymous: '某人' },
  validation: {
    required: '此项为必填项。', invalidDate: '请输入有效日期。', notNumber: '请输入数字。', negative: '不能为负数。',
    dueBeforeStart: '截止日期早于开始日期。', percent: '请输入 0 到 100 之间的整数。', positiveWhole: '请输入不小于 1 的整数。',
  },
  error: {
    invalid: '更改未保存：{{detail}}', 'not-found': '该项目已不存在（可能已在其他标签页中删除）。',
    'last-column': '计划至少需要一列。', cycle: '这会形成循环：{{detail}}', conflict: '该更改与其他更改冲突：{{detail}}',
    quota: '浏览器存储空间已满，无法保存。你的工作仍保留在此页面中；请释放磁盘空间或导出计划。',
    saveFailed: '保存失败：{{detail}}。你的工作仍保留在此页面中。', loadFailed: '无法加载计划：{{detail}}',
    damagedRecords: '有 {{detail}} 条已存储的记录无法读取，已原样保留在磁盘上。',
    viewCrashed: '{{view}}视图出现问题', retry: '重试',
  },
};
