// The request page in Portuguese (Brazil), translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Abrindo uma solicitação',
  'title.incomplete': 'Link incompleto',
  'title.closed': 'Solicitação encerrada',
  'title.load-error': 'Não foi possível abrir a solicitação',
  'title.open': 'Uma solicitação de segredo',
  'title.sent': 'Resposta enviada',
  'page.footer':
    'Criptografia de ponta a ponta: sua resposta é criptografada neste navegador para a pessoa que pediu. O servidor nunca a vê, nem a parte do link depois do #.',
  'loading.title': 'Abrindo a solicitação…',
  'loading.status': 'Verificando se a solicitação ainda está aberta.',
  'incomplete.title': 'Verifique o link',
  'incomplete.why':
    'A parte depois do # guarda a chave com que sua resposta é criptografada. Alguns apps de e-mail e chat cortam links longos; copiar o link à mão costuma funcionar.',
  'answered.title': 'Esta solicitação já foi respondida',
  'expired.title': 'Esta solicitação expirou',
  'expired.text': 'Ela não pode mais ser respondida. Peça um novo link à pessoa que a enviou.',
  'revoked.title': 'Esta solicitação foi cancelada',
  'revoked.text':
    'A pessoa que pediu a retirou, então ela não aceita resposta. Pergunte a ela se tiver dúvida.',
  'unavailable.title': 'Esta solicitação não está disponível',
  'unavailable.text':
    'Ela pode já ter sido respondida, ter expirado ou nunca ter existido. Peça um novo link à pessoa que a enviou.',
  'loadError.title': 'Não foi possível abrir a solicitação',
  'sent.title': 'Enviado: só a pessoa que pediu pode ler',
  'sent.text':
    'Sua resposta foi criptografada neste navegador só para essa pessoa; o servidor guarda apenas o texto cifrado e o apaga assim que ela o lê. Este link não aceita uma segunda resposta.',
  'sent.close': 'Você pode fechar esta página.',
  'open.title': 'Alguém está pedindo um segredo a você',
  'open.theyWrote': 'A mensagem:',
  'open.openUntil': 'Aberta até',
  'open.answers': 'Respostas',
  'open.answersOne': 'Uma: a primeira resposta é a única',
  'open.answerLabel': 'Sua resposta',
  'open.answerHint':
    'Digite ou cole exatamente; quebras de linha e espaços são mantidos. Ela é criptografada neste navegador para a pessoa que pediu: nem o servidor nem mais ninguém consegue lê-la.',
  'open.showGenerator': 'Gerar uma em vez disso (uma nova senha, PIN, token…)',
  'open.hideGenerator': 'Ocultar o gerador',
  'open.send': 'Criptografar e enviar',
  'open.sending': 'Criptografando e enviando…',
  'open.sendingStatus': 'Criptografando e enviando sua resposta…',
  'gen.another': 'Outro',
  'gen.use': 'Usar este',
} satisfies Catalog;
