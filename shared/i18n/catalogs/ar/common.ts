// The shared components’ words (web/ui) in Arabic, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'سرّ واحد، لشخص واحد، مرة واحدة',
  'language.label': 'اللغة',
  'notice.retry': 'حاول مرة أخرى',
  'copy.done': 'تم النسخ',
  'copy.failed': 'حدّد وانسخ',
  'copy.doneStatus': 'نُسخ إلى الحافظة.',
  'copy.failedStatus': 'تعذّر النسخ: حدّد النص وانسخه بنفسك.',
  'progress.step': 'الخطوة {at} من {total}: {label}',
  'expiry.soon': 'قريبًا',
  'expiry.underAMinute': 'خلال أقل من دقيقة',
  'expiry.at': '{date} ({relative})',
  'file.name': 'الاسم',
  'file.size': 'الحجم',
  'file.type': 'النوع',
  'size.bytes': {
    zero: '{count} بايت',
    one: 'بايت واحد',
    two: 'بايتان',
    few: '{count} بايتات',
    many: '{count} بايت',
    other: '{count} بايت',
  },
  'size.kib': '{size} كيبيبايت',
  'size.mib': '{size} ميبيبايت',
} satisfies Catalog;
