// The shared components’ words (web/ui) in Japanese, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'ひとつの秘密を、ひとりに、一度だけ',
  'language.label': '言語',
  'notice.retry': '再試行',
  'copy.done': 'コピーしました',
  'copy.failed': '選択してコピー',
  'copy.doneStatus': 'クリップボードにコピーしました。',
  'copy.failedStatus': 'コピーできませんでした。テキストを選択してご自分でコピーしてください。',
  'progress.step': 'ステップ {at}/{total}：{label}',
  'expiry.soon': 'まもなく',
  'expiry.underAMinute': '1 分以内',
  'expiry.at': '{date}（{relative}）',
  'file.name': '名前',
  'file.size': 'サイズ',
  'file.type': '種類',
  'size.bytes': { other: '{count} バイト' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
