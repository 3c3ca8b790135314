// The sentences of shared/messages.ts in Spanish, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'El secreto es demasiado grande: este servidor admite hasta {mib} MiB. Acórtalo o divídelo en varios secretos.',
  BAD_FILE_NAME:
    'El archivo necesita un nombre de 255 bytes como máximo. Cámbiale el nombre y vuelve a intentarlo.',
  'lost.view':
    'La respuesta del servidor no llegó, así que puede que se haya gastado una visualización o un intento, o puede que no. Vuelve a abrir el enlace: si dice que el secreto no está disponible, pide uno nuevo al remitente.',
  'lost.answer':
    'La respuesta del servidor no llegó, así que puede que tu respuesta se haya guardado, o puede que no. Vuelve a abrir el enlace: si dice que la solicitud ya tiene respuesta, la tuya llegó; si no, envíala de nuevo.',
  'lost.read':
    'La respuesta del servidor no llegó, así que puede que la respuesta se haya leído, o puede que no (el servidor la borra en cuanto se lee). Inténtalo de nuevo: si dice que la solicitud no está disponible, vuelve a pedir el secreto con una nueva solicitud.',
  'WRONG_PASSPHRASE.last':
    'Frase de contraseña incorrecta. Era el último intento: el secreto ha sido destruido. Pide uno nuevo al remitente.',
  'WRONG_PASSPHRASE.left': {
    one: 'Frase de contraseña incorrecta. Queda {count} intento.',
    many: 'Frase de contraseña incorrecta. Quedan {count} intentos.',
    other: 'Frase de contraseña incorrecta. Quedan {count} intentos.',
  },
  CHECK_MISMATCH:
    'Esa frase de contraseña no corresponde a este enlace. Revisa si hay una errata: no se ha gastado nada.',
  BAD_PASSPHRASE:
    'No es una frase de contraseña válida. Escribe las palabras exactamente como las recibiste.',
  UNAVAILABLE:
    'Este secreto no está disponible. Puede que ya se haya visto, que haya caducado o que nunca haya existido. Pide un enlace nuevo al remitente.',
  BAD_LINK:
    'Este enlace está incompleto o dañado. Copia el enlace entero, incluida la parte que va después de #, o vuelve a pedírselo al remitente.',
  RATE_LIMITED: {
    one: 'Demasiadas peticiones. Vuelve a intentarlo dentro de {count} segundo.',
    many: 'Demasiadas peticiones. Vuelve a intentarlo dentro de {count} segundos.',
    other: 'Demasiadas peticiones. Vuelve a intentarlo dentro de {count} segundos.',
  },
  'TOO_LARGE.limit':
    'El secreto es demasiado grande: este servidor admite hasta {kib} KiB. Acórtalo o divídelo en varios secretos.',
  TOO_LARGE:
    'El secreto es demasiado grande para este servidor. Acórtalo o divídelo en varios secretos.',
  'SERVICE_UNAVAILABLE.unknown':
    'El servidor perdió su base de datos mientras respondía, así que no puede saber si la operación se completó. Vuelve a intentarlo en unos segundos.',
  SERVICE_UNAVAILABLE:
    'El servidor no está disponible por un momento. No se ha gastado nada: vuelve a intentarlo en unos segundos.',
  SERVICE_FULL:
    'Este servidor está lleno: guarda tantos secretos como permite su operador. No se ha guardado nada. Vuelve a intentarlo más tarde, cuando algunos se hayan visto o hayan caducado, o usa otro servidor.',
  NETWORK:
    'No se pudo contactar con el servidor. Comprueba tu conexión y vuelve a intentarlo: no se ha gastado nada.',
  'INVALID_INPUT.issue': 'El servidor rechazó la petición: {path}: {issue}.',
  INVALID_INPUT: 'El servidor rechazó la petición por no ser válida.',
  ALREADY_ANSWERED:
    'Esta solicitud ya tiene respuesta y solo admite una. Si no fuiste tú quien respondió, avisa a la persona que la hizo.',
  DUPLICATE_ID: 'El servidor ya tiene un secreto con este identificador. Vuelve a intentarlo.',
  DECRYPT_FAILED: 'No se pudo descifrar el secreto: el enlace o los datos guardados están dañados.',
  BAD_ENVELOPE: 'El secreto se descifró, pero su contenido está dañado.',
  BAD_KDF_PARAMS:
    'Este secreto usa una configuración de clave que este cliente rechaza (demasiado débil o demasiado costosa).',
  INTERNAL: 'El servidor tuvo un error inesperado. Vuelve a intentarlo más tarde.',
  'previewer.unknown': 'abierto por una vista previa o un analizador de enlaces',
  'previewer.preview': 'abierto por la vista previa de enlaces de {name}',
  'previewer.preview.an': 'abierto por la vista previa de enlaces de {name}',
  'previewer.scanner': 'abierto por el analizador de enlaces de {name}',
  'previewer.scanner.an': 'abierto por el analizador de enlaces de {name}',
  'previewer.check': 'abierto por la comprobación de enlaces de {name}',
  'previewer.check.an': 'abierto por la comprobación de enlaces de {name}',
  'previewer.crawler': 'abierto por el rastreador de {name}',
  'previewer.crawler.an': 'abierto por el rastreador de {name}',
} satisfies Catalog;
