// The extension's own words in Brazilian Portuguese (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Compartilhe um segredo uma única vez: criptografado no seu navegador, um link e uma frase secreta.',
  'manifest.command': 'Compartilhar o texto selecionado com segurança',
  'menu.share': 'Compartilhar com segurança',
  'menu.open': 'Abrir com o oncelink',

  'tabs.label': 'Seções',
  'tab.share': 'Compartilhar',
  'tab.generate': 'Gerar',
  'tab.open': 'Abrir',
  'tab.request': 'Pedir',
  'tab.sent': 'Enviados',
  'tab.options': 'Opções',
  'request.followHint': 'Você recebe uma notificação quando ele for respondido.',

  'open.link': 'Link do segredo',
  'open.hint':
    'O segredo é aberto pelo próprio código da extensão, não pela página que o servidor envia: o servidor não consegue entregar um código que o leia. Abrir não gasta nada enquanto a frase secreta não estiver correta.',
  'open.words':
    'A frase secreta é feita de palavras em inglês em qualquer idioma: digite-as exatamente como as recebeu.',
  'open.opened': 'Aberto em uma nova janela.',
  'open.submit': 'Abrir o link',

  'share.taken':
    'A seleção já foi entregue a uma janela ou expirou. Cole o segredo aqui ou selecione-o de novo.',
  'share.unreadable':
    'Não foi possível ler nenhum texto selecionado nessa página. Cole o segredo aqui.',
  'share.lossy':
    'Não foi possível ler esta página diretamente, então a seleção pode ter perdido quebras de linha ou ter sido cortada. Confira o texto antes de compartilhar.',
  'bridge.noAnswer': 'A extensão não respondeu. Feche esta janela e tente de novo.',

  'options.languageAuto': 'O do navegador ({language})',
  'options.languageHint': 'Para o pop-up, a janela de compartilhamento, o menu e as notificações.',
  'options.server': 'Servidor',
  'options.serverHint': 'Onde os segredos ficam guardados e para onde os links apontam. Padrão:',
  'options.defaults': 'Padrões para novos compartilhamentos',
  'options.checking': 'Verificando…',
  'options.save': 'Salvar',
  'options.saved': 'Salvo.',
  'options.permission':
    'O oncelink precisa da sua permissão para acessar {origin}. Salve de novo e escolha Permitir.',
  'options.unreachable':
    'Não foi possível acessar {server}. Confira o endereço e se o servidor está no ar; nada foi salvo.',
  'options.notOncelink':
    '{server} respondeu, mas não como um servidor oncelink (status {status}). Confira o endereço; nada foi salvo.',
  'serverUrl.NOT_A_URL':
    'O endereço do servidor está incompleto: informe-o com https://, por exemplo https://once.example.',
  'serverUrl.NOT_HTTP': 'O endereço do servidor precisa começar com https://.',
  'serverUrl.INSECURE':
    'O endereço do servidor precisa usar https:// (http sem criptografia só é permitido para localhost).',
  'serverUrl.EXTRA_PARTS': 'O endereço do servidor não pode conter ?, # nem nome de usuário.',

  'answer.loading.title': 'Lendo a resposta…',
  'answer.loading.status':
    'Ela é buscada uma única vez e descriptografada com a chave deste navegador.',
  'answer.waiting.title': 'Ainda sem resposta',
  'answer.waiting.text': 'Nada foi gasto: leia quando o pedido for respondido.',
  'answer.failed.title': 'Não foi possível ler a resposta',

  'notice.named': '“{label}”',
  'notice.unnamed': 'Um segredo que você compartilhou',
  'notice.viewed.title': 'Segredo visualizado',
  'notice.viewed.gone': '{name} foi aberto com a frase secreta e não existe mais.',
  'notice.viewed.left': {
    one: '{name} foi aberto com a frase secreta (resta {count} visualização).',
    many: '{name} foi aberto com a frase secreta (restam {count} de visualizações).',
    other: '{name} foi aberto com a frase secreta (restam {count} visualizações).',
  },
  'notice.destroyed.title': 'Segredo destruído',
  'notice.destroyed':
    '{name} foi destruído depois de frases secretas erradas. Compartilhe de novo se precisar.',
  'notice.answered.title': 'Seu pedido foi respondido',
  'notice.answered': '{name} tem resposta. Abra o oncelink para lê-la (uma única vez).',
} satisfies Record<keyof typeof en, Message>;
