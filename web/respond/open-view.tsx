// The request is open: the requester's note (their words, shown as text), until when it can be
// answered, and the answer form, typed, pasted or generated. Sending seals the answer in this
// browser; only the person who asked can decrypt it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import type { Failure } from '../../shared/messages';
import { formatExpiry } from '../ui/expiry';
import { Generator, useGenerator } from '../ui/Generator';
import { defaultGeneratorPrefs } from '../ui/generator-state';
import { StatusRegion } from '../ui/StatusRegion';

function AnswerGenerator(props: { onUse: (value: string, kind: SecretKind) => void }) {
  const state = useGenerator(defaultGeneratorPrefs());
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
              Another one
            </button>
            <button
              type="button"
              class="button button--primary"
              data-testid="gen-use"
              onClick={() => props.onUse(g.value, g.kind)}
            >
              Use this
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
      <h1 id="open-title">Someone asks you for a secret</h1>
      <p class="label">They wrote:</p>
      <blockquote class="request-note" data-testid="note">
        {props.note}
      </blockquote>
      <dl class="facts">
        <div>
          <dt>Open until</dt>
          <dd data-testid="expires">{formatExpiry(props.expiresAt)}</dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd>One: the first answer is the only one</dd>
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
          Your answer
        </label>
        <textarea
          id="answer"
          ref={field}
          class="secret answer"
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
        <p class="hint">
          Type or paste it exactly; line breaks and spaces are kept. It is encrypted in this browser
          for the person who asked: the server, and anyone else, cannot read it.
        </p>
        <button
          type="button"
          class="link-button"
          data-testid="toggle-generator"
          aria-expanded={generating}
          onClick={() => setGenerating(!generating)}
        >
          {generating ? 'Hide the generator' : 'Generate one instead (a new password, PIN, token…)'}
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
        <StatusRegion
          testid="send-status"
          text={busy ? 'Encrypting and sending your answer…' : ''}
        />
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            data-testid="send"
            disabled={busy || value.length === 0}
          >
            {busy ? 'Encrypting and sending…' : 'Encrypt and send'}
          </button>
        </div>
      </form>
    </section>
  );
}
