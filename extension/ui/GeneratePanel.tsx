// Generate: choose a kind and options, see the value with its entropy, regenerate, copy, or
// "Share this" into the share flow (the envelope records the kind). The last options are
// remembered; the value is not. The form itself is web/ui/Generator.tsx.
import { useEffect, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import { Generator, useGenerator, type GeneratorPrefs } from '../../web/ui/Generator';
import { loadGeneratorPrefs, saveGeneratorPrefs } from '../lib/generator-prefs';
import { CopyButton } from '../../web/ui/CopyButton';
import '../../web/ui/generate.css';

function Loaded(props: {
  initial: GeneratorPrefs;
  onShare: (value: string, kind: SecretKind) => void;
}) {
  const state = useGenerator(props.initial, (p) => void saveGeneratorPrefs(p));
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
            Regenerate
          </button>
          <CopyButton text={generated.value} label="Copy" testid="gen-copy" />
          <button
            type="button"
            class="primary"
            data-testid="gen-share"
            onClick={() => props.onShare(generated.value, generated.kind)}
          >
            Share this
          </button>
        </>
      )}
    />
  );
}

export function GeneratePanel(props: { onShare: (value: string, kind: SecretKind) => void }) {
  const [prefs, setPrefs] = useState<GeneratorPrefs | null>(null);
  useEffect(() => {
    void loadGeneratorPrefs().then(setPrefs);
  }, []);
  return prefs ? <Loaded initial={prefs} onShare={props.onShare} /> : null;
}
