// The generator's choices and one draw, without any UI: the extension's stored preferences and
// the Generator component (web/ui/Generator.tsx) both build on these.
import {
  DEFAULT_GENERATOR_OPTIONS,
  generate,
  type Generated,
  type GeneratorKind,
  type GeneratorOptions,
} from '../../shared/generator';

export type OptionsByKind = { [K in GeneratorKind]: Extract<GeneratorOptions, { kind: K }> };

export interface GeneratorPrefs {
  kind: GeneratorKind;
  options: OptionsByKind;
}

export function defaultGeneratorPrefs(): GeneratorPrefs {
  return { kind: 'password', options: structuredClone(DEFAULT_GENERATOR_OPTIONS) as OptionsByKind };
}

export const KIND_NAMES: Record<GeneratorKind, string> = {
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

export interface GeneratorRun {
  generated: Generated | null;
  error: string | null;
}

export function runGenerator(p: GeneratorPrefs): GeneratorRun {
  try {
    return { generated: generate(p.options[p.kind]), error: null };
  } catch (err) {
    return { generated: null, error: sentence(err) };
  }
}
