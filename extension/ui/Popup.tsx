// The toolbar popup: Share, Generate, Request, Sent, Options. Panels stay mounted while hidden, so
// switching tabs never loses what was typed.
import { useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import type { ShareResult } from '../../web/ui/clients';
import { RequestPanel } from '../../web/ui/RequestPanel';
import { SentList } from '../../web/ui/SentList';
import { SharePanel, type Prefill } from '../../web/ui/SharePanel';
import { forgetLastResult, LAST_RESULT_KEY, readLastResult } from '../lib/last-result';
import { listRequests, type SentRequest } from '../lib/request-store';
import { listSent, type SentShare } from '../lib/sent-store';
import { requestClient, sentClient, shareClient } from './bridge-clients';
import { GeneratePanel } from './GeneratePanel';
import { Header } from './Header';
import { OptionsPanel } from './OptionsPanel';
import { useSettings } from './use-settings';
import { useStored } from './use-stored';

const TABS = ['share', 'generate', 'request', 'sent', 'options'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAMES: Record<Tab, string> = {
  share: 'Share',
  generate: 'Generate',
  request: 'Request',
  sent: 'Sent',
  options: 'Options',
};

const popupShares = shareClient(true);

function initialTab(): Tab {
  const t = new URLSearchParams(location.search).get('tab');
  return (TABS as readonly string[]).includes(t ?? '') ? (t as Tab) : 'share';
}

export function Popup() {
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

  // Every tab stays a Tab stop (Tab and Enter reach each one); arrows move along them too, as
  // screen-reader users expect of a tab list.
  const onTabKey = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const panel = (t: Tab) => ({
    id: `panel-${t}`,
    role: 'tabpanel' as const,
    'aria-labelledby': `tab-${t}`,
    hidden: tab !== t,
  });

  const shareThis = (value: string, kind: SecretKind) => {
    setPrefill({ value, kind });
    setTab('share');
  };

  return (
    <div class="popup">
      <Header server={settings?.server ?? null} />
      {/* A landmark around the tabs: everything a screen reader lists sits in one. */}
      <nav aria-label="Sections">
        <div class="tabs" role="tablist" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t}
              id={`tab-${t}`}
              type="button"
              role="tab"
              aria-selected={tab === t}
              aria-controls={`panel-${t}`}
              data-testid={`tab-${t}`}
              onClick={() => setTab(t)}
            >
              {TAB_NAMES[t]}
            </button>
          ))}
        </div>
      </nav>
      {settings && lastResult !== undefined && (
        <main>
          <div {...panel('share')} data-testid="panel-share">
            <SharePanel
              client={popupShares}
              defaults={settings.defaults}
              prefill={prefill}
              keptResult={lastResult}
              onDone={() => void forgetLastResult()}
              autoFocus={tab === 'share'}
            />
          </div>
          <div {...panel('generate')} data-testid="panel-generate">
            <GeneratePanel onShare={shareThis} />
          </div>
          <div {...panel('request')} data-testid="panel-request">
            <RequestPanel
              requests={requests}
              client={requestClient}
              visible={tab === 'request'}
              followHint="You get a notification when it is answered."
            />
          </div>
          <div {...panel('sent')} data-testid="panel-sent">
            <SentList shares={shares} client={sentClient} visible={tab === 'sent'} />
          </div>
          <div {...panel('options')} data-testid="panel-options">
            <OptionsPanel settings={settings} />
          </div>
        </main>
      )}
    </div>
  );
}
