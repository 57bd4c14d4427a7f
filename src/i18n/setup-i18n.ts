import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, pickLanguage, type Language } from '../domain/locale';
import { enFirstScreen } from './en-first-screen';
import { attachMoreStrings } from './more-strings';

export const LANGUAGE_STORAGE_KEY = 'opsplan.language';

/**
 * i18next with English (the fallback) in the first screen's code — the words of the first screen;
 * those of later views come with them (more-strings.ts) — and Chinese in a chunk of its own,
 * fetched before the first render when it is the language in use. All are in the service
 * worker's precache, so either works offline.
 */
export async function setupI18n(forced?: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .use(resourcesToBackend((language: string) => (language === 'zh-CN' ? import('./zh-cn').then((m) => m.zhCN) : Promise.resolve(enFirstScreen))))
    .init({
      resources: { en: { translation: enFirstScreen } },
      // English is bundled; other languages come from the backend above.
      partialBundledLanguages: true,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      lng: forced,
      // React escapes interpolated values itself; escaping twice would show &lt; to users.
      interpolation: { escapeValue: false },
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'], convertDetectedLanguage: pickLanguage },
      returnNull: false,
    });
  attachMoreStrings(instance);
  // The page says which language it is in, so a screen reader reads it with the right voice
  // (index.html says English until now; a Chinese interface was read out as English).
  const markPageLanguage = () => {
    if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage(instance);
  };
  markPageLanguage();
  instance.on('languageChanged', markPageLanguage);
  return instance;
}

export function currentLanguage(instance: i18n): Language {
  return pickLanguage(instance.resolvedLanguage ?? instance.language);
}
