// The request page in Spanish, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Abriendo una solicitud',
  'title.incomplete': 'Enlace incompleto',
  'title.closed': 'Solicitud cerrada',
  'title.load-error': 'No se pudo abrir la solicitud',
  'title.open': 'Una solicitud de secreto',
  'title.sent': 'Respuesta enviada',
  'page.footer':
    'Cifrado de extremo a extremo: tu respuesta se cifra en este navegador para la persona que la pidió. El servidor nunca la ve, ni ve la parte del enlace que va después de #.',
  'loading.title': 'Abriendo la solicitud…',
  'loading.status': 'Comprobando que la solicitud sigue abierta.',
  'incomplete.title': 'Revisa el enlace',
  'incomplete.why':
    'La parte que va después de # contiene la clave con la que se cifra tu respuesta. Algunas aplicaciones de correo y chat cortan los enlaces largos; copiar el enlace a mano suele funcionar.',
  'answered.title': 'Esta solicitud ya tiene respuesta',
  'expired.title': 'Esta solicitud ha caducado',
  'expired.text': 'Ya no se puede responder. Pide un enlace nuevo a la persona que te la envió.',
  'revoked.title': 'Esta solicitud se ha cancelado',
  'revoked.text':
    'La persona que la hizo la retiró, así que no admite respuesta. Pregúntale si tienes dudas.',
  'unavailable.title': 'Esta solicitud no está disponible',
  'unavailable.text':
    'Puede que ya tenga respuesta, que haya caducado o que nunca haya existido. Pide un enlace nuevo a la persona que te la envió.',
  'loadError.title': 'No se pudo abrir la solicitud',
  'sent.title': 'Enviado: solo la persona que lo pidió puede leerlo',
  'sent.text':
    'Tu respuesta se cifró en este navegador solo para esa persona; el servidor guarda únicamente el texto cifrado y lo borra en cuanto ella lo lee. Este enlace no admite una segunda respuesta.',
  'sent.close': 'Puedes cerrar esta página.',
  'open.title': 'Alguien te pide un secreto',
  'open.theyWrote': 'Su mensaje:',
  'open.openUntil': 'Abierta hasta',
  'open.answers': 'Respuestas',
  'open.answersOne': 'Una: la primera respuesta es la única',
  'open.answerLabel': 'Tu respuesta',
  'open.answerHint':
    'Escríbela o pégala tal cual; se conservan los saltos de línea y los espacios. Se cifra en este navegador para la persona que la pidió: ni el servidor ni nadie más puede leerla.',
  'open.showGenerator': 'Generar una en su lugar (una contraseña nueva, un PIN, un token…)',
  'open.hideGenerator': 'Ocultar el generador',
  'open.send': 'Cifrar y enviar',
  'open.sending': 'Cifrando y enviando…',
  'open.sendingStatus': 'Cifrando y enviando tu respuesta…',
  'gen.another': 'Otro',
  'gen.use': 'Usar este',
} satisfies Catalog;
