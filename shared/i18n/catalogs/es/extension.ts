// The extension's own words in Spanish (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Comparte un secreto una sola vez: cifrado en tu navegador, un enlace y una frase de contraseña.',
  'manifest.command': 'Compartir de forma segura el texto seleccionado',
  'menu.share': 'Compartir de forma segura',
  'menu.open': 'Abrir con oncelink',

  'tabs.label': 'Secciones',
  'tab.share': 'Compartir',
  'tab.generate': 'Generar',
  'tab.open': 'Abrir',
  'tab.request': 'Solicitar',
  'tab.sent': 'Enviados',
  'tab.options': 'Opciones',
  'request.followHint': 'Recibirás una notificación cuando la respondan.',

  'open.link': 'Enlace del secreto',
  'open.hint':
    'El secreto lo abre el propio código de la extensión, no la página que envía el servidor: el servidor no puede servir código que lo lea. Abrirlo no gasta nada mientras la frase de contraseña no sea la correcta.',
  'open.words':
    'La frase de contraseña son palabras en inglés en todos los idiomas: escríbelas tal como las recibiste.',
  'open.opened': 'Abierto en una ventana nueva.',
  'open.submit': 'Abrir el enlace',

  'share.taken':
    'La selección ya se entregó a una ventana o caducó. Pega aquí el secreto o vuelve a seleccionarlo.',
  'share.unreadable':
    'No se pudo leer ningún texto seleccionado en esa página. Pega aquí el secreto.',
  'share.lossy':
    'No se pudo leer esta página directamente, así que la selección puede haber perdido saltos de línea o haberse cortado. Revisa el texto antes de compartirlo.',
  'bridge.noAnswer': 'La extensión no respondió. Cierra esta ventana y vuelve a intentarlo.',

  'options.languageAuto': 'El del navegador ({language})',
  'options.languageHint':
    'Para la ventana emergente, la ventana de compartir, el menú y las notificaciones.',
  'options.server': 'Servidor',
  'options.serverHint':
    'Donde se guardan los secretos y adonde apuntan los enlaces. Predeterminado:',
  'options.defaults': 'Valores predeterminados de los nuevos secretos',
  'options.checking': 'Comprobando…',
  'options.save': 'Guardar',
  'options.saved': 'Guardado.',
  'options.permission':
    'oncelink necesita tu permiso para conectarse con {origin}. Guarda de nuevo y elige Permitir.',
  'options.unreachable':
    'No se pudo conectar con {server}. Comprueba la dirección y que el servidor esté en marcha; no se guardó nada.',
  'options.notOncelink':
    '{server} respondió, pero no como un servidor oncelink (estado {status}). Comprueba la dirección; no se guardó nada.',
  'serverUrl.NOT_A_URL':
    'La dirección del servidor no está completa: escríbela con https://, p. ej. https://once.example.',
  'serverUrl.NOT_HTTP': 'La dirección del servidor debe empezar por https://.',
  'serverUrl.INSECURE':
    'La dirección del servidor debe usar https:// (http sin cifrar solo se permite para localhost).',
  'serverUrl.EXTRA_PARTS':
    'La dirección del servidor no debe contener ?, # ni un nombre de usuario.',

  'answer.loading.title': 'Leyendo la respuesta…',
  'answer.loading.status': 'Se obtiene una sola vez y se descifra con la clave de este navegador.',
  'answer.waiting.title': 'Aún no hay respuesta',
  'answer.waiting.text': 'No se ha gastado nada: léela cuando la hayan respondido.',
  'answer.failed.title': 'No se pudo leer la respuesta',

  'notice.named': '«{label}»',
  'notice.unnamed': 'Un secreto que compartiste',
  'notice.viewed.title': 'Secreto visto',
  'notice.viewed.gone': '{name} se abrió con la frase de contraseña y ya no existe.',
  'notice.viewed.left': {
    one: '{name} se abrió con la frase de contraseña (queda {count} vista).',
    many: '{name} se abrió con la frase de contraseña (quedan {count} de vistas).',
    other: '{name} se abrió con la frase de contraseña (quedan {count} vistas).',
  },
  'notice.destroyed.title': 'Secreto destruido',
  'notice.destroyed':
    '{name} se destruyó tras frases de contraseña incorrectas. Compártelo de nuevo si hace falta.',
  'notice.answered.title': 'Tu solicitud tiene respuesta',
  'notice.answered': '{name} ya tiene su respuesta. Abre oncelink para leerla (una sola vez).',
} satisfies Record<keyof typeof en, Message>;
