// The sentences of shared/messages.ts in Simplified Chinese, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib': '秘密太大：此服务器最多接受 {mib} MiB。请将其缩短，或拆分为多个秘密。',
  BAD_FILE_NAME: '文件名最多 255 个字节。请重命名后重试。',
  'lost.view':
    '服务器的响应没有送达，因此一次查看或一次尝试可能已被消耗，也可能没有。请重新打开链接：如果提示该秘密不可用，请向发送者索取新的。',
  'lost.answer':
    '服务器的响应没有送达，因此你的回答可能已保存，也可能没有。请重新打开链接：如果提示该请求已被回答，说明你的回答已送达；如果没有，请再发送一次。',
  'lost.read':
    '服务器的响应没有送达，因此该回答可能已被读取，也可能没有（服务器在回答被读取后会立即删除它）。请重试：如果提示该请求不可用，请用新的请求再次索取秘密。',
  'WRONG_PASSPHRASE.last': '密码短语错误。这是最后一次尝试：秘密已被销毁。请向发送者索取新的。',
  'WRONG_PASSPHRASE.left': { other: '密码短语错误。还剩 {count} 次尝试。' },
  CHECK_MISMATCH: '该密码短语与此链接不匹配。请检查是否有输入错误：未消耗任何次数。',
  BAD_PASSPHRASE: '这不是有效的密码短语。请完全按照收到时的样子输入这些单词。',
  UNAVAILABLE: '此秘密不可用。它可能已被查看、已过期，或从未存在。请向发送者索取新的链接。',
  BAD_LINK: '此链接不完整或已损坏。请复制完整链接（包括 # 之后的部分），或再次向发送者索取。',
  RATE_LIMITED: { other: '请求过多。请在 {count} 秒后重试。' },
  'TOO_LARGE.limit': '秘密太大：此服务器最多接受 {kib} KiB。请将其缩短，或拆分为多个秘密。',
  TOO_LARGE: '秘密对此服务器来说太大。请将其缩短，或拆分为多个秘密。',
  'SERVICE_UNAVAILABLE.unknown':
    '服务器在响应时与数据库断开了连接，因此无法确定操作是否完成。请过几秒后重试。',
  SERVICE_UNAVAILABLE: '服务器暂时不可用。未消耗任何次数：请过几秒后重试。',
  SERVICE_FULL:
    '此服务器已满：它保存的秘密数量已达到运营者允许的上限。未存储任何内容。请在部分秘密被查看或过期后再试，或使用其他服务器。',
  NETWORK: '无法连接到服务器。请检查网络连接后重试：未消耗任何次数。',
  'INVALID_INPUT.issue': '服务器拒绝了该请求：{path}：{issue}。',
  INVALID_INPUT: '服务器以无效为由拒绝了该请求。',
  ALREADY_ANSWERED: '此请求已被回答，且只接受一个回答。如果回答的不是你，请告知提出请求的人。',
  DUPLICATE_ID: '服务器上已有使用此 ID 的秘密。请重试。',
  DECRYPT_FAILED: '无法解密该秘密：链接或存储的数据已损坏。',
  BAD_ENVELOPE: '秘密已解密，但其内容已损坏。',
  BAD_KDF_PARAMS: '此秘密使用了此客户端拒绝的密钥设置（过弱或开销过大）。',
  INTERNAL: '服务器发生意外错误。请稍后重试。',
  'previewer.unknown': '被链接预览或扫描程序打开',
  'previewer.preview': '被 {name} 的链接预览打开',
  'previewer.preview.an': '被 {name} 的链接预览打开',
  'previewer.scanner': '被 {name} 的链接扫描程序打开',
  'previewer.scanner.an': '被 {name} 的链接扫描程序打开',
  'previewer.check': '被 {name} 的链接检查打开',
  'previewer.check.an': '被 {name} 的链接检查打开',
  'previewer.crawler': '被 {name} 的爬虫打开',
  'previewer.crawler.an': '被 {name} 的爬虫打开',
} satisfies Catalog;
