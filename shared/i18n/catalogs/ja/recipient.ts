// The recipient page in Japanese, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'エンドツーエンド暗号化：シークレットはこのブラウザー内で復号されます。サーバーがシークレット、パスフレーズ、リンクの # より後の部分を見ることはありません。',
  'page.preferExtension':
    'oncelink 拡張機能をお持ちですか？リンクを右クリックして「oncelink で開く」を選ぶと、復号するコードがこのサーバーではなくお使いのブラウザーから提供されます。',
  'title.loading': 'シークレットを開いています',
  'title.incomplete': '不完全なリンク',
  'title.unavailable': 'シークレットは利用できません',
  'title.load-error': 'シークレットを開けませんでした',
  'title.ready': 'あなた宛てのシークレット',
  'title.revealed': 'あなたのシークレット',
  'title.destroyed': 'シークレットは破棄されました',
  'title.failed': 'シークレットを開けませんでした',
  'loading.title': 'リンクを開いています…',
  'loading.status':
    'シークレットがまだ残っているか確認しています。これによって何も消費されません。',
  'unavailable.title': '表示できるものはありません',
  'unavailable.why':
    '一度きりのシークレットは、読まれたとき、有効期限が切れたとき、または送信者が取り消したときに消え、誰にも元に戻せません。',
  'incomplete.title': 'リンクを確認してください',
  'incomplete.why':
    '何も消費されていません。シークレットがまだ残っていれば、完全なリンクを待っています。メールやチャットのアプリには、長いリンクを切ったり # 記号より後を削除したりするものがあります。リンクを手でコピーするとたいていうまくいきます。',
  'loadError.title': 'シークレットを開けませんでした',
  'destroyed.title': 'シークレットは破棄されました',
  'destroyed.why':
    'もう誰にも読めません。送信者にも読めません。改めて共有されたときは、パスフレーズを送信者と確認してください。',
  'failed.title': 'シークレットを開けませんでした',
  'failed.why': '送信者に新しいリンクを依頼してください。',
  'ready.title': 'シークレットが届いています',
  'ready.lead':
    '暗号化されており、送信者から受け取ったパスフレーズでしか開けません。読むとサーバーから削除されます。',
  'ready.resumed':
    '前回このシークレットを読もうとしたとき、届く前に中断されました。パスフレーズをもう一度入力すると表示されます。これ以上何も消費されません。',
  'ready.expires': '有効期限',
  'ready.canBeRead': '閲覧できる回数',
  'ready.attempts': '試行回数',
  'ready.spentNothing':
    'このページを開いても何も消費されていません。正しいパスフレーズが入力されるまで、シークレットはサーバーに残ります。',
  'ready.reveal': 'シークレットを表示',
  'views.once': '1 回。その後削除されます',
  'views.more': { other: 'あと {count} 回' },
  attempts: {
    other: 'パスフレーズを {count} 回間違えると破棄されます。入力ミスは数えられる前に検出されます',
  },
  'after.deleted':
    'サーバーからは削除されました。このページにある唯一のコピーです。このページを閉じたり再読み込みしたりする前に、安全な場所にコピーしてください。',
  'after.more': { other: '同じリンクとパスフレーズで、あと {count} 回開けます。' },
  'kind.password': '生成されたパスワード',
  'kind.passphrase': '生成されたパスフレーズ',
  'kind.pin': '生成された PIN',
  'kind.token': '生成されたトークン',
  'kind.uuid': '生成された UUID',
  'passphrase.label': 'パスフレーズ',
  'passphrase.hint':
    '送信者から受け取った単語を順番どおりに。大文字・小文字、カンマ、改行は区別されません。各単語の最初の 4 文字だけで十分です。',
  'passphrase.english':
    'このページの言語にかかわらず、単語は常に BIP39 単語リストの英単語です。受け取ったとおりに入力してください。',
  'summary.unknown': '{index} 番目の単語「{word}」は単語リストにありません。',
  'summary.ambiguous':
    '{index} 番目の単語「{word}」は複数の単語に当てはまります。もっと文字を入力してください。',
  'summary.short': '{index} 番目の単語「{word}」は短すぎます。4 文字以上入力してください。',
  'summary.complete': { other: '{count} 語、すべて認識されました。' },
  'summary.typing': { other: 'ここまで {count} 語。入力を続けてください。' },
  'summary.tooMany': { other: '{count} 語：パスフレーズは最大 {max} 語です。' },
  'summary.tooFew': { other: '{count} 語を認識しました。パスフレーズは最低 {min} 語です。' },
  'unlock.label': 'シークレットを開いています',
  'unlock.derive': 'パスフレーズから鍵を導出しています',
  'unlock.reveal': '暗号化されたシークレットを取得しています',
  'unlock.decrypt': 'このブラウザー内で復号しています',
  'revealed.title': 'あなたのシークレットです',
  'revealed.secret': 'シークレット',
  'revealed.hiddenLabel': '{label}：非表示',
  'revealed.hidden': '非表示です。もう一度見るには「表示」を押してください。',
  'revealed.copy': 'コピー',
  'revealed.copied': 'コピーしました ✓',
  'revealed.show': '表示',
  'revealed.hide': '隠す',
  'after.deletedFile':
    'サーバーからは削除されました。このページにある唯一のコピーです。このページを閉じたり再読み込みしたりする前にダウンロードしてください。',
  'file.title': 'あなたのファイルです',
  'file.savedAs': 'どのシステムでも安全な名前 {name} で保存されます。',
  'file.download': 'ダウンロード',
  'file.showText': 'テキストとして表示',
  'file.hideText': 'テキストを隠す',
  'file.saving': 'ブラウザーがファイルを保存しています。',
  'file.asText': '{name}（テキスト表示）',
} satisfies Catalog;
