// The request page: reads the link from the address bar, peeks with the link proof (spends
// nothing), decrypts the requester's note here, takes the answer, seals it here to the link's
// public key and sends it once; then the fragment leaves the address bar.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toFailure, type Failure } from '../../shared/messages';
import { parseRequestLink, type RequestLinkParts } from '../../shared/request/link';
import { answerRequest, openRequestNote, requestProof } from '../../shared/request/protocol';
import type { SecretKind } from '../../shared/envelope';
import type { RequestApi } from './api';
import { useT } from './i18n';
import { ClosedView, IncompleteView, LoadErrorView, LoadingView, SentView } from './notices';
import { OpenView } from './open-view';

export type RespondState =
  | { name: 'loading' }
  | { name: 'incomplete' }
  | { name: 'closed'; why: 'answered' | 'expired' | 'revoked' | 'unavailable' }
  | { name: 'load-error'; failure: Failure }
  | { name: 'open'; note: string; expiresAt: string }
  | { name: 'sent'; expiresAt: string };

function readLink(): RequestLinkParts | null {
  try {
    return parseRequestLink(location.href);
  } catch {
    return null;
  }
}

/** The key material leaves the address bar (and history) once nothing is left to do with it. */
function dropFragment() {
  history.replaceState(null, '', location.pathname + location.search);
}

export function App(props: { api: RequestApi }) {
  const { api } = props;
  const link = useMemo(readLink, []);
  const [state, setState] = useState<RespondState>({ name: 'loading' });
  const name = useMemo(
    () =>
      document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content ||
      'oncelink',
    [],
  );
  const title = useT()(`title.${state.name}`);
  useEffect(() => {
    document.title = `${title} · ${name}`;
  }, [title, name]);

  // A link pasted into this tab differs only after '#': browsers do not reload for that.
  useEffect(() => {
    const restart = () => location.reload();
    window.addEventListener('hashchange', restart);
    return () => window.removeEventListener('hashchange', restart);
  }, []);

  useEffect(() => {
    if (state.name !== 'loading') return;
    if (!link) return setState({ name: 'incomplete' });
    let live = true;
    (async () => {
      const peek = await api.peek(link.id, await requestProof(link));
      if (peek.state !== 'open') return { name: 'closed', why: peek.state } as const;
      const note = await openRequestNote(link, peek);
      return { name: 'open', note, expiresAt: peek.expiresAt } as const;
    })().then(
      (next) => {
        if (!live) return;
        if (next.name === 'closed') dropFragment();
        setState(next);
      },
      (err: unknown) => {
        if (!live) return;
        const failure = toFailure(err);
        if (failure.code === 'BAD_LINK' || failure.code === 'DECRYPT_FAILED') {
          setState({ name: 'incomplete' });
        } else setState({ name: 'load-error', failure });
      },
    );
    return () => {
      live = false;
    };
  }, [state.name, link, api]);

  /** Seals and sends; resolves with a failure to show, or moves the page on. */
  async function send(value: string, kind: SecretKind): Promise<Failure | null> {
    if (!link || state.name !== 'open') return null;
    try {
      // The server's own limit, not the default: TOO_LARGE before anything is sealed or sent.
      const { maxSecretBytes } = await api.limits();
      const r = await api.answer(await answerRequest(link, { kind, value, maxSecretBytes }));
      dropFragment();
      setState({ name: 'sent', expiresAt: r.expiresAt });
      return null;
    } catch (err) {
      const failure = toFailure(err);
      if (failure.code === 'ALREADY_ANSWERED' || failure.code === 'UNAVAILABLE') {
        dropFragment();
        setState({
          name: 'closed',
          why: failure.code === 'UNAVAILABLE' ? 'unavailable' : 'answered',
        });
        return null;
      }
      return failure;
    }
  }

  switch (state.name) {
    case 'loading':
      return <LoadingView />;
    case 'incomplete':
      return <IncompleteView />;
    case 'closed':
      return <ClosedView why={state.why} />;
    case 'load-error':
      return (
        <LoadErrorView failure={state.failure} onRetry={() => setState({ name: 'loading' })} />
      );
    case 'open':
      return <OpenView note={state.note} expiresAt={state.expiresAt} onSend={send} />;
    case 'sent':
      return <SentView />;
  }
}
