// The knobs of one share (docs/protocol.md#limits) and their checks. Pure: the share form (popup,
// share window, home page), the extension's background and the home page's share flow all
// validate with this, so a bad value is caught with a field-level message before any key
// derivation, and the code that encrypts never trusts a view blindly.
import { ATTEMPTS, EXPIRY, VIEWS, WORDS } from '../../shared/limits';

export interface ShareOptions {
  /** Seconds until the server burns the secret unread. */
  expiresIn: number;
  maxViews: number;
  /** Wrong passphrases allowed before the secret is destroyed. */
  maxAttempts: number;
  /** Passphrase words. */
  words: number;
}

export const DEFAULT_SHARE_OPTIONS: Readonly<ShareOptions> = Object.freeze({
  expiresIn: EXPIRY.default,
  maxViews: VIEWS.default,
  maxAttempts: ATTEMPTS.default,
  words: WORDS.default,
});

/** Offered expiries: a short list is quicker to pick from than a free duration field. */
/** Each is named in the reader's language where it is offered (format.ts, formatDuration). */
export const EXPIRY_CHOICES: readonly { seconds: number }[] = [
  { seconds: 5 * 60 },
  { seconds: 3600 },
  { seconds: 24 * 3600 },
  { seconds: 3 * 24 * 3600 },
  { seconds: 7 * 24 * 3600 },
];

export { MAX_LABEL_CHARS } from '../../shared/limits';

export const LIMITS = {
  maxViews: { min: VIEWS.min, max: VIEWS.max },
  maxAttempts: { min: ATTEMPTS.min, max: ATTEMPTS.max },
  words: { min: WORDS.min, max: WORDS.max },
  expiresIn: { min: EXPIRY.min, max: EXPIRY.max },
} as const;

const NAMES: Record<keyof ShareOptions, string> = {
  expiresIn: 'Expiry',
  maxViews: 'Views',
  maxAttempts: 'Attempts',
  words: 'Passphrase words',
};

export type OptionErrors = Partial<Record<keyof ShareOptions, string>>;

/** One message per bad field, saying what is allowed. Empty when all is well. */
export function checkShareOptions(o: ShareOptions): OptionErrors {
  const errors: OptionErrors = {};
  for (const key of Object.keys(LIMITS) as (keyof ShareOptions)[]) {
    const v = o[key];
    const { min, max } = LIMITS[key];
    if (!Number.isSafeInteger(v) || v < min || v > max) {
      errors[key] =
        key === 'expiresIn'
          ? `${NAMES[key]}: choose one of the offered times.`
          : `${NAMES[key]} must be a whole number from ${min} to ${max}.`;
    }
  }
  return errors;
}

/** Values from storage or a form, with anything invalid replaced by the default. */
export function sanitizeShareOptions(raw: unknown): ShareOptions {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<ShareOptions>;
  const merged = { ...DEFAULT_SHARE_OPTIONS, ...r };
  const errors = checkShareOptions(merged);
  const out = { ...DEFAULT_SHARE_OPTIONS };
  for (const key of Object.keys(out) as (keyof ShareOptions)[]) {
    if (!errors[key]) out[key] = merged[key];
  }
  return out;
}
