// The extension's own words in Simplified Chinese (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description': '一次性分享秘密：在浏览器中加密，用一个链接和一个密码短语交付。',
  'manifest.command': '安全分享所选文本',
  'menu.share': '安全分享',
  'menu.open': '用 oncelink 打开',

  'tabs.label': '栏目',
  'tab.share': '分享',
  'tab.generate': '生成',
  'tab.open': '打开',
  'tab.request': '索取',
  'tab.sent': '已发送',
  'tab.options': '选项',
  'request.followHint': '有人回复时，您会收到通知。',

  'open.link': '分享链接',
  'open.hint':
    '秘密由扩展程序自身的代码打开，而不是由服务器发送的网页打开：服务器无法提供读取它的代码。在密码短语正确之前，打开不会消耗任何次数。',
  'open.words': '无论界面是哪种语言，密码短语都由英文单词组成：请按收到的原样输入。',
  'open.opened': '已在新窗口中打开。',
  'open.submit': '打开链接',

  'share.taken': '所选内容已交给某个窗口，或已过期。请在此粘贴秘密，或重新选择。',
  'share.unreadable': '无法从该页面读取所选文本。请在此粘贴秘密。',
  'share.lossy': '无法直接读取此页面，所选内容可能丢失了换行或被截断。分享前请检查文本。',
  'bridge.noAnswer': '扩展程序没有响应。请关闭此窗口后重试。',

  'options.languageAuto': '跟随浏览器（{language}）',
  'options.languageHint': '用于弹出窗口、分享窗口、菜单和通知。',
  'options.server': '服务器',
  'options.serverHint': '秘密存放在这里，链接也指向这里。内置：',
  'options.defaults': '新分享的默认设置',
  'options.checking': '正在检查…',
  'options.save': '保存',
  'options.saved': '已保存。',
  'options.permission': 'oncelink 需要您的许可才能连接 {origin}。请再次保存并选择“允许”。',
  'options.unreachable': '无法连接 {server}。请检查地址以及服务器是否在运行；未保存任何内容。',
  'options.notOncelink':
    '{server} 有响应，但不是 oncelink 服务器的响应（状态 {status}）。请检查地址；未保存任何内容。',
  'serverUrl.NOT_A_URL': '服务器地址不完整：请以 https:// 开头填写，例如 https://once.example。',
  'serverUrl.NOT_HTTP': '服务器地址必须以 https:// 开头。',
  'serverUrl.INSECURE': '服务器地址必须使用 https://（只有 localhost 允许使用未加密的 http）。',
  'serverUrl.EXTRA_PARTS': '服务器地址不能包含 ?、# 或用户名。',

  'answer.loading.title': '正在读取回复…',
  'answer.loading.status': '只获取一次，并用此浏览器的密钥解密。',
  'answer.waiting.title': '还没有回复',
  'answer.waiting.text': '未消耗任何次数：收到回复后再读取。',
  'answer.failed.title': '无法读取回复',

  'notice.named': '“{label}”',
  'notice.unnamed': '您分享的一个秘密',
  'notice.viewed.title': '秘密已被查看',
  'notice.viewed.gone': '{name}已用密码短语打开，现已删除。',
  'notice.viewed.left': { other: '{name}已用密码短语打开（还可查看 {count} 次）。' },
  'notice.destroyed.title': '秘密已销毁',
  'notice.destroyed': '{name}因密码短语多次输入错误已被销毁。如有需要，请重新分享。',
  'notice.answered.title': '您的索取请求已有回复',
  'notice.answered': '{name}已收到回复。打开 oncelink 即可阅读（仅一次）。',
} satisfies Record<keyof typeof en, Message>;
