// The generator as senders use it (the popup's Generate tab, the home page): a value with its
// strength, regenerate, copy, or "Share this" into the share form (the envelope records the kind).
import type { SecretKind } from '../../shared/envelope';
import { CopyButton } from './CopyButton';
import { Generator, useGenerator, type GeneratorPrefs } from './Generator';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';
import './generate.css';

export function ShareGenerator(props: {
  initial: GeneratorPrefs;
  /** Told of the choices after each draw (the extension remembers them). */
  onGenerated?: (p: GeneratorPrefs) => void;
  onShare: (value: string, kind: SecretKind) => void;
}) {
  const state = useGenerator(props.initial, props.onGenerated);
  const t = useT(panels);
  return (
    <Generator
      state={state}
      actions={(generated) => (
        <>
          <button
            type="button"
            class="secondary"
            data-testid="gen-regenerate"
            onClick={state.regenerate}
          >
            {t('gen.regenerate')}
          </button>
          <CopyButton text={generated.value} label={t('gen.copy')} testid="gen-copy" />
          <button
            type="button"
            class="primary"
            data-testid="gen-share"
            onClick={() => props.onShare(generated.value, generated.kind)}
          >
            {t('gen.share')}
          </button>
        </>
      )}
    />
  );
}
