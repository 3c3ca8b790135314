// The home page at /: what oncelink is, then Share, Generate, Request (ask for a secret) and Sent, on the
// same components as the extension's popup (web/ui) with clients that do the work in this page;
// then where to get the extension and the CLI, and what trusting a web page means. With
// WEB_SHARE=off the page shares nothing and points to the extension and the CLI.
import { useMemo, useState } from 'preact/hooks';
import type { ShareStep } from '../ui/clients';
import { defaultGeneratorPrefs } from '../ui/generator-state';
import { ShareGenerator } from '../ui/ShareGenerator';
import { SharePanel, type Prefill } from '../ui/SharePanel';
import { DEFAULT_SHARE_OPTIONS } from '../ui/share-options';
import { StepProgress } from '../ui/StepProgress';
import { tabPanel, Tabs } from '../ui/Tabs';
import { GetClients, Intro, TrustNote } from './About';
import type { HomeApi } from './api';
import { Lazy } from './lazy';
import type { HomeSettings } from './settings';
import { homeShareClient } from './share-client';

const TABS = ['share', 'generate', 'request', 'sent'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAMES: Record<Tab, string> = {
  share: 'Share',
  generate: 'Generate',
  request: 'Request',
  sent: 'Sent',
};

const generatorDefaults = defaultGeneratorPrefs();

const STEPS = ['derive', 'upload'] as const;
const STEP_LABELS: Record<ShareStep, string> = {
  derive: 'Encrypting: deriving the key from a fresh passphrase',
  upload: 'Uploading the ciphertext',
};

function Tools(props: { api: HomeApi; origin: string }) {
  const { api, origin } = props;
  const shareClient = useMemo(() => homeShareClient(api, origin), [api, origin]);
  const [tab, setTab] = useState<Tab>('share');
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  return (
    <section class="card tools" aria-label="Share, generate, ask">
      <Tabs tabs={TABS} names={TAB_NAMES} current={tab} onSelect={setTab} class="home-tabs" />
      <div {...tabPanel('share', tab)}>
        <SharePanel
          client={shareClient}
          defaults={DEFAULT_SHARE_OPTIONS}
          prefill={prefill}
          followHint="Follow it under Sent, in this browser."
          progress={(step) => (
            <StepProgress steps={STEPS} labels={STEP_LABELS} step={step} label="Making the share" />
          )}
        />
      </div>
      <div {...tabPanel('generate', tab)}>
        <ShareGenerator
          initial={generatorDefaults}
          onShare={(value, kind) => {
            setPrefill({ value, kind });
            setTab('share');
          }}
        />
      </div>
      <div {...tabPanel('request', tab)}>
        <Lazy wanted={tab === 'request'} load={() => import('./request-tab')}>
          {(m) => <m.RequestTab api={api} origin={origin} visible={tab === 'request'} />}
        </Lazy>
      </div>
      <div {...tabPanel('sent', tab)}>
        <Lazy wanted={tab === 'sent'} load={() => import('./sent-tab')}>
          {(m) => <m.SentTab api={api} visible={tab === 'sent'} />}
        </Lazy>
      </div>
    </section>
  );
}

function SharingOff(props: { name: string }) {
  return (
    <section class="card notice" data-testid="web-share-off" aria-labelledby="off-title">
      <h2 id="off-title">Sharing from this page is turned off</h2>
      <p>
        The operator of this {props.name} server has chosen not to offer sharing in a web page. Use
        the browser extension or the command line below: they encrypt on your device with code you
        installed. Links you receive still open here.
      </p>
    </section>
  );
}

export function App(props: { api: HomeApi; settings: HomeSettings; origin: string }) {
  const { settings, origin } = props;
  return (
    <>
      <Intro name={settings.name} />
      {settings.webShare ? (
        <Tools api={props.api} origin={origin} />
      ) : (
        <SharingOff name={settings.name} />
      )}
      <GetClients settings={settings} origin={origin} />
      {settings.webShare && <TrustNote />}
    </>
  );
}
