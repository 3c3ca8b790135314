// The recipient page in Portuguese (Brazil), translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Criptografia de ponta a ponta: o segredo é descriptografado neste navegador. O servidor nunca vê o segredo, sua frase secreta nem a parte do link depois do #.',
  'page.preferExtension':
    'Tem a extensão do oncelink? Clique com o botão direito no link e escolha “Abrir com oncelink”: assim o código que descriptografa vem do seu navegador, e não deste servidor.',
  'title.loading': 'Abrindo um segredo',
  'title.incomplete': 'Link incompleto',
  'title.unavailable': 'Segredo indisponível',
  'title.load-error': 'Não foi possível abrir o segredo',
  'title.ready': 'Um segredo para você',
  'title.revealed': 'Seu segredo',
  'title.destroyed': 'Segredo destruído',
  'title.failed': 'Não foi possível abrir o segredo',
  'loading.title': 'Abrindo o link…',
  'loading.status': 'Verificando se o segredo ainda está lá. Isso não gasta nada.',
  'unavailable.title': 'Nada a revelar aqui',
  'unavailable.why':
    'Segredos de uso único somem depois de lidos, quando expiram ou quando o remetente os revoga, e ninguém consegue trazê-los de volta.',
  'incomplete.title': 'Verifique o link',
  'incomplete.why':
    'Nada foi gasto: o segredo, se ainda estiver lá, espera pelo link completo. Alguns apps de e-mail e chat cortam links longos ou removem a parte depois do sinal #; copiar o link à mão costuma funcionar.',
  'loadError.title': 'Não foi possível abrir o segredo',
  'destroyed.title': 'O segredo foi destruído',
  'destroyed.why':
    'Ninguém pode lê-lo agora, nem mesmo o remetente. Quando ele for compartilhado de novo, confira a frase secreta com o remetente.',
  'failed.title': 'Não foi possível abrir o segredo',
  'failed.why': 'Peça um novo link ao remetente.',
  'ready.title': 'Alguém enviou um segredo para você',
  'ready.lead':
    'Ele está criptografado, e só a frase secreta que o remetente passou para você pode abri-lo. Assim que você o ler, ele será apagado do servidor.',
  'ready.resumed':
    'Sua última tentativa de ler este segredo foi interrompida antes de ele chegar. Digite a frase secreta de novo para exibi-lo: nada mais é gasto.',
  'ready.expires': 'Expira',
  'ready.canBeRead': 'Pode ser lido',
  'ready.attempts': 'Tentativas',
  'ready.spentNothing':
    'Abrir esta página não gastou nada: o segredo fica no servidor até que a frase secreta correta seja digitada.',
  'ready.reveal': 'Revelar o segredo',
  'views.once': 'Uma vez; depois ele é apagado',
  'views.more': {
    one: 'mais {count} vez',
    many: 'mais {count} vezes',
    other: 'mais {count} vezes',
  },
  attempts: {
    one: '{count} frase secreta incorreta o destrói; erros de digitação são detectados antes de contar',
    many: '{count} frases secretas incorretas o destroem; erros de digitação são detectados antes de contar',
    other:
      '{count} frases secretas incorretas o destroem; erros de digitação são detectados antes de contar',
  },
  'after.deleted':
    'Ele foi apagado do servidor: esta página tem a única cópia. Copie-o para um lugar seguro antes de fechar ou recarregar esta página.',
  'after.more': {
    one: 'Ele pode ser aberto mais uma vez com o mesmo link e a mesma frase secreta.',
    many: 'Ele pode ser aberto mais {count} vezes com o mesmo link e a mesma frase secreta.',
    other: 'Ele pode ser aberto mais {count} vezes com o mesmo link e a mesma frase secreta.',
  },
  'kind.password': 'Senha gerada',
  'kind.passphrase': 'Frase secreta gerada',
  'kind.pin': 'PIN gerado',
  'kind.token': 'Token gerado',
  'kind.uuid': 'UUID gerado',
  'passphrase.label': 'Frase secreta',
  'passphrase.hint':
    'As palavras que o remetente passou para você, na ordem. Maiúsculas, vírgulas e quebras de linha não importam; as quatro primeiras letras de cada palavra bastam.',
  'passphrase.english':
    'As palavras são sempre em inglês, da lista de palavras BIP39, qualquer que seja o idioma desta página: digite-as como você as recebeu.',
  'summary.unknown': 'A palavra {index}, “{word}”, não está na lista de palavras.',
  'summary.ambiguous': 'A palavra {index}, “{word}”, pode ser várias palavras: digite mais letras.',
  'summary.short': 'A palavra {index}, “{word}”, é curta demais: digite pelo menos quatro letras.',
  'summary.complete': {
    one: '{count} palavra, todas reconhecidas.',
    many: '{count} palavras, todas reconhecidas.',
    other: '{count} palavras, todas reconhecidas.',
  },
  'summary.typing': {
    one: '{count} palavra até agora; continue digitando.',
    many: '{count} palavras até agora; continue digitando.',
    other: '{count} palavras até agora; continue digitando.',
  },
  'summary.tooMany': {
    one: '{count} palavra: uma frase secreta tem no máximo {max}.',
    many: '{count} palavras: uma frase secreta tem no máximo {max}.',
    other: '{count} palavras: uma frase secreta tem no máximo {max}.',
  },
  'summary.tooFew': {
    one: '{count} palavra reconhecida; uma frase secreta tem pelo menos {min}.',
    many: '{count} palavras reconhecidas; uma frase secreta tem pelo menos {min}.',
    other: '{count} palavras reconhecidas; uma frase secreta tem pelo menos {min}.',
  },
  'unlock.label': 'Abrindo o segredo',
  'unlock.derive': 'Derivando a chave da sua frase secreta',
  'unlock.reveal': 'Buscando o segredo criptografado',
  'unlock.decrypt': 'Descriptografando neste navegador',
  'revealed.title': 'Aqui está seu segredo',
  'revealed.secret': 'Segredo',
  'revealed.hiddenLabel': '{label}: oculto',
  'revealed.hidden': 'Oculto. Toque em Mostrar para vê-lo de novo.',
  'revealed.copy': 'Copiar',
  'revealed.copied': 'Copiado ✓',
  'revealed.show': 'Mostrar',
  'revealed.hide': 'Ocultar',
  'after.deletedFile':
    'Ele foi apagado do servidor: esta página tem a única cópia. Baixe-o antes de fechar ou recarregar esta página.',
  'file.title': 'Aqui está seu arquivo',
  'file.savedAs': 'Salvo como {name}, um nome seguro em qualquer sistema.',
  'file.download': 'Baixar',
  'file.showText': 'Mostrar como texto',
  'file.hideText': 'Ocultar texto',
  'file.saving': 'Seu navegador está salvando o arquivo.',
  'file.asText': '{name}, como texto',
} satisfies Catalog;
