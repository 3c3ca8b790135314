// The request is open: the requester's note (their words, shown as text), until when it can be
// answered, and the answer form, typed, pasted or generated. Sending seals the answer in this
// browser; only the person who asked can decrypt it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import type { Failure } from '../../shared/messages';
import { common } from '../../shared/i18n/surfaces/common';
import { formatExpiry } from '../ui/expiry';
import { useT as useSurface, useWords } from '../ui/language';
import { Generator, useGenerator } from '../ui/Generator';
import { defaultGeneratorPrefs } from '../ui/generator-state';
import { StatusRegion } from '../ui/StatusRegion';
import { useT } from './i18n';

function AnswerGenerator(props: { onUse: (value: string, kind: SecretKind) => void }) {
  const state = useGenerator(defaultGeneratorPrefs());
  const t = useT();
  return (
    <div class="generator" data-testid="generator">
      <Generator
        state={state}
        actions={(g) => (
          <>
            <button
              type="button"
              class="button"
              data-testid="gen-regenerate"
              onClick={state.regenerate}
            >
              {t('gen.another')}
            </button>
            <button
              type="button"
              class="button button--primary"
              data-testid="gen-use"
              onClick={() => props.onUse(g.value, g.kind)}
            >
              {t('gen.use')}
            </button>
          </>
        )}
      />
    </div>
  );
}

export function OpenView(props: {
  note: string;
  expiresAt: string;
  onSend: (value: string, kind: SecretKind) => Promise<Failure | null>;
}) {
  const [value, setValue] = useState('');
  const [kind, setKind] = useState<SecretKind>('text');
  const [generating, setGenerating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Failure | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const t = useT();
  const tc = useSurface(common);
  const { locale } = useWords();

  const send = async () => {
    if (busy || value.length === 0) return;
    setBusy(true);
    setProblem(await props.onSend(value, kind));
    setBusy(false);
  };
  // Sending disables the field and the button, which drops focus: back on the answer after a
  // problem (the alert is read out), as the recipient page does with its passphrase.
  useEffect(() => {
    if (!busy && problem) field.current?.focus();
  }, [busy, problem]);

  return (
    <section class="card" data-testid="state-open" aria-labelledby="open-title">
      <h1 id="open-title">{t('open.title')}</h1>
      <p class="label">{t('open.theyWrote')}</p>
      <blockquote class="request-note" dir="auto" data-testid="note">
        {props.note}
      </blockquote>
      <dl class="facts">
        <div>
          <dt>{t('open.openUntil')}</dt>
          <dd data-testid="expires">{formatExpiry(tc, locale, props.expiresAt)}</dd>
        </div>
        <div>
          <dt>{t('open.answers')}</dt>
          <dd>{t('open.answersOne')}</dd>
        </div>
      </dl>
      <form
        class="unlock"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label for="answer" class="label">
          {t('open.answerLabel')}
        </label>
        <textarea
          id="answer"
          ref={field}
          class="secret answer"
          dir="auto"
          data-testid="answer"
          rows={4}
          value={value}
          disabled={busy}
          spellcheck={false}
          autocapitalize="none"
          autocorrect="off"
          autocomplete="off"
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setKind('text');
          }}
        />
        <p class="hint">{t('open.answerHint')}</p>
        <button
          type="button"
          class="link-button"
          data-testid="toggle-generator"
          aria-expanded={generating}
          onClick={() => setGenerating(!generating)}
        >
          {generating ? t('open.hideGenerator') : t('open.showGenerator')}
        </button>
        {generating && (
          <AnswerGenerator
            onUse={(v, k) => {
              setValue(v);
              setKind(k);
              setGenerating(false);
              field.current?.focus();
            }}
          />
        )}
        {problem && !busy && (
          <div
            class="alert alert--warn"
            role="alert"
            data-testid="problem"
            data-code={problem.code}
          >
            <p>{problem.message}</p>
          </div>
        )}
        <StatusRegion testid="send-status" text={busy ? t('open.sendingStatus') : ''} />
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            data-testid="send"
            disabled={busy || value.length === 0}
          >
            {busy ? t('open.sending') : t('open.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
