import { A, useSearchParams } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { setLanguage, t, type Language } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import './public.css';

/**
 * Renders the header shared by the public pages (county name, language switch) around the page content.
 * With `staticBrand`, the county name is not a link, so a lobby screen offers no way off its page.
 */
export function PublicFrame(props: { children: JSX.Element; staticBrand?: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();

  function chooseLanguage(next: Language): void {
    setLanguage(next);
    // Keep ?lang= in step, because it takes precedence on the next load.
    if (searchParams.lang !== undefined) setSearchParams({ lang: next }, { replace: true });
  }

  return (
    <div class="public-page">
      <header class="public-header">
        <Show
          when={props.staticBrand}
          fallback={
            <A class="public-brand" href="/answers">
              <span class="public-brand-mark" aria-hidden="true">
                311
              </span>
              <span>{t('county')}</span>
            </A>
          }
        >
          <div class="public-brand">
            <span class="public-brand-mark" aria-hidden="true">
              311
            </span>
            <span>{t('county')}</span>
          </div>
        </Show>
        <LanguageSwitch onChoose={chooseLanguage} />
      </header>
      <main class="public-main">{props.children}</main>
    </div>
  );
}

/** Formats a date for residents in the chosen language, such as "March 8, 2026". */
export function formatPublicDate(iso: string, language: Language): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long' }).format(time);
}
