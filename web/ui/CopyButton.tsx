import { useEffect, useState } from 'preact/hooks';
import { common } from '../../shared/i18n/surfaces/common';
import { useT } from './language';
import { StatusRegion } from './StatusRegion';

/**
 * Copies `text`; says "Copied" for a moment so the user knows it worked, on the button and in a
 * status region beside it (a screen reader does not read out a focused button's new label).
 */
export function CopyButton(props: { text: string; label: string; testid: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const t = useT(common);
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(t);
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(props.text).then(
      () => setState('done'),
      () => setState('failed'),
    );
  return (
    <>
      <button
        type="button"
        class={`copy${state === 'done' ? ' done' : ''}`}
        data-testid={props.testid}
        onClick={copy}
      >
        {state === 'done' ? t('copy.done') : state === 'failed' ? t('copy.failed') : props.label}
      </button>
      <StatusRegion
        testid={`${props.testid}-status`}
        text={
          state === 'done' ? t('copy.doneStatus') : state === 'failed' ? t('copy.failedStatus') : ''
        }
      />
    </>
  );
}
