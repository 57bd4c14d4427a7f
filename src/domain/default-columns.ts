import type { Language } from './locale';
import type { ColumnSeed } from './plan-commands';

const COLUMNS: Record<Language, ColumnSeed[]> = {
  en: [
    { name: 'To do', category: 'todo' },
    { name: 'In progress', category: 'doing', wipLimit: 3 },
    { name: 'Review', category: 'doing' },
    { name: 'Done', category: 'done' },
  ],
  'zh-CN': [
    { name: '待办', category: 'todo' },
    { name: '进行中', category: 'doing', wipLimit: 3 },
    { name: '待审核', category: 'doing' },
    { name: '已完成', category: 'done' },
  ],
};

export function defaultColumns(language: Language): ColumnSeed[] {
  return COLUMNS[language];
}
