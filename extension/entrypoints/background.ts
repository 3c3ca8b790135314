// The service worker (Firefox: event page). It only wires browser events to extension/lib;
// listeners are added synchronously at start so that events waking the worker reach them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForRequests } from '../lib/bridge-handler';
import { LANGUAGE_KEY } from '../lib/language';
import { onOpenMenuClicked } from '../lib/open-link';
import { POLL_ALARM } from '../lib/poll-schedule';
import { sweepSession } from '../lib/session-sweep';
import { onCommand, onMenuClicked, registerMenu } from '../lib/share-selection';
import { pollAndSchedule } from '../lib/status-poller';
import { SWEEP_ALARM } from '../lib/sweep-alarm';

function report(what: string) {
  return (err: unknown) => console.error(`${what} failed`, err);
}

export default defineBackground(() => {
  // Each start of the worker (install, browser start, a wake after idling) deletes what
  // storage.session kept past its time, whether or not its alarm fired meanwhile.
  sweepSession().catch(report('session sweep'));
  // Menus persist in the browser, but only if created once per install or update; on startup
  // too, since Firefox's event pages may drop them with the session.
  const setUp = () => {
    registerMenu().catch(report('menu setup'));
    void pollAndSchedule(); // Resumes polling for shares still pending from last time.
  };
  browser.runtime.onInstalled.addListener(setUp);
  browser.runtime.onStartup.addListener(setUp);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClicked(info, tab).catch(report('share selection'));
    onOpenMenuClicked(info).catch(report('open link'));
  });
  // The "Open with oncelink" item follows the configured server, the titles the language.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.settings || changes[LANGUAGE_KEY])) {
      registerMenu().catch(report('menu setup'));
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    onCommand(command, tab).catch(report('share selection'));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollAndSchedule();
    if (alarm.name === SWEEP_ALARM) sweepSession().catch(report('session sweep'));
  });
  browser.notifications.onClicked.addListener((id) => {
    void browser.notifications.clear(id);
    // An answered request opens the Request tab, where its answer can be read.
    const tab = id.startsWith('answered:') ? 'request' : 'sent';
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tab}`) });
  });
  listenForRequests();
});
