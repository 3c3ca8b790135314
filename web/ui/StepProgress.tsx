// Work that takes a moment, step by step, with a bar and a live status for screen readers: the
// recipient page's unlock and the home page's share (deriving the key takes most of the time:
// Argon2id, on purpose).
import { common } from '../../shared/i18n/surfaces/common';
import { useT } from './language';

export function StepProgress<S extends string>(props: {
  steps: readonly S[];
  labels: Record<S, string>;
  step: S;
  /** What the whole is, e.g. "Opening the secret". */
  label: string;
}) {
  const { steps, labels, step } = props;
  const at = steps.indexOf(step);
  const t = useT(common);
  return (
    <div class="progress" data-testid="progress" data-step={step}>
      <progress
        max={steps.length}
        value={at + 0.5}
        aria-label={props.label}
        aria-valuetext={t('progress.step', {
          at: at + 1,
          total: steps.length,
          label: labels[step],
        })}
      />
      <ol class="steps">
        {steps.map((s, i) => (
          <li
            key={s}
            class={`step step--${i < at ? 'done' : i === at ? 'active' : 'todo'}`}
            aria-current={i === at ? 'step' : undefined}
          >
            <span class="step-mark" aria-hidden="true">
              {i < at ? '✓' : i === at ? '' : '·'}
            </span>
            {labels[s]}
            {i === at ? '…' : ''}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {labels[step]}
      </p>
    </div>
  );
}
