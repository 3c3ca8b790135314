// The recipient page: reads the link from the address bar, peeks (spends nothing), takes the
// passphrase, unlocks in a worker, reveals, decrypts locally, drops the fragment. The states and
// their transitions are state.ts; this file runs the effects and picks the view.
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { ProtocolError } from '../../shared/errors';
import { parseLink, type LinkParts } from '../../shared/link';
import { toFailure } from '../../shared/messages';
import { newReceipt, retryLostAnswer } from '../../shared/recipient';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT } from '../ui/language';
import type { Api } from './api';
import {
  DestroyedView,
  FailedView,
  IncompleteLinkView,
  LoadErrorView,
  LoadingView,
  UnavailableView,
} from './notice-views';
import { forget, keep, kept } from './grace-store';
import type { ProtocolWorker } from './protocol-worker-client';
import { ReadyView } from './ready-view';
import { RevealedFile } from './revealed-file';
import { RevealedSecret } from './revealed-secret';
import { checkLocation, initialState, reduce, REVEALED_MARK } from './state';

/** Performance marks around an unlock; the benchmark reads them (tests/bench/page.ts). */
export const MARKS = {
  start: 'oncelink:unlock-start',
  derived: 'oncelink:derived',
  fetched: 'oncelink:fetched',
  decrypted: 'oncelink:decrypted',
} as const;

/** The service's name: oncelink, or the operator's (BRAND_NAME, written in by the server). */
function serviceName(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="application-name"]');
  return meta?.content || 'oncelink';
}

/** docs/protocol.md#reveal: a lost answer is asked for again 1, 2 and 4 s later. */
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/** The link in the address bar or, when its fragment is gone, the one this tab kept for a
 * reveal still in its grace (grace-store.ts). */
function readLink(): LinkParts | null {
  try {
    return parseLink(location.href);
  } catch {
    const id = /\/s\/([A-Za-z0-9_-]{22})\/?$/.exec(location.pathname)?.[1];
    const k = id ? kept(id) : null;
    if (!k) return null;
    try {
      return parseLink(`${location.origin}${location.pathname}#${k.fragment}`);
    } catch {
      return null;
    }
  }
}

/**
 * The key material leaves the address bar (and history). When nothing is left to read, a mark
 * in history.state lets a reload say "not available" rather than "check the link".
 */
function dropFragment(spent: boolean) {
  history.replaceState(
    spent ? { [REVEALED_MARK]: true } : null,
    '',
    location.pathname + location.search,
  );
}

