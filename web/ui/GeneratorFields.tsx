// The options of the chosen generator kind. Numbers stay as typed (NaN when empty) so the
// panel can say what is wrong instead of silently correcting it.
import {
  GENERATOR_LIMITS,
  TOKEN_BITS_STEP,
  TOKEN_ENCODINGS,
  SEPARATOR_MAX,
} from '../../shared/generator';
import type { GeneratorOptions } from '../../shared/generator';
import { Check, NumberField } from './fields';

interface Props<O extends GeneratorOptions> {
  value: O;
  onChange: (next: O) => void;
}

export function GeneratorFields({ value, onChange }: Props<GeneratorOptions>) {
  const set = (patch: Partial<GeneratorOptions>) =>
    onChange({ ...value, ...patch } as GeneratorOptions);
  switch (value.kind) {
    case 'password': {
      const { min, max } = GENERATOR_LIMITS.password;
      return (
        <div>
          <NumberField
            label="Length"
            value={value.length}
            min={min}
            max={max}
            testid="gen-length"
            onInput={(length) => set({ length })}
          />
          <div class="checks">
            <Check
              label="a–z"
              checked={value.lower}
              testid="gen-lower"
              onChange={(lower) => set({ lower })}
            />
            <Check
              label="A–Z"
              checked={value.upper}
              testid="gen-upper"
              onChange={(upper) => set({ upper })}
            />
            <Check
              label="0–9"
              checked={value.digits}
              testid="gen-digits"
              onChange={(digits) => set({ digits })}
            />
            <Check
              label="!@#…"
              checked={value.symbols}
              testid="gen-symbols"
              onChange={(symbols) => set({ symbols })}
            />
            <Check
              label="No look-alikes (0/O, 1/l)"
              checked={value.avoidAmbiguous}
              testid="gen-ambiguous"
              onChange={(avoidAmbiguous) => set({ avoidAmbiguous })}
            />
          </div>
        </div>
      );
    }
    case 'passphrase': {
      const { min, max } = GENERATOR_LIMITS.passphrase;
      return (
        <div>
          <div class="grid">
            <NumberField
              label="Words"
              value={value.words}
              min={min}
              max={max}
              testid="gen-words"
              onInput={(words) => set({ words })}
            />
            <label class="field">
              <span>Separator</span>
              <input
                type="text"
                maxLength={SEPARATOR_MAX}
                value={value.separator}
                data-testid="gen-separator"
                onInput={(e) => set({ separator: e.currentTarget.value })}
              />
            </label>
          </div>
          <div class="checks">
            <Check
              label="Capitalize"
              checked={value.capitalize}
              testid="gen-capitalize"
              onChange={(capitalize) => set({ capitalize })}
            />
            <Check
              label="Add a digit"
              checked={value.includeDigit}
              testid="gen-digit"
              onChange={(includeDigit) => set({ includeDigit })}
            />
          </div>
        </div>
      );
    }
    case 'pin': {
      const { min, max } = GENERATOR_LIMITS.pin;
      return (
        <NumberField
          label="Digits"
          value={value.length}
          min={min}
          max={max}
          testid="gen-length"
          onInput={(length) => set({ length })}
        />
      );
    }
    case 'token': {
      const { min, max } = GENERATOR_LIMITS.token;
      return (
        <div class="grid">
          <NumberField
            label="Bits"
            value={value.bits}
            min={min}
            max={max}
            step={TOKEN_BITS_STEP}
            testid="gen-bits"
            onInput={(bits) => set({ bits })}
          />
          <label class="field">
            <span>Encoding</span>
            <select
              value={value.encoding}
              data-testid="gen-encoding"
              onChange={(e) =>
                set({ encoding: e.currentTarget.value as (typeof TOKEN_ENCODINGS)[number] })
              }
            >
              {TOKEN_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {enc}
                </option>
              ))}
            </select>
          </label>
        </div>
      );
    }
    case 'uuid':
      return <p class="hint">A random UUID (version 4).</p>;
  }
}
