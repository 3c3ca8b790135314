// One half of what a result hands over (a share's link or passphrase, a request's link): its
// name, a copy button, and the value itself, shown whole so that it can be checked by eye.
import { CopyButton } from './CopyButton';

export function ResultHalf(props: {
  name: string;
  value: string;
  copyLabel: string;
  /** data-testid of the copy button, then of the value. */
  testids: [copy: string, value: string];
  passphrase?: boolean;
}) {
  const [copy, value] = props.testids;
  return (
    <div class="half">
      <div class="row">
        <strong>{props.name}</strong>
        <CopyButton text={props.value} label={props.copyLabel} testid={copy} />
      </div>
      {/* A link or the English words: left to right in every language, Arabic's too. */}
      <p class={props.passphrase ? 'value passphrase' : 'value'} dir="ltr" data-testid={value}>
        {props.value}
      </p>
    </div>
  );
}
