// The language of the extension in Options: "as the browser" (the default) or one of the
// languages, by the shared picker (web/ui/language.tsx). It applies at once, without Save: every
// open view and the background follow the stored choice.
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGE_NAMES } from '../../shared/i18n/locale';
import { extension } from '../../shared/i18n/surfaces/extension';
import { LanguagePicker, useT, useWords } from '../../web/ui/language';
import {
  browserLocale,
  loadLanguageChoice,
  saveLanguageChoice,
  type LanguageChoice as Choice,
} from '../lib/language';

export function LanguageChoice() {
  const t = useT(extension);
  const { locale } = useWords();
  const [choice, setChoice] = useState<Choice | null>(null);
  useEffect(() => void loadLanguageChoice().then(setChoice), [locale]);
  if (choice === null) return null;
  const choose = (next: Choice) => {
    setChoice(next);
    void saveLanguageChoice(next);
  };
  const browser = browserLocale();
  return (
    <div class="field">
      <LanguagePicker
        testid="options-language"
        onChoose={choose}
        first={{
          label: t('options.languageAuto', { language: LANGUAGE_NAMES[browser] ?? browser }),
          chosen: choice === 'auto',
          onChoose: () => choose('auto'),
        }}
      />
      <span class="hint">{t('options.languageHint')}</span>
    </div>
  );
}
