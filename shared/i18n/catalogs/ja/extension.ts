// The extension's own words in Japanese (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    '秘密を一度だけ共有：ブラウザー内で暗号化し、リンクとパスフレーズで渡します。',
  'manifest.command': '選択したテキストを安全に共有',
  'menu.share': '安全に共有',
  'menu.open': 'oncelink で開く',

  'tabs.label': 'セクション',
  'tab.share': '共有',
  'tab.generate': '生成',
  'tab.open': '開く',
  'tab.request': '依頼',
  'tab.sent': '送信済み',
  'tab.options': 'オプション',
  'request.followHint': '回答があると通知が届きます。',

  'open.link': '共有リンク',
  'open.hint':
    '秘密を開くのは拡張機能自身のコードで、サーバーが送るページではありません。そのため、サーバーが秘密を読み取るコードを送り込むことはできません。パスフレーズが正しくなるまで、開いても何も消費されません。',
  'open.words': 'パスフレーズはどの言語でも英単語です。受け取ったとおりに入力してください。',
  'open.opened': '新しいウィンドウで開きました。',
  'open.submit': 'リンクを開く',

  'share.taken':
    '選択したテキストはすでに別のウィンドウに渡されたか、期限が切れています。ここに秘密を貼り付けるか、もう一度選択してください。',
  'share.unreadable':
    'そのページから選択したテキストを読み取れませんでした。ここに秘密を貼り付けてください。',
  'share.lossy':
    'このページを直接読み取れなかったため、選択したテキストの改行が失われたり、途中で切れたりしている可能性があります。共有する前にテキストを確認してください。',
  'bridge.noAnswer':
    '拡張機能が応答しませんでした。このウィンドウを閉じて、もう一度お試しください。',

  'options.languageAuto': 'ブラウザーと同じ（{language}）',
  'options.languageHint': 'ポップアップ、共有ウィンドウ、メニュー、通知の言語です。',
  'options.server': 'サーバー',
  'options.serverHint': '秘密の保存先で、リンクの行き先です。既定：',
  'options.defaults': '新しい共有の既定値',
  'options.checking': '確認しています…',
  'options.save': '保存',
  'options.saved': '保存しました。',
  'options.permission':
    'oncelink が {origin} に接続するには許可が必要です。もう一度保存して「許可」を選んでください。',
  'options.unreachable':
    '{server} に接続できませんでした。アドレスと、サーバーが動作しているかを確認してください。何も保存されていません。',
  'options.notOncelink':
    '{server} から応答がありましたが、oncelink サーバーの応答ではありません（ステータス {status}）。アドレスを確認してください。何も保存されていません。',
  'serverUrl.NOT_A_URL':
    'サーバーのアドレスが不完全です。https:// から入力してください（例：https://once.example）。',
  'serverUrl.NOT_HTTP': 'サーバーのアドレスは https:// で始めてください。',
  'serverUrl.INSECURE':
    'サーバーのアドレスには https:// を使ってください（暗号化されない http は localhost でのみ使えます）。',
  'serverUrl.EXTRA_PARTS': 'サーバーのアドレスに ?、#、ユーザー名を含めることはできません。',

  'answer.loading.title': '回答を読み込んでいます…',
  'answer.loading.status': '一度だけ取得し、このブラウザーの鍵で復号します。',
  'answer.waiting.title': 'まだ回答はありません',
  'answer.waiting.text': '何も消費されていません。回答が届いてから読んでください。',
  'answer.failed.title': '回答を読み込めませんでした',

  'notice.named': '「{label}」',
  'notice.unnamed': '共有した秘密',
  'notice.viewed.title': '秘密が閲覧されました',
  'notice.viewed.gone': '{name}がパスフレーズで開かれ、削除されました。',
  'notice.viewed.left': {
    other: '{name}がパスフレーズで開かれました（閲覧はあと {count} 回）。',
  },
  'notice.destroyed.title': '秘密が破棄されました',
  'notice.destroyed':
    '{name}は誤ったパスフレーズが続いたため破棄されました。必要なら、もう一度共有してください。',
  'notice.answered.title': '依頼に回答がありました',
  'notice.answered':
    '{name}に回答が届きました。oncelink を開いて読んでください（一度だけ読めます）。',
} satisfies Record<keyof typeof en, Message>;
