// The extension's own words in Arabic (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description': 'شارك سرًّا مرة واحدة: يُشفَّر في متصفحك، ويُسلَّم برابط وعبارة مرور.',
  'manifest.command': 'مشاركة النص المحدد بأمان',
  'menu.share': 'مشاركة بأمان',
  'menu.open': 'فتح باستخدام oncelink',

  'tabs.label': 'الأقسام',
  'tab.share': 'مشاركة',
  'tab.generate': 'توليد',
  'tab.open': 'فتح',
  'tab.request': 'طلب',
  'tab.sent': 'المُرسَلة',
  'tab.options': 'الخيارات',
  'request.followHint': 'سيصلك إشعار عند الرد عليه.',

  'open.link': 'رابط السر',
  'open.hint':
    'تفتح السرَّ شيفرةُ الإضافة نفسها، لا الصفحة التي يرسلها الخادم: فلا يستطيع الخادم تقديم شيفرة تقرؤه. ولا يُستهلك شيء بالفتح حتى تكون عبارة المرور صحيحة.',
  'open.words': 'عبارة المرور كلمات إنجليزية في كل اللغات: اكتبها تمامًا كما وصلتك.',
  'open.opened': 'فُتح في نافذة جديدة.',
  'open.submit': 'فتح الرابط',

  'share.taken': 'سُلِّم التحديد إلى نافذة من قبل، أو انتهت صلاحيته. الصق السر هنا، أو حدده مرة أخرى.',
  'share.unreadable': 'تعذرت قراءة أي نص محدد من تلك الصفحة. الصق السر هنا.',
  'share.lossy':
    'تعذرت قراءة هذه الصفحة مباشرة، فربما فقد التحديد بعض فواصل الأسطر أو اقتُطع. راجع النص قبل مشاركته.',
  'bridge.noAnswer': 'لم تستجب الإضافة. أغلق هذه النافذة وحاول مرة أخرى.',

  'options.languageAuto': 'مثل المتصفح ({language})',
  'options.languageHint': 'للنافذة المنبثقة ونافذة المشاركة والقائمة والإشعارات.',
  'options.server': 'الخادم',
  'options.serverHint': 'حيث تُخزَّن الأسرار وإليه تشير الروابط. المُضمَّن:',
  'options.defaults': 'الإعدادات الافتراضية للمشاركات الجديدة',
  'options.checking': 'جارٍ التحقق…',
  'options.save': 'حفظ',
  'options.saved': 'تم الحفظ.',
  'options.permission':
    'يحتاج oncelink إلى إذنك للاتصال بـ {origin}. احفظ مرة أخرى واختر «السماح».',
  'options.unreachable':
    'تعذر الوصول إلى {server}. تحقق من العنوان ومن أن الخادم يعمل؛ لم يُحفظ شيء.',
  'options.notOncelink':
    'أجاب {server}، لكن ليس كخادم oncelink (الحالة {status}). تحقق من العنوان؛ لم يُحفظ شيء.',
  'serverUrl.NOT_A_URL': 'عنوان الخادم غير كامل: اكتبه مع https://‎، مثل https://once.example.',
  'serverUrl.NOT_HTTP': 'يجب أن يبدأ عنوان الخادم بـ https://‎.',
  'serverUrl.INSECURE':
    'يجب أن يستخدم عنوان الخادم https://‎ (لا يُسمح بـ http غير المشفر إلا لـ localhost).',
  'serverUrl.EXTRA_PARTS': 'يجب ألا يحتوي عنوان الخادم على ? أو # أو اسم مستخدم.',

  'answer.loading.title': 'جارٍ قراءة الرد…',
  'answer.loading.status': 'يُجلب مرة واحدة ويُفك تشفيره بمفتاح هذا المتصفح.',
  'answer.waiting.title': 'لا رد بعد',
  'answer.waiting.text': 'لم يُستهلك شيء: اقرأه بعد أن يُرد عليه.',
  'answer.failed.title': 'تعذرت قراءة الرد',

  'notice.named': '«{label}»',
  'notice.unnamed': 'سرٌّ شاركته',
  'notice.viewed.title': 'تم عرض السر',
  'notice.viewed.gone': 'فُتح {name} بعبارة المرور ولم يعد موجودًا.',
  'notice.viewed.left': {
    zero: 'فُتح {name} بعبارة المرور (لم يتبقَّ أي عرض).',
    one: 'فُتح {name} بعبارة المرور (تبقّى عرض واحد).',
    two: 'فُتح {name} بعبارة المرور (تبقّى عرضان).',
    few: 'فُتح {name} بعبارة المرور (تبقّت {count} عروض).',
    many: 'فُتح {name} بعبارة المرور (تبقّى {count} عرضًا).',
    other: 'فُتح {name} بعبارة المرور (تبقّى {count} عرض).',
  },
  'notice.destroyed.title': 'تم إتلاف السر',
  'notice.destroyed': 'أُتلف {name} بعد إدخال عبارات مرور خاطئة. شاركه مرة أخرى إن لزم.',
  'notice.answered.title': 'تم الرد على طلبك',
  'notice.answered': 'وصل الرد على {name}. افتح oncelink لقراءته (مرة واحدة).',
} satisfies Record<keyof typeof en, Message>;
