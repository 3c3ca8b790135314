// The recipient page in Spanish, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Cifrado de extremo a extremo: el secreto se descifra en este navegador. El servidor nunca ve el secreto, ni tu frase de contraseña, ni la parte del enlace que va después de #.',
  'page.preferExtension':
    '¿Tienes la extensión de oncelink? Haz clic derecho en el enlace y elige «Abrir con oncelink»: así el código que descifra viene de tu navegador, no de este servidor.',
  'title.loading': 'Abriendo un secreto',
  'title.incomplete': 'Enlace incompleto',
  'title.unavailable': 'Secreto no disponible',
  'title.load-error': 'No se pudo abrir el secreto',
  'title.ready': 'Un secreto para ti',
  'title.revealed': 'Tu secreto',
  'title.destroyed': 'Secreto destruido',
  'title.failed': 'No se pudo abrir el secreto',
  'loading.title': 'Abriendo el enlace…',
  'loading.status': 'Comprobando que el secreto sigue ahí. Esto no gasta nada.',
  'unavailable.title': 'Aquí no hay nada que revelar',
  'unavailable.why':
    'Los secretos de un solo uso desaparecen en cuanto se leen, cuando caducan o cuando el remitente los revoca, y nadie puede recuperarlos.',
  'incomplete.title': 'Revisa el enlace',
  'incomplete.why':
    'No se ha gastado nada: el secreto, si sigue ahí, espera el enlace completo. Algunas aplicaciones de correo y chat cortan los enlaces largos o quitan la parte que va después del signo #; copiar el enlace a mano suele funcionar.',
  'loadError.title': 'No se pudo abrir el secreto',
  'destroyed.title': 'El secreto ha sido destruido',
  'destroyed.why':
    'Ya nadie puede leerlo, ni siquiera el remitente. Cuando te lo vuelvan a compartir, comprueba la frase de contraseña con el remitente.',
  'failed.title': 'No se pudo abrir el secreto',
  'failed.why': 'Pide un enlace nuevo al remitente.',
  'ready.title': 'Alguien te ha enviado un secreto',
  'ready.lead':
    'Está cifrado y solo la frase de contraseña que te dio el remitente puede abrirlo. En cuanto lo leas, se borrará del servidor.',
  'ready.resumed':
    'Tu último intento de leer este secreto se interrumpió antes de que llegara. Vuelve a escribir la frase de contraseña para mostrarlo: no se gasta nada más.',
  'ready.expires': 'Caduca',
  'ready.canBeRead': 'Se puede leer',
  'ready.attempts': 'Intentos',
  'ready.spentNothing':
    'Abrir esta página no ha gastado nada: el secreto sigue en el servidor hasta que se introduzca la frase de contraseña correcta.',
  'ready.reveal': 'Revelar el secreto',
  'views.once': 'Una vez; después se borra',
  'views.more': { one: '{count} vez más', many: '{count} veces más', other: '{count} veces más' },
  attempts: {
    one: '{count} frase de contraseña incorrecta lo destruye; las erratas se detectan antes de que cuenten',
    many: '{count} frases de contraseña incorrectas lo destruyen; las erratas se detectan antes de que cuenten',
    other:
      '{count} frases de contraseña incorrectas lo destruyen; las erratas se detectan antes de que cuenten',
  },
  'after.deleted':
    'Se ha borrado del servidor: esta página tiene la única copia. Cópialo en un lugar seguro antes de cerrar o recargar esta página.',
  'after.more': {
    one: 'Se puede abrir una vez más con el mismo enlace y la misma frase de contraseña.',
    many: 'Se puede abrir {count} veces más con el mismo enlace y la misma frase de contraseña.',
    other: 'Se puede abrir {count} veces más con el mismo enlace y la misma frase de contraseña.',
  },
  'kind.password': 'Contraseña generada',
  'kind.passphrase': 'Frase de contraseña generada',
  'kind.pin': 'PIN generado',
  'kind.token': 'Token generado',
  'kind.uuid': 'UUID generado',
  'passphrase.label': 'Frase de contraseña',
  'passphrase.hint':
    'Las palabras que te dio el remitente, en orden. Las mayúsculas, las comas y los saltos de línea no importan; bastan las cuatro primeras letras de cada palabra.',
  'passphrase.english':
    'Las palabras siempre están en inglés, de la lista de palabras BIP39, sea cual sea el idioma de esta página: escríbelas tal como las recibiste.',
  'summary.unknown': 'La palabra {index}, «{word}», no está en la lista de palabras.',
  'summary.ambiguous':
    'La palabra {index}, «{word}», puede ser varias palabras: escribe más letras.',
  'summary.short':
    'La palabra {index}, «{word}», es demasiado corta: escribe al menos cuatro letras.',
  'summary.complete': {
    one: '{count} palabra, todas reconocidas.',
    many: '{count} palabras, todas reconocidas.',
    other: '{count} palabras, todas reconocidas.',
  },
  'summary.typing': {
    one: '{count} palabra por ahora; sigue escribiendo.',
    many: '{count} palabras por ahora; sigue escribiendo.',
    other: '{count} palabras por ahora; sigue escribiendo.',
  },
  'summary.tooMany': {
    one: '{count} palabra: una frase de contraseña tiene como máximo {max}.',
    many: '{count} palabras: una frase de contraseña tiene como máximo {max}.',
    other: '{count} palabras: una frase de contraseña tiene como máximo {max}.',
  },
  'summary.tooFew': {
    one: '{count} palabra reconocida; una frase de contraseña tiene al menos {min}.',
    many: '{count} palabras reconocidas; una frase de contraseña tiene al menos {min}.',
    other: '{count} palabras reconocidas; una frase de contraseña tiene al menos {min}.',
  },
  'unlock.label': 'Abriendo el secreto',
  'unlock.derive': 'Derivando la clave a partir de tu frase de contraseña',
  'unlock.reveal': 'Obteniendo el secreto cifrado',
  'unlock.decrypt': 'Descifrando en este navegador',
  'revealed.title': 'Aquí tienes tu secreto',
  'revealed.secret': 'Secreto',
  'revealed.hiddenLabel': '{label}: oculto',
  'revealed.hidden': 'Oculto. Pulsa Mostrar para volver a verlo.',
  'revealed.copy': 'Copiar',
  'revealed.copied': 'Copiado ✓',
  'revealed.show': 'Mostrar',
  'revealed.hide': 'Ocultar',
  'after.deletedFile':
    'Se ha borrado del servidor: esta página tiene la única copia. Descárgalo antes de cerrar o recargar esta página.',
  'file.title': 'Aquí tienes tu archivo',
  'file.savedAs': 'Guardado como {name}, un nombre seguro en cualquier sistema.',
  'file.download': 'Descargar',
  'file.showText': 'Mostrar como texto',
  'file.hideText': 'Ocultar el texto',
  'file.saving': 'Tu navegador está guardando el archivo.',
  'file.asText': '{name}, como texto',
} satisfies Catalog;
