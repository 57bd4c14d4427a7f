import { useTranslation } from 'react-i18next';
import { LANGUAGES, pickLanguage } from '../domain/locale';

const NAMES = { en: 'English', 'zh-CN': '简体中文' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = pickLanguage(i18n.resolvedLanguage);
  return (
    <select aria-label={t('app.language')} value={language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
      {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{NAMES[l]}</option>)}
    </select>
  );
}
