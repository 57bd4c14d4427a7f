import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, pickLanguage, type Language } from '../domain/locale';
import { en } from './en';
import { zhCN } from './zh-cn';

export const LANGUAGE_STORAGE_KEY = 'opsplan.language';

/** i18next with both catalogues bundled (they are small, and the app must work offline). */
export async function setupI18n(forced?: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      lng: forced,
      // React escapes interpolated values itself; escaping twice would show &lt; to users.
      interpolation: { escapeValue: false },
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'], convertDetectedLanguage: pickLanguage },
      returnNull: false,
    });
  return instance;
}

export function currentLanguage(instance: i18n): Language {
  return pickLanguage(instance.resolvedLanguage ?? instance.language);
}
