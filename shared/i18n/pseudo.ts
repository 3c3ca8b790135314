// The pseudo-locale en-XA: every English message with its letters accented and 40% more text,
// in brackets. A page in en-XA shows at a glance a string left untranslated (no accents), one cut
// off (a missing bracket) and a layout that breaks with longer languages (German, Finnish…).
// Placeholders are kept as they are, so the parity test holds for it like for any language.
import type { Catalog, Message } from './format';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};
// Words, not one long run: padding has to wrap where real words would.
const FILLER = 'lörém ípšüm dölör šít ámét çöñšéçtétür ádípíšçíñg élít šéd dö éíüšmöd';

function pseudoText(text: string): string {
  const body = text
    .split(/(\{\w+\})/)
    .map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  let pad = '';
  while (pad.length < Math.ceil(text.length * 0.4)) pad += (pad ? ' ' : '') + FILLER;
  const cut = pad.slice(0, Math.ceil(text.length * 0.4)).trimEnd();
  return `[${body}${cut ? ` ${cut}` : ''}]`;
}

function pseudoMessage(m: Message): Message {
  if (typeof m === 'string') return pseudoText(m);
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, pseudoText(v)])) as Message;
}

export function pseudoLocalize<C extends Catalog>(catalog: C): C {
  return Object.fromEntries(Object.entries(catalog).map(([k, m]) => [k, pseudoMessage(m)])) as C;
}
