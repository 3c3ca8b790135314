// The shared components’ words (web/ui) in Simplified Chinese, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': '一个秘密，一个人，一次',
  'language.label': '语言',
  'notice.retry': '重试',
  'copy.done': '已复制',
  'copy.failed': '请选中后复制',
  'copy.doneStatus': '已复制到剪贴板。',
  'copy.failedStatus': '无法复制：请选中文本后自行复制。',
  'progress.step': '第 {at} 步，共 {total} 步：{label}',
  'expiry.soon': '即将',
  'expiry.underAMinute': '不到一分钟后',
  'expiry.at': '{date}（{relative}）',
  'file.name': '名称',
  'file.size': '大小',
  'file.type': '类型',
  'size.bytes': { other: '{count} 字节' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
