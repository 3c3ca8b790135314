// Passphrases as people get them wrong or type them loosely, for the clients' tolerant matching.

/** Another list word in place of the last one: a typo the link's check catches. */
export function withTypo(passphrase: string): string {
  const words = passphrase.split(' ');
  words[words.length - 1] = words[words.length - 1] === 'zoo' ? 'zone' : 'zoo';
  return words.join(' ');
}

/** The passphrase as people type it: capitals, commas, line breaks, first four letters. */
export function sloppy(passphrase: string): string {
  return passphrase
    .split(' ')
    .map((w, i) => (i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w.slice(0, 4) : w))
    .join(',\n ');
}
