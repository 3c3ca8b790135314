// oncelink generate [KIND]: a random value from shared/generator, with its entropy; --share
// shares it at once, as `share` would.
import {
  DEFAULT_GENERATOR_OPTIONS,
  GENERATOR_KINDS,
  GENERATOR_LIMITS,
  generate as generateValue,
  isGeneratorKind,
  TOKEN_ENCODINGS,
  type GeneratorKind,
  type GeneratorOptions,
} from '../../shared/generator/index';
import { timeoutFrom } from '../api';
import type { parseCommand } from '../args';
import { choiceOption, commandLine, COMMON_OPTIONS, integerOption } from '../args';
import { UsageError } from '../errors';
import { note, type Io } from '../io';
import { serverLimits } from '../limits';
import { formatBits, printJson } from '../output';
import { printShared, publish, SHARE_OPTIONS, shareSettings } from '../publish';
import { GenerateJson } from '../schemas';
import { resolveServer } from '../server';
import { Store, storePaths } from '../store';

const GENERATOR_OPTIONS = {
  length: { type: 'string' },
  'no-lower': { type: 'boolean' },
  'no-upper': { type: 'boolean' },
  'no-digits': { type: 'boolean' },
  'no-symbols': { type: 'boolean' },
  'avoid-ambiguous': { type: 'boolean' },
  words: { type: 'string' },
  separator: { type: 'string' },
  capitalize: { type: 'boolean' },
  digit: { type: 'boolean' },
  bits: { type: 'string' },
  encoding: { type: 'string' },
} as const;

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...GENERATOR_OPTIONS,
  json: { type: 'boolean' },
  share: { type: 'boolean' },
  ...SHARE_OPTIONS,
  'share-words': { type: 'string' },
} as const;

type GeneratorOption = keyof typeof GENERATOR_OPTIONS;
type Values = ReturnType<typeof parseCommand<typeof OPTIONS>>['values'];

/** Which generator options each kind takes; any other is refused rather than ignored. */
const APPLIES: Record<GeneratorKind, readonly GeneratorOption[]> = {
  password: ['length', 'no-lower', 'no-upper', 'no-digits', 'no-symbols', 'avoid-ambiguous'],
  passphrase: ['words', 'separator', 'capitalize', 'digit'],
  pin: ['length'],
  token: ['bits', 'encoding'],
  uuid: [],
};

/** The generator's options from the command line, checked by shared/'s validator. */
export function generatorOptions(kind: GeneratorKind, v: Values): GeneratorOptions {
  for (const name of Object.keys(GENERATOR_OPTIONS) as GeneratorOption[]) {
    if (v[name] !== undefined && !APPLIES[kind].includes(name)) {
      throw new UsageError(`--${name} does not apply to ${kind}`);
    }
  }
  const L = GENERATOR_LIMITS;
  const D = DEFAULT_GENERATOR_OPTIONS;
  let opts: GeneratorOptions;
  switch (kind) {
    case 'password':
      opts = {
        ...D.password,
        length: integerOption(
          'length',
          v.length,
          L.password.min,
          L.password.max,
          D.password.length,
        ),
        lower: !v['no-lower'],
        upper: !v['no-upper'],
        digits: !v['no-digits'],
        symbols: !v['no-symbols'],
        avoidAmbiguous: v['avoid-ambiguous'] === true,
      };
      break;
    case 'passphrase':
      opts = {
        ...D.passphrase,
        words: integerOption(
          'words',
          v.words,
          L.passphrase.min,
          L.passphrase.max,
          D.passphrase.words,
        ),
        separator: v.separator ?? D.passphrase.separator,
        capitalize: v.capitalize === true,
        includeDigit: v.digit === true,
      };
      break;
    case 'pin':
      opts = {
        kind,
        length: integerOption('length', v.length, L.pin.min, L.pin.max, D.pin.length),
      };
      break;
    case 'token':
      opts = {
        kind,
        bits: integerOption('bits', v.bits, L.token.min, L.token.max, D.token.bits),
        encoding: choiceOption('encoding', v.encoding, TOKEN_ENCODINGS, D.token.encoding),
      };
      break;
    case 'uuid':
      opts = { kind };
      break;
  }
  return opts;
}

const SHARE_ONLY = ['expires', 'views', 'attempts', 'label', 'server', 'share-words'] as const;

export async function generate(args: string[], io: Io): Promise<number> {
  const line = commandLine('generate', args, OPTIONS, io, 1, 'oncelink generate [KIND] [options]');
  if (!line) return 0;
  const { values } = line;
  const [kindArg = 'password'] = line.args;
  if (!isGeneratorKind(kindArg)) {
    throw new UsageError(`unknown kind ${kindArg}: use one of ${GENERATOR_KINDS.join(', ')}`);
  }
  const opts = generatorOptions(kindArg, values);
  if (!values.share) {
    const extra = SHARE_ONLY.find((k) => values[k] !== undefined);
    if (extra) throw new UsageError(`--${extra} needs --share`);
  }
  let g: ReturnType<typeof generateValue>;
  try {
    g = generateValue(opts);
  } catch (err) {
    throw new UsageError((err as Error).message); // shared/'s sentence names the bad option
  }
  const about = `${g.kind} · ${formatBits(g.entropyBits)} bits of entropy · ${g.strength}`;

  if (!values.share) {
    if (values.json) printJson(io, GenerateJson, g);
    else {
      io.stdout.write(`${g.value}\n`);
      note(io, about);
    }
    return 0;
  }
  const settings = shareSettings(values, values['share-words'], 'share-words');
  const store = new Store(storePaths(io.env));
  store.prepare();
  const { server } = resolveServer(values.server, io.env, store);
  const limits = await serverLimits(server, timeoutFrom(io.env));
  const content = { value: g.value, kind: g.kind };
  const { json, saveError } = await publish(io, store, server, content, limits, settings);
  if (values.json) printJson(io, GenerateJson, { ...g, share: json });
  else {
    printShared(io, json, [`Secret:     ${g.value}`]);
    note(io, about);
  }
  if (saveError) throw saveError;
  return 0;
}
