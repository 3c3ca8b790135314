// The request page in Simplified Chinese, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': '正在打开请求',
  'title.incomplete': '链接不完整',
  'title.closed': '请求已关闭',
  'title.load-error': '无法打开请求',
  'title.open': '一个秘密请求',
  'title.sent': '回答已发送',
  'page.footer':
    '端到端加密：你的回答在此浏览器中为提出请求的人加密。服务器永远看不到它，也看不到链接中 # 之后的部分。',
  'loading.title': '正在打开请求…',
  'loading.status': '正在检查请求是否仍然开放。',
  'incomplete.title': '请检查链接',
  'incomplete.why':
    '# 之后的部分包含用于加密你的回答的密钥。有些邮件和聊天应用会截断长链接；手动复制链接通常可以解决。',
  'answered.title': '此请求已被回答',
  'expired.title': '此请求已过期',
  'expired.text': '它已无法回答。请向发送它的人索取新的链接。',
  'revoked.title': '此请求已被取消',
  'revoked.text': '提出请求的人已将其撤回，因此不再接受回答。如有疑问，请询问对方。',
  'unavailable.title': '此请求不可用',
  'unavailable.text': '它可能已被回答、已过期，或从未存在。请向发送它的人索取新的链接。',
  'loadError.title': '无法打开请求',
  'sent.title': '已发送：只有提出请求的人能读取',
  'sent.text':
    '你的回答已在此浏览器中仅为对方加密；服务器只保存密文，并在对方读取后立即删除。此链接不接受第二个回答。',
  'sent.close': '你可以关闭此页面。',
  'open.title': '有人向你索取一个秘密',
  'open.theyWrote': '对方写道：',
  'open.openUntil': '开放至',
  'open.answers': '回答数',
  'open.answersOne': '一个：第一个回答就是唯一的回答',
  'open.answerLabel': '你的回答',
  'open.answerHint':
    '请准确输入或粘贴；换行和空格都会保留。它在此浏览器中为提出请求的人加密：服务器和其他任何人都无法读取。',
  'open.showGenerator': '改为生成一个（新密码、PIN 码、令牌…）',
  'open.hideGenerator': '隐藏生成器',
  'open.send': '加密并发送',
  'open.sending': '正在加密并发送…',
  'open.sendingStatus': '正在加密并发送你的回答…',
  'gen.another': '换一个',
  'gen.use': '使用这个',
} satisfies Catalog;
