import i18next, { type TOptions } from 'i18next';
import { createSignal } from 'solid-js';
import { messages } from './messages';

export type Language = 'en' | 'es';

export const languages: { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

/** localStorage key of the language a visitor picked with the switch. */
const STORAGE_KEY = 'civic-desk.language';

function asLanguage(value: string | null | undefined): Language | null {
  const base = value?.toLowerCase().split('-')[0];
  return base === 'en' || base === 'es' ? base : null;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled, for example in some private windows.
    return null;
  }
}

/**
 * Picks the first supported language from ?lang=, then the visitor's earlier
 * choice, then the browser's preferred languages, and falls back to English.
 */
export function detectLanguage(): Language {
  const fromQuery = asLanguage(new URLSearchParams(window.location.search).get('lang'));
  if (fromQuery !== null) return fromQuery;

  const stored = asLanguage(readStoredLanguage());
  if (stored !== null) return stored;

  for (const preferred of navigator.languages ?? [navigator.language]) {
    const language = asLanguage(preferred);
    if (language !== null) return language;
  }
  return 'en';
}

const translator = i18next.createInstance();
void translator.init({
  resources: messages,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'es'],
  // Solid escapes text it renders, so i18next must not escape it again.
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialisation can finish synchronously.
  initAsync: false,
});

const [language, setLanguageSignal] = createSignal<Language>(asLanguage(translator.language) ?? 'en');
document.documentElement.lang = language();

export { language };

/** Switches the language, remembers it for the next visit, and updates the page's lang attribute. */
export function setLanguage(next: Language): void {
  void translator.changeLanguage(next);
  setLanguageSignal(next);
  document.documentElement.lang = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** Translates `key` into the current language. It reads the language signal, so callers update on a switch. */
export function t(key: string, options?: TOptions): string {
  return translator.t(key, { ...options, lng: language() });
}
