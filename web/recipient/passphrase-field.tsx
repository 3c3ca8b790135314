// The passphrase as people type it: any case, any separators, pasted whole (line breaks too),
// the first four letters of a word are enough. Each word is checked against the list as it is
// typed (shared/passphrase's checkPassphrase, the rule every client applies, run in the protocol
// worker where the wordlist lives), so a typo shows before anything is derived or sent.
import type { Ref } from 'preact';
import type { WordCheck } from '../../shared/passphrase';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT, useWords } from '../ui/language';
import { passphraseSummary } from './format';
import type { PassphraseCheck } from './protocol-worker-client';

function Word(props: { w: WordCheck; last: boolean }) {
  const { w, last } = props;
  // A short or ambiguous word at the end is still being typed: neutral, not an error.
  const status =
    w.status === 'ok' || w.status === 'completed'
      ? 'ok'
      : w.status === 'unknown' || !last
        ? 'bad'
        : 'typing';
  const mark = status === 'ok' ? '✓' : status === 'bad' ? '✗' : '…';
  const rest = w.status === 'completed' && w.word ? w.word.slice(w.input.length) : '';
  return (
    <li class={`word word--${status}`} data-testid="word" data-status={w.status}>
      <span class="word-mark" aria-hidden="true">
        {mark}
      </span>
      <span class="word-text">
        {w.status === 'completed' ? w.input : (w.word ?? w.input)}
        {rest && <span class="word-rest">{rest}</span>}
      </span>
    </li>
  );
}

export function PassphraseField(props: {
  value: string;
  /** The check of `value` (or of a moment ago, while the next one is on its way). */
  check: PassphraseCheck;
  onInput: (value: string) => void;
  onSubmit: () => void;
  disabled: boolean;
  /** Set when the last submit failed on the passphrase (typo, wrong): marks the field invalid. */
  invalid: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
}) {
  const { words, canonical } = props.check;
  const t = useT(recipient);
  const english = useWords().locale === 'en';
  const summary = passphraseSummary(t, words, canonical);
  const unknown = words.some((w) => w.status === 'unknown');
  return (
    <div class="field">
      <label for="passphrase" class="label">
        {t('passphrase.label')}
      </label>
      <p id="passphrase-hint" class="hint">
        {t('passphrase.hint')}
        {!english && (
          <>
            {' '}
            <span data-testid="passphrase-english">{t('passphrase.english')}</span>
          </>
        )}
      </p>
      <textarea
        id="passphrase"
        ref={props.inputRef}
        class="passphrase-input"
        // The words are English (BIP39) in every language: left to right, also in Arabic.
        dir="ltr"
        data-testid="passphrase"
        rows={2}
        value={props.value}
        disabled={props.disabled}
        autocomplete="off"
        autocapitalize="none"
        autocorrect="off"
        spellcheck={false}
        enterkeyhint="go"
        aria-invalid={unknown || props.invalid ? 'true' : undefined}
        aria-describedby="passphrase-hint passphrase-summary"
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter opens the secret, as in a one-line field; the box only wraps long passphrases.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            props.onSubmit();
          }
        }}
      />
      {words.length > 0 && (
        <ol class="words" dir="ltr" data-testid="word-feedback" aria-hidden="true">
          {words.map((w, i) => (
            <Word key={i} w={w} last={i === words.length - 1} />
          ))}
        </ol>
      )}
      <p
        id="passphrase-summary"
        class={`summary${unknown ? ' summary--bad' : ''}`}
        data-testid="passphrase-summary"
        aria-live="polite"
      >
        {summary}
      </p>
    </div>
  );
}
