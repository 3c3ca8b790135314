import { useEffect, useState } from 'preact/hooks';
import { StatusRegion } from './StatusRegion';

/**
 * Copies `text`; says "Copied" for a moment so the user knows it worked, on the button and in a
 * status region beside it (a screen reader does not read out a focused button's new label).
 */
export function CopyButton(props: { text: string; label: string; testid: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
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
        {state === 'done' ? 'Copied' : state === 'failed' ? 'Select and copy' : props.label}
      </button>
      <StatusRegion
        testid={`${props.testid}-status`}
        text={
          state === 'done'
            ? 'Copied to the clipboard.'
            : state === 'failed'
              ? 'Could not copy: select the text and copy it yourself.'
              : ''
        }
      />
    </>
  );
}
