// What happens after the reader submits, step by step: deriving the key takes most of the time
// (Argon2id, on purpose), asking the server and decrypting are quick.
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT } from '../ui/language';
import { StepProgress } from '../ui/StepProgress';
import { UNLOCK_STEPS, type UnlockStep } from './state';

export function UnlockProgress(props: { step: UnlockStep }) {
  const t = useT(recipient);
  const labels: Record<UnlockStep, string> = {
    derive: t('unlock.derive'),
    reveal: t('unlock.reveal'),
    decrypt: t('unlock.decrypt'),
  };
  return (
    <StepProgress
      steps={UNLOCK_STEPS}
      labels={labels}
      step={props.step}
      label={t('unlock.label')}
    />
  );
}
