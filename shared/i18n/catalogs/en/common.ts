// Words of the shared components every surface shows (web/ui: notices, copy buttons, progress,
// the language picker, expiry times), in English.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'one secret, one person, once',
  'language.label': 'Language',
  'notice.retry': 'Try again',
  'copy.done': 'Copied',
  'copy.failed': 'Select and copy',
  'copy.doneStatus': 'Copied to the clipboard.',
  'copy.failedStatus': 'Could not copy: select the text and copy it yourself.',
  'progress.step': 'Step {at} of {total}: {label}',
  'file.name': 'Name',
  'file.size': 'Size',
  'file.type': 'Type',
  'size.bytes': { one: '{count} byte', other: '{count} bytes' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
  'expiry.soon': 'soon',
  'expiry.underAMinute': 'in less than a minute',
  'expiry.at': '{date} ({relative})',
} satisfies Catalog;
