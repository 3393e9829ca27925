import { A, useMatch, useSearchParams } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { setLanguage, t, type Language } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import './public.css';

/**
 * Renders the header shared by the public pages (county name, language switch) around the page content,
 * and footer links to the kudos, banner permit and lemon lot pages (left out on the kudos page itself).
 * With `staticBrand`, the county name is not a link and there is no footer, so a lobby screen offers no way off its page.
 */
export function PublicFrame(props: { children: JSX.Element; staticBrand?: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const onKudosPage = useMatch(() => '/kudos');

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
      <Show when={!props.staticBrand && !onKudosPage()}>
        <footer class="public-footer">
          <A href="/kudos" data-testid="public-kudos-link">
            {t('kudos.footerLink')}
          </A>
          <span aria-hidden="true"> · </span>
          <A href="/banners" data-testid="public-banners-link">
            {t('banners.footerLink')}
          </A>
          <span aria-hidden="true"> · </span>
          <A href="/lemon-lot" data-testid="public-lemon-lot-link">
            {t('lemonLot.footerLink')}
          </A>
        </footer>
      </Show>
    </div>
  );
}

/** Formats a date for residents in the chosen language, such as "March 8, 2026". */
export function formatPublicDate(iso: string, language: Language): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long' }).format(time);
}
