// The sentences of shared/messages.ts in Portuguese (Brazil), translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'O segredo é grande demais: este servidor aceita até {mib} MiB. Encurte-o ou divida-o em vários segredos.',
  BAD_FILE_NAME:
    'O arquivo precisa de um nome com no máximo 255 bytes. Renomeie-o e tente de novo.',
  'lost.view':
    'A resposta do servidor não chegou, então uma visualização ou uma tentativa pode ou não ter sido gasta. Abra o link de novo: se ele disser que o segredo não está disponível, peça um novo ao remetente.',
  'lost.answer':
    'A resposta do servidor não chegou, então sua resposta pode ou não ter sido guardada. Abra o link de novo: se ele disser que a solicitação já foi respondida, sua resposta chegou; se não, envie-a de novo.',
  'lost.read':
    'A resposta do servidor não chegou, então a resposta pode ou não ter sido lida (o servidor a apaga assim que é lida). Tente de novo: se disser que a solicitação não está disponível, peça o segredo novamente com uma nova solicitação.',
  'WRONG_PASSPHRASE.last':
    'Frase secreta incorreta. Essa era a última tentativa: o segredo foi destruído. Peça um novo ao remetente.',
  'WRONG_PASSPHRASE.left': {
    one: 'Frase secreta incorreta. Resta {count} tentativa.',
    many: 'Frase secreta incorreta. Restam {count} tentativas.',
    other: 'Frase secreta incorreta. Restam {count} tentativas.',
  },
  CHECK_MISMATCH:
    'Essa frase secreta não corresponde a este link. Verifique se há algum erro de digitação: nada foi gasto.',
  BAD_PASSPHRASE:
    'Essa não é uma frase secreta válida. Digite as palavras exatamente como você as recebeu.',
  UNAVAILABLE:
    'Este segredo não está disponível. Ele pode já ter sido visualizado, ter expirado ou nunca ter existido. Peça um novo link ao remetente.',
  BAD_LINK:
    'Este link está incompleto ou danificado. Copie o link inteiro, incluindo a parte depois do #, ou peça-o de novo ao remetente.',
  RATE_LIMITED: {
    one: 'Solicitações demais. Tente de novo em {count} segundo.',
    many: 'Solicitações demais. Tente de novo em {count} segundos.',
    other: 'Solicitações demais. Tente de novo em {count} segundos.',
  },
  'TOO_LARGE.limit':
    'O segredo é grande demais: este servidor aceita até {kib} KiB. Encurte-o ou divida-o em vários segredos.',
  TOO_LARGE:
    'O segredo é grande demais para este servidor. Encurte-o ou divida-o em vários segredos.',
  'SERVICE_UNAVAILABLE.unknown':
    'O servidor perdeu o banco de dados enquanto respondia, então não sabe dizer se a operação foi concluída. Tente de novo em alguns segundos.',
  SERVICE_UNAVAILABLE:
    'O servidor está indisponível por um instante. Nada foi gasto: tente de novo em alguns segundos.',
  SERVICE_FULL:
    'Este servidor está cheio: ele guarda tantos segredos quanto seu operador permite. Nada foi guardado. Tente de novo mais tarde, quando alguns tiverem sido visualizados ou expirado, ou use outro servidor.',
  NETWORK:
    'Não foi possível acessar o servidor. Verifique sua conexão e tente de novo: nada foi gasto.',
  'INVALID_INPUT.issue': 'O servidor recusou a solicitação: {path}: {issue}.',
  INVALID_INPUT: 'O servidor recusou a solicitação por ser inválida.',
  ALREADY_ANSWERED:
    'Esta solicitação já foi respondida e aceita só uma resposta. Se não foi você quem respondeu, avise a pessoa que pediu.',
  DUPLICATE_ID: 'O servidor já tem um segredo com este ID. Tente de novo.',
  DECRYPT_FAILED:
    'Não foi possível descriptografar o segredo: o link ou os dados guardados estão danificados.',
  BAD_ENVELOPE: 'O segredo foi descriptografado, mas o conteúdo está danificado.',
  BAD_KDF_PARAMS:
    'Este segredo usa configurações de chave que este cliente recusa (fracas demais ou custosas demais).',
  INTERNAL: 'O servidor teve um erro inesperado. Tente de novo mais tarde.',
  'previewer.unknown': 'aberto por uma pré-visualização ou verificador de links',
  'previewer.preview': 'aberto pela pré-visualização de links do {name}',
  'previewer.preview.an': 'aberto pela pré-visualização de links do {name}',
  'previewer.scanner': 'aberto pelo verificador de links do {name}',
  'previewer.scanner.an': 'aberto pelo verificador de links do {name}',
  'previewer.check': 'aberto pela checagem de links do {name}',
  'previewer.check.an': 'aberto pela checagem de links do {name}',
  'previewer.crawler': 'aberto pelo rastreador do {name}',
  'previewer.crawler.an': 'aberto pelo rastreador do {name}',
} satisfies Catalog;
