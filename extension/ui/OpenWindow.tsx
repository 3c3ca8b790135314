// The window "Open a link" and "Open with oncelink" open: the recipient page's own app
// (web/recipient: peek, the typo-proof passphrase field, Argon2id in its worker, reveal,
// decrypt, shown once with copy), run from the extension's files instead of the server's. The
// link comes once from the background's memory-only stash; it never is in this window's URL.
// The Request tab's "Read the answer" opens it too (?answer=<request id>): AnswerWindow.tsx.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseLink, type LinkParts } from '../../shared/link';
import { createApi } from '../../web/recipient/api';
import { App } from '../../web/recipient/app';
import { createProtocolWorker } from '../../web/recipient/protocol-worker-client';
import { callBackground } from '../lib/bridge';
import { AnswerWindow } from './AnswerWindow';

type Handed = { link: LinkParts | null } | null;

async function takeLink(): Promise<LinkParts | null> {
  const id = new URLSearchParams(location.search).get('req');
  if (!id) return null;
  try {
    const link = await callBackground({ type: 'link.take', id });
    return link ? parseLink(link) : null;
  } catch {
    return null; // Said as "incomplete link" by the app: open it again from the popup.
  }
}

export function OpenWindow() {
  const answer = new URLSearchParams(location.search).get('answer');
  return answer ? <AnswerWindow id={answer} /> : <LinkWindow />;
}

function LinkWindow() {
  const [handed, setHanded] = useState<Handed>(null);
  useEffect(() => void takeLink().then((link) => setHanded({ link })), []);
  const worker = useMemo(createProtocolWorker, []);
  if (!handed) return null;
  const api = createApi(handed.link?.publicUrl ?? location.origin);
  return <App api={api} worker={worker} link={handed.link} />;
}
