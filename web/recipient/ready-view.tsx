// The secret is waiting: what this is, until when, how often it can be read, and the
// passphrase form. Opening this view spent nothing; only a submit that passes the link's check
// reaches the server.
import { useEffect, useRef, useState } from 'preact/hooks';
import { common } from '../../shared/i18n/surfaces/common';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { formatExpiry } from '../ui/expiry';
import { useT, useWords } from '../ui/language';
import { attemptsText, viewsText } from './format';
import { PassphraseField } from './passphrase-field';
import type { PassphraseCheck, ProtocolWorker } from './protocol-worker-client';
import type { PageState } from './state';
import { UnlockProgress } from './unlock-progress';

/** Failures the reader fixes by editing the passphrase, not by trying the same thing again. */
const FIX_PASSPHRASE = new Set(['CHECK_MISMATCH', 'BAD_PASSPHRASE', 'WRONG_PASSPHRASE']);

const NOTHING_TYPED: PassphraseCheck = { words: [], canonical: null };

/** Checks the typed passphrase in the worker as it changes; the newest answer wins. */
function usePassphraseCheck(worker: ProtocolWorker, value: string): PassphraseCheck {
  const [check, setCheck] = useState(NOTHING_TYPED);
  useEffect(() => {
    let live = true;
    worker.check(value).then(
      (c) => live && setCheck(c),
      () => live && setCheck(NOTHING_TYPED),
    );
    return () => {
      live = false;
    };
  }, [worker, value]);
  return check;
}

export function ReadyView(props: {
  state: Extract<PageState, { name: 'ready' }>;
  worker: ProtocolWorker;
  onSubmit: (passphrase: string) => void;
}) {
  const { secret, busy, problem, failures } = props.state;
  const [value, setValue] = useState('');
  const check = usePassphraseCheck(props.worker, value);
  const input = useRef<HTMLTextAreaElement>(null);
  const t = useT(recipient);
  const tc = useT(common);
  const { locale } = useWords();

  // Focus the field when the page is ready, and again after a failed try (the alert is read out).
  useEffect(() => {
    if (busy === null) input.current?.focus();
  }, [busy, problem]);

  const submit = () => {
    if (busy !== null) return;
    props.onSubmit(value);
  };
  const canRetry = problem !== null && problem.retryable && !FIX_PASSPHRASE.has(problem.code);
  const onPassphrase = problem !== null && FIX_PASSPHRASE.has(problem.code);

  return (
    <section class="card" data-testid="state-ready" aria-labelledby="ready-title">
      <h1 id="ready-title">{t('ready.title')}</h1>
      <p class="lead">{t('ready.lead')}</p>
      {props.state.resumed && (
        <p class="alert alert--warn" role="status" data-testid="resumed">
          {t('ready.resumed')}
        </p>
      )}
      <dl class="facts" data-testid="facts">
        <div>
          <dt>{t('ready.expires')}</dt>
          <dd data-testid="expires">{formatExpiry(tc, locale, secret.expiresAt)}</dd>
        </div>
        <div>
          <dt>{t('ready.canBeRead')}</dt>
          <dd data-testid="views-left">{viewsText(t, secret.viewsLeft)}</dd>
        </div>
        <div>
          <dt>{t('ready.attempts')}</dt>
          <dd data-testid="attempts-left">{attemptsText(t, secret.attemptsLeft)}</dd>
        </div>
      </dl>
      <p class="muted small">{t('ready.spentNothing')}</p>
      <form
        class="unlock"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <PassphraseField
          value={value}
          check={check}
          onInput={setValue}
          onSubmit={submit}
          disabled={busy !== null}
          invalid={onPassphrase}
          inputRef={input}
        />
        {problem && busy === null && (
          <div
            key={failures}
            class={`alert ${problem.code === 'WRONG_PASSPHRASE' ? 'alert--bad' : 'alert--warn'}`}
            role="alert"
            data-testid="problem"
            data-code={problem.code}
          >
            <p>{problem.message}</p>
            {canRetry && (
              <button type="button" class="button" data-testid="retry" onClick={submit}>
                {tc('notice.retry')}
              </button>
            )}
          </div>
        )}
        {busy !== null ? (
          <UnlockProgress step={busy} />
        ) : (
          <div class="actions">
            <button type="submit" class="button button--primary" data-testid="reveal">
              {t('ready.reveal')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
