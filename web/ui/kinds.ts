import type { SecretKind } from '../../shared/envelope';

/** How a generated value is named (the recipient page uses the same words); text has none. */
export const KIND_LABELS: Partial<Record<SecretKind, string>> = {
  password: 'Generated password',
  passphrase: 'Generated passphrase',
  pin: 'Generated PIN',
  token: 'Generated token',
  uuid: 'Generated UUID',
};
