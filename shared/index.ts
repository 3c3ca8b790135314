// Public API of shared/: the protocol v1 building blocks (docs/protocol.md) and the high-level
// functions clients call. Import from here, not from the files, outside shared/.
export * from './encoding';
export * from './errors';
export * from './limits';
export * from './schemas';
export * from './messages';
export * from './wordlist';
export * from './passphrase';
export * from './kdf';
export * from './keys';
export * from './envelope';
export * from './file';
export * from './file-name';
export * from './secret-content';
export * from './server-config';
export * from './aead';
export * from './link';
export * from './verifier';
export * from './recipient';
export {
  createShare,
  unlockShare,
  openShare,
  type CreateRequest,
  type CreateShareOptions,
  type CreatedShare,
  type UnlockOptions,
  type OpenOptions,
} from './protocol';
export * from './generator/index';
export * from './request/index';
