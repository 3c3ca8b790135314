// The request page in Japanese, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'リクエストを開いています',
  'title.incomplete': '不完全なリンク',
  'title.closed': 'リクエストは終了しました',
  'title.load-error': 'リクエストを開けませんでした',
  'title.open': 'シークレットのリクエスト',
  'title.sent': '回答を送信しました',
  'page.footer':
    'エンドツーエンド暗号化：あなたの回答は、依頼した人のためにこのブラウザー内で暗号化されます。サーバーが回答やリンクの # より後の部分を見ることはありません。',
  'loading.title': 'リクエストを開いています…',
  'loading.status': 'リクエストがまだ受付中か確認しています。',
  'incomplete.title': 'リンクを確認してください',
  'incomplete.why':
    '# より後の部分には、あなたの回答を暗号化するための鍵が含まれています。メールやチャットのアプリには長いリンクを切るものがあります。リンクを手でコピーするとたいていうまくいきます。',
  'answered.title': 'このリクエストは回答済みです',
  'expired.title': 'このリクエストは有効期限が切れました',
  'expired.text': 'もう回答できません。送ってきた人に新しいリンクを依頼してください。',
  'revoked.title': 'このリクエストは取り消されました',
  'revoked.text':
    '依頼した人が取り下げたため、回答を受け付けません。不明な点があれば本人に確認してください。',
  'unavailable.title': 'このリクエストは利用できません',
  'unavailable.text':
    'すでに回答されたか、有効期限が切れたか、存在しなかった可能性があります。送ってきた人に新しいリンクを依頼してください。',
  'loadError.title': 'リクエストを開けませんでした',
  'sent.title': '送信しました：読めるのは依頼した人だけです',
  'sent.text':
    'あなたの回答は、このブラウザー内でその人だけのために暗号化されました。サーバーは暗号文だけを保管し、その人が読んだ時点で削除します。このリンクで 2 つ目の回答はできません。',
  'sent.close': 'このページは閉じてかまいません。',
  'open.title': 'シークレットを求められています',
  'open.theyWrote': 'メッセージ：',
  'open.openUntil': '受付期限',
  'open.answers': '回答数',
  'open.answersOne': '1 件：最初の回答だけが有効です',
  'open.answerLabel': 'あなたの回答',
  'open.answerHint':
    '正確に入力するか貼り付けてください。改行とスペースはそのまま保持されます。回答は依頼した人のためにこのブラウザー内で暗号化され、サーバーを含め他の誰にも読めません。',
  'open.showGenerator': '代わりに生成する（新しいパスワード、PIN、トークンなど）',
  'open.hideGenerator': '生成ツールを隠す',
  'open.send': '暗号化して送信',
  'open.sending': '暗号化して送信しています…',
  'open.sendingStatus': '回答を暗号化して送信しています…',
  'gen.another': '別のものにする',
  'gen.use': 'これを使う',
} satisfies Catalog;
