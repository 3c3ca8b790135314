// Generate: choose a kind and options, see the value with its entropy, regenerate, copy, or
// "Share this" into the share flow (the envelope records the kind). The last options are
// remembered; the value is not.
import { useEffect, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import {
  GENERATOR_KINDS,
  generate,
  type Generated,
  type GeneratorKind,
  type GeneratorOptions,
} from '../../shared/generator';
import {
  loadGeneratorPrefs,
  saveGeneratorPrefs,
  type GeneratorPrefs,
  type OptionsByKind,
} from '../lib/generator-prefs';
import { CopyButton } from './CopyButton';
import { GeneratorFields } from './GeneratorFields';
import './generate.css';

const KIND_NAMES: Record<GeneratorKind, string> = {
  password: 'Password',
  passphrase: 'Passphrase',
  pin: 'PIN',
  token: 'Token',
  uuid: 'UUID',
};

/** The generator's message ("password length must be 4..1024, got 3") as a sentence. */
function sentence(err: unknown): string {
  const m = (err as Error).message.replace(/\.\.(\d)/g, ' to $1');
  return `${m.charAt(0).toUpperCase()}${m.slice(1)}.`;
}

function attempt(opts: GeneratorOptions): { generated: Generated | null; error: string | null } {
  try {
    return { generated: generate(opts), error: null };
  } catch (err) {
    return { generated: null, error: sentence(err) };
  }
}

export function GeneratePanel(props: { onShare: (value: string, kind: SecretKind) => void }) {
  const [prefs, setPrefs] = useState<GeneratorPrefs | null>(null);
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (p: GeneratorPrefs) => {
    const r = attempt(p.options[p.kind]);
    setGenerated(r.generated);
    setError(r.error);
    if (r.generated) void saveGeneratorPrefs(p);
  };
  useEffect(() => {
    void loadGeneratorPrefs().then((p) => {
      setPrefs(p);
      run(p);
    });
  }, []);
  if (!prefs) return null;

  const update = (p: GeneratorPrefs) => {
    setPrefs(p);
    run(p);
  };
  const setOptions = (o: GeneratorOptions) =>
    update({ ...prefs, options: { ...prefs.options, [o.kind]: o } as OptionsByKind });

  return (
    <section data-testid="generate">
      <div class="kinds" role="radiogroup" aria-label="Kind">
        {GENERATOR_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={prefs.kind === k}
            data-testid={`gen-kind-${k}`}
            onClick={() => update({ ...prefs, kind: k })}
          >
            {KIND_NAMES[k]}
          </button>
        ))}
      </div>
      <GeneratorFields value={prefs.options[prefs.kind]} onChange={setOptions} />
      {error && (
        <p class="alert" role="alert" data-testid="gen-error">
          {error}
        </p>
      )}
      {generated && !error && (
        <div class="generated">
          <p class="gen-value" data-testid="gen-value">
            {generated.value}
          </p>
          <div class="row">
            <span
              class={`strength s-${generated.strength.replace(' ', '-')}`}
              data-testid="gen-strength"
            >
              {generated.strength}
            </span>
            <span class="muted" data-testid="gen-entropy">
              {generated.entropyBits.toFixed(1)} bits of entropy
            </span>
          </div>
          <div class="row gen-actions">
            <button
              type="button"
              class="secondary"
              data-testid="gen-regenerate"
              onClick={() => run(prefs)}
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
          </div>
        </div>
      )}
    </section>
  );
}
