// The two languages the interface speaks. Domain data that ships with the app (demo plan,
// default columns, templates) carries both.
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Bilingual = Record<Language, string>;

export function pickLanguage(requested: string | null | undefined): Language {
  return requested?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
