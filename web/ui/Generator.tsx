// The generator's form: the kind, its options, and the value with its strength, for the
// extension's Generate tab and the request page ("please set a new password"). What to do with
// a value (copy, share, use it as the answer) is the caller's: `actions`.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { GENERATOR_KINDS, type Generated, type GeneratorOptions } from '../../shared/generator';
import {
  KIND_NAMES,
  runGenerator,
  type GeneratorPrefs,
  type GeneratorRun,
  type OptionsByKind,
} from './generator-state';
import { GeneratorFields } from './GeneratorFields';

export type { GeneratorPrefs } from './generator-state';

/** The generator's state: choices, the current value, and a way to draw a new one. */
export function useGenerator(initial: GeneratorPrefs, onGenerated?: (p: GeneratorPrefs) => void) {
  const [prefs, setPrefs] = useState(initial);
  const [run, setRun] = useState<GeneratorRun>(() => runGenerator(initial));
  const regenerate = (p = prefs) => {
    const r = runGenerator(p);
    setRun(r);
    if (r.generated) onGenerated?.(p);
  };
  const update = (p: GeneratorPrefs) => {
    setPrefs(p);
    regenerate(p);
  };
  return { prefs, update, regenerate: () => regenerate(), ...run };
}

export function Generator(props: {
  state: ReturnType<typeof useGenerator>;
  actions: (generated: Generated) => ComponentChildren;
}) {
  const { prefs, update, generated, error } = props.state;
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
          <div class="row gen-actions">{props.actions(generated)}</div>
        </div>
      )}
    </section>
  );
}
