// What the recipient page must answer with, written down once by the tests (not read from the
// code under test): the security headers of backend/http/page-routes.ts and no caching.
import { PAGE_CSP } from '../../backend/http/page-routes';

export const EXPECTED_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PAGE_CSP,
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cross-origin-opener-policy': 'same-origin',
};
