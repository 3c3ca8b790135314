// The four options of a share, used by the share form and by the extension's defaults in Options.
import { EXPIRY_CHOICES, LIMITS, type OptionErrors, type ShareOptions } from './share-options';
import { panels } from '../../shared/i18n/surfaces/panels';
import { formatDuration } from './format';
import { useT, useWords } from './language';

interface Props {
  value: ShareOptions;
  errors: OptionErrors;
  onChange: (next: ShareOptions) => void;
  /** data-testid prefix, e.g. "share" gives "share-expiry". */
  prefix: string;
  disabled?: boolean;
}

const WORD_CHOICES = Array.from(
  { length: LIMITS.words.max - LIMITS.words.min + 1 },
  (_, i) => LIMITS.words.min + i,
);

export function OptionsFields({ value, errors, onChange, prefix, disabled }: Props) {
  const t = useT(panels);
  const { locale } = useWords();
  const set = (key: keyof ShareOptions) => (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    // An empty or half-typed number stays NaN and is reported, not silently replaced.
    onChange({ ...value, [key]: raw.trim() === '' ? NaN : Number(raw) });
  };
  const expiryKnown = EXPIRY_CHOICES.some((c) => c.seconds === value.expiresIn);
  const number = (key: 'maxViews' | 'maxAttempts', label: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={LIMITS[key].min}
        max={LIMITS[key].max}
        step={1}
        value={Number.isNaN(value[key]) ? '' : value[key]}
        aria-invalid={errors[key] ? 'true' : undefined}
        data-testid={`${prefix}-${key === 'maxViews' ? 'views' : 'attempts'}`}
        disabled={disabled}
        onInput={set(key)}
      />
    </label>
  );
  // Said from which fields are wrong (the errors' own sentences are English, for the background).
  const problems = (['expiresIn', 'maxViews', 'maxAttempts', 'words'] as const)
    .filter((key) => errors[key])
    // The range as it is typed in the field: no grouping ("1000", not "1,000").
    .map((key) => t(`invalid.${key}`, { min: `${LIMITS[key].min}`, max: `${LIMITS[key].max}` }));
  return (
    <>
      <div class="grid">
        <label class="field">
          <span>{t('options.expires')}</span>
          <select
            value={value.expiresIn}
            data-testid={`${prefix}-expiry`}
            disabled={disabled}
            onChange={set('expiresIn')}
          >
            {!expiryKnown && <option value={value.expiresIn}>{t('options.custom')}</option>}
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.seconds} value={c.seconds}>
                {formatDuration(c.seconds, locale)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('options.words')}</span>
          <select
            value={value.words}
            data-testid={`${prefix}-words`}
            disabled={disabled}
            onChange={set('words')}
          >
            {WORD_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t('options.wordsChoice', { count: n, bits: n * 11 })}
              </option>
            ))}
          </select>
        </label>
        {number('maxViews', t('options.views'))}
        {number('maxAttempts', t('options.attempts'))}
      </div>
      {problems.length > 0 && (
        <div class="field-error" role="alert" data-testid={`${prefix}-options-error`}>
          {problems.join(' ')}
        </div>
      )}
    </>
  );
}
