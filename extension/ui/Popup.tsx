// The toolbar popup: Share, Generate, Open (a link), Request, Sent, Options. Panels stay
// mounted while hidden, so switching tabs never loses what was typed.
import { useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import type { ShareResult } from '../../web/ui/clients';
import { RequestPanel } from '../../web/ui/RequestPanel';
import { SentList } from '../../web/ui/SentList';
import { SharePanel, type Prefill } from '../../web/ui/SharePanel';
import { tabPanel, Tabs } from '../../web/ui/Tabs';
import { forgetLastResult, LAST_RESULT_KEY, readLastResult } from '../lib/last-result';
import { listRequests, type SentRequest } from '../lib/request-store';
import { listSent, type SentShare } from '../lib/sent-store';
import { requestClient, sentClient, shareClient } from './bridge-clients';
import { GeneratePanel } from './GeneratePanel';
import { Header } from './Header';
import { OpenPanel } from './OpenPanel';
import { OptionsPanel } from './OptionsPanel';
import { useSettings } from './use-settings';
import { useStored } from './use-stored';
import { extension } from '../../shared/i18n/surfaces/extension';
import { useT } from '../../web/ui/language';

const TABS = ['share', 'generate', 'open', 'request', 'sent', 'options'] as const;
type Tab = (typeof TABS)[number];

const popupShares = shareClient(true);

function initialTab(): Tab {
  const t = new URLSearchParams(location.search).get('tab');
  return (TABS as readonly string[]).includes(t ?? '') ? (t as Tab) : 'share';
}

export function Popup() {
  const t = useT(extension);
  const names = Object.fromEntries(TABS.map((id) => [id, t(`tab.${id}`)])) as Record<Tab, string>;
  const [tab, setTab] = useState<Tab>(initialTab);
  const settings = useSettings();
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  // undefined: not read yet; the Share panel waits for it so a kept result shows at once. Also
  // followed later: a share started before the popup was closed and reopened lands here.
  const lastResult = useStored<ShareResult | null | undefined>(
    'session',
    LAST_RESULT_KEY,
    readLastResult,
    undefined,
  );
  const shares = useStored<SentShare[] | null>('local', 'sent', listSent, null);
  const requests = useStored<SentRequest[] | null>('local', 'requests', listRequests, null);

  const shareThis = (value: string, kind: SecretKind) => {
    setPrefill({ value, kind });
    setTab('share');
  };

  return (
    <div class="popup">
      <Header server={settings?.server ?? null} />
      {/* A landmark around the tabs: everything a screen reader lists sits in one. */}
      <nav aria-label={t('tabs.label')}>
        <Tabs tabs={TABS} names={names} current={tab} onSelect={setTab} class="tabs" />
      </nav>
      {settings && lastResult !== undefined && (
        <main>
          <div {...tabPanel('share', tab)}>
            <SharePanel
              client={popupShares}
              defaults={settings.defaults}
              prefill={prefill}
              keptResult={lastResult}
              onDone={() => void forgetLastResult()}
              autoFocus={tab === 'share'}
            />
          </div>
          <div {...tabPanel('generate', tab)}>
            <GeneratePanel onShare={shareThis} />
          </div>
          <div {...tabPanel('open', tab)}>
            <OpenPanel />
          </div>
          <div {...tabPanel('request', tab)}>
            <RequestPanel
              requests={requests}
              client={requestClient}
              visible={tab === 'request'}
              followHint={t('request.followHint')}
            />
          </div>
          <div {...tabPanel('sent', tab)}>
            <SentList shares={shares} client={sentClient} visible={tab === 'sent'} />
          </div>
          <div {...tabPanel('options', tab)}>
            <OptionsPanel settings={settings} />
          </div>
        </main>
      )}
    </div>
  );
}
