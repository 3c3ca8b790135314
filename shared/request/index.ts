// Public API of secret requests (docs/protocol.md#requests). Import from shared/index outside shared/.
export {
  KEM_P256,
  KEM_X25519,
  PUBLIC_KEY_BYTES,
  exportRequestKey,
  generateRequestKeyPair,
  hasNativeX25519,
  importRequestKey,
  isKemId,
  type KemId,
  type RequestKeyPair,
} from './hpke';
export {
  buildRequestLink,
  decodeRequestFragment,
  encodeRequestFragment,
  parseRequestLink,
  type RequestLinkParts,
} from './link';
export {
  answerRequest,
  createRequest,
  openRequestNote,
  readRequestAnswer,
  requestProof,
  type AnswerOptions,
  type CreateRequestOptions,
  type CreatedRequest,
} from './protocol';
export * from './schemas';
