// What happens after the reader submits, step by step: deriving the key takes most of the time
// (Argon2id, on purpose), asking the server and decrypting are quick.
import { StepProgress } from '../ui/StepProgress';
import { UNLOCK_STEPS, type UnlockStep } from './state';

const LABELS: Record<UnlockStep, string> = {
  derive: 'Deriving the key from your passphrase',
  reveal: 'Fetching the encrypted secret',
  decrypt: 'Decrypting in this browser',
};

export function UnlockProgress(props: { step: UnlockStep }) {
  return (
    <StepProgress
      steps={UNLOCK_STEPS}
      labels={LABELS}
      step={props.step}
      label="Opening the secret"
    />
  );
}
