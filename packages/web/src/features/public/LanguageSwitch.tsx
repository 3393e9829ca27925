import { For } from 'solid-js';
import { language, languages, t, type Language } from './i18n';

/** Renders the language buttons. Each button's name is written in its own language. */
export function LanguageSwitch(props: { onChoose: (language: Language) => void }) {
  return (
    <div class="language-switch" role="group" aria-label={t('languageLabel')} data-testid="language-switch">
      <For each={languages}>
        {(option) => (
          <button
            type="button"
            class="language-button"
            lang={option.code}
            aria-pressed={language() === option.code}
            data-testid={`language-${option.code}`}
            onClick={() => props.onChoose(option.code)}
          >
            {option.name}
          </button>
        )}
      </For>
    </div>
  );
}
