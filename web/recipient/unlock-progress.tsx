// What happens after the reader submits, step by step: deriving the key takes most of the time
// (Argon2id, on purpose), asking the server and decrypting are quick.
import { UNLOCK_STEPS, type UnlockStep } from './state';

const LABELS: Record<UnlockStep, string> = {
  derive: 'Deriving the key from your passphrase',
  reveal: 'Fetching the encrypted secret',
  decrypt: 'Decrypting in this browser',
};

export function UnlockProgress(props: { step: UnlockStep }) {
  const at = UNLOCK_STEPS.indexOf(props.step);
  return (
    <div class="progress" data-testid="progress" data-step={props.step}>
      <progress
        max={UNLOCK_STEPS.length}
        value={at + 0.5}
        aria-label="Opening the secret"
        aria-valuetext={`Step ${at + 1} of ${UNLOCK_STEPS.length}: ${LABELS[props.step]}`}
      />
      <ol class="steps">
        {UNLOCK_STEPS.map((s, i) => (
          <li
            key={s}
            class={`step step--${i < at ? 'done' : i === at ? 'active' : 'todo'}`}
            aria-current={i === at ? 'step' : undefined}
          >
            <span class="step-mark" aria-hidden="true">
              {i < at ? '✓' : i === at ? '' : '·'}
            </span>
            {LABELS[s]}
            {i === at ? '…' : ''}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {LABELS[props.step]}
      </p>
    </div>
  );
}