export function App(props: {
  api: Api;
  worker: ProtocolWorker;
  /**
   * The link, when it is not in the address bar: the extension's open window is handed it
   * (extension/ui/OpenWindow.tsx), so there is no fragment to drop and no hash to follow.
   */
  link?: LinkParts | null;
}) {
  const { api, worker } = props;
  const handed = props.link !== undefined;
  const [state, dispatch] = useReducer(reduce, initialState);
  const link = useMemo(() => (handed ? (props.link ?? null) : readLink()), []);
  const drop = handed ? () => undefined : dropFragment;
  const busy = useRef(false);

  const name = useMemo(serviceName, []);
  const t = useT(recipient);
  const title = t(`title.${state.name}`);
  useEffect(() => {
    document.title = `${title} · ${name}`;
  }, [title, name]);

  // A link pasted into this tab differs only after '#': browsers do not reload for that. Start
  // over with it, unless a secret is on screen (that would lose it).
  const revealed = state.name === 'revealed';
  useEffect(() => {
    if (revealed || handed) return;
    const restart = () => location.reload();
    window.addEventListener('hashchange', restart);
    return () => window.removeEventListener('hashchange', restart);
  }, [revealed, handed]);

  // Loading: check the link, then peek. Runs again on retry (load-error → loading).
  useEffect(() => {
    if (state.name !== 'loading') return;
    if (!link) {
      const c = handed
        ? ({ ok: false, why: 'incomplete' } as const)
        : checkLocation(location.hash, history.state, false);
      dispatch({
        type: !c.ok && c.why === 'already-revealed' ? 'already-revealed' : 'link-incomplete',
      });
      return;
    }
    const resumed = kept(link.id);
    if (resumed) {
      // A viewed record answers peek no more: what it said before is kept (no key among it).
      dispatch({ type: 'resumed', secret: resumed.secret });
      return;
    }
    let live = true;
    worker
      .access(link)
      .then((access) => api.peek(access))
      .then(
        (result) => live && dispatch({ type: 'peeked', result }),
        (err: unknown) => live && dispatch({ type: 'peek-failed', failure: toFailure(err) }),
      );
    return () => {
      live = false;
    };
  }, [state.name, link, api, worker]);

  // The form's first check starts the worker; end it, and the keys in its memory, once no unlock
  // can follow.
  const over = !['loading', 'load-error', 'ready'].includes(state.name);
  useEffect(() => {
    if (over) worker.dispose();
  }, [over, worker]);

  async function unlock(passphrase: string) {
    if (state.name !== 'ready' || busy.current || !link) return;
    busy.current = true;
    try {
      // Incomplete or unknown words are said at once; nothing is derived or sent for them.
      if ((await worker.check(passphrase)).canonical === null) {
        throw new ProtocolError('BAD_PASSPHRASE', 'the passphrase is incomplete');
      }
      performance.clearMarks();
      performance.mark(MARKS.start);
      dispatch({ type: 'unlock-step', step: 'derive' });
      const { salt, kdf } = state.secret;
      const { id, linkKey, check } = link;
      const authKey = await worker.unlock({ id, linkKey, check, passphrase, salt, kdf });
      performance.mark(MARKS.derived);
      dispatch({ type: 'unlock-step', step: 'reveal' });
      const access = await worker.access(link);
      // One receipt for this reveal and its retries, kept (with the fragment, never the
      // passphrase) so that a reload within the grace can ask again (docs/protocol.md#grace).
      const receipt = kept(link.id)?.receipt ?? newReceipt();
      const fragment = location.hash.slice(1) || (kept(link.id)?.fragment ?? '');
      keep({ id: link.id, receipt, fragment, secret: state.secret });
      const sealed = await retryLostAnswer(
        () => api.reveal(access, authKey, receipt),
        RETRY_DELAYS_MS,
      );
      performance.mark(MARKS.fetched);
      dispatch({ type: 'unlock-step', step: 'decrypt' });
      const opened = await worker.open({
        id: link.id,
        iv: sealed.iv,
        ciphertext: sealed.ciphertext,
      });
      performance.mark(MARKS.decrypted);
      forget(link.id);
      // Best effort: without it the server drops the kept answer when the grace ends anyway.
      api.ack(access, receipt).catch(() => {});
      drop(sealed.viewsLeft === 0);
      dispatch({ type: 'revealed', content: opened, viewsLeft: sealed.viewsLeft });
    } catch (err) {
      const failure = toFailure(err);
      // Destroyed or spent-but-unreadable: the link is of no further use.
      const { code, details } = failure;
      // An answer, not a lost one: nothing is left to ask for again with this receipt.
      if (!['NETWORK', 'CHECK_MISMATCH', 'BAD_PASSPHRASE'].includes(code)) forget(link.id);
      if (code === 'DECRYPT_FAILED' || code === 'BAD_ENVELOPE') drop(true);
      if (code === 'WRONG_PASSPHRASE' && details.attemptsLeft === 0) drop(true);
      dispatch({ type: 'unlock-failed', failure });
    } finally {
      busy.current = false;
    }
  }

  switch (state.name) {
    case 'loading':
      return <LoadingView />;
    case 'incomplete':
      return <IncompleteLinkView />;
    case 'unavailable':
      return <UnavailableView />;
    case 'load-error':
      return (
        <LoadErrorView failure={state.failure} onRetry={() => dispatch({ type: 'retry-load' })} />
      );
    case 'ready':
      return <ReadyView state={state} worker={worker} onSubmit={(p) => void unlock(p)} />;
    case 'revealed':
      if (state.content.kind === 'file') {
        return <RevealedFile file={state.content.file} viewsLeft={state.viewsLeft} />;
      }
      return (
        <RevealedSecret
          kind={state.content.kind}
          value={state.content.value}
          viewsLeft={state.viewsLeft}
        />
      );
    case 'destroyed':
      return <DestroyedView failure={state.failure} />;
    case 'failed':
      return <FailedView failure={state.failure} />;
  }
}
