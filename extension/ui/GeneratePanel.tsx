// Generate: choose a kind and options, see the value with its entropy, regenerate, copy, or
// "Share this" into the share flow. The last options are remembered; the value is not. The form
// itself is web/ui/ShareGenerator.tsx, the same as the home page's.
import { useEffect, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import type { GeneratorPrefs } from '../../web/ui/Generator';
import { ShareGenerator } from '../../web/ui/ShareGenerator';
import { loadGeneratorPrefs, saveGeneratorPrefs } from '../lib/generator-prefs';

export function GeneratePanel(props: { onShare: (value: string, kind: SecretKind) => void }) {
  const [prefs, setPrefs] = useState<GeneratorPrefs | null>(null);
  useEffect(() => {
    void loadGeneratorPrefs().then(setPrefs);
  }, []);
  return prefs ? (
    <ShareGenerator
      initial={prefs}
      onGenerated={(p) => void saveGeneratorPrefs(p)}
      onShare={props.onShare}
    />
  ) : null;
}
