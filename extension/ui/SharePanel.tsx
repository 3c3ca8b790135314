// Share: the form, then the result. The background does the work (bridge.ts); this view holds
// the plaintext only while it is being edited and drops it once the share exists.
import { useEffect, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import { BridgeError, callBackground } from '../lib/bridge';
import { forgetLastResult } from '../lib/last-result';
import type { ShareResult as Result } from '../lib/share-flow';
import type { ShareOptions } from '../lib/share-options';
import { ShareForm, type ShareDraft } from './ShareForm';
import { ShareResult } from './ShareResult';
import { KIND_LABELS } from './kinds';

export interface Prefill {
  value: string;
  kind: SecretKind;
  note?: string | null;
}

interface Props {
  defaults: ShareOptions;
  /** Replaces the draft whenever a new object is passed (a selection, "Share this"). */
  prefill?: Prefill | null;
  /** The popup's last result (last-result.ts): shown when it appears, e.g. on reopening. */
  keptResult?: Result | null;
  /** Popup: keep the result in memory for a reopened popup (last-result.ts). */
  remember?: boolean;
  onDone?: () => void;
}

export function SharePanel({ defaults, prefill, keptResult, remember, onDone }: Props) {
  const blank = (): ShareDraft => ({ value: '', options: { ...defaults }, label: '' });
  const [draft, setDraft] = useState<ShareDraft>(blank);
  const [kind, setKind] = useState<SecretKind>('text');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(keptResult ?? null);

  useEffect(() => {
    if (keptResult) setResult(keptResult);
  }, [keptResult]);

  // New defaults saved in Options apply to the draft at once (compared by value: the settings
  // object is re-read on every storage change).
  const defaultsKey = JSON.stringify(defaults);
  useEffect(() => {
    setDraft((d) => ({ ...d, options: { ...defaults } }));
  }, [defaultsKey]);

  useEffect(() => {
    if (!prefill) return;
    setDraft((d) => ({ ...d, value: prefill.value }));
    setKind(prefill.kind);
    setNote(prefill.note ?? null);
    setResult(null);
    setError(null);
  }, [prefill]);

  const edit = (next: ShareDraft) => {
    // A generated value that the user edits is no longer what the generator made.
    if (next.value !== draft.value && kind !== 'text') setKind('text');
    setDraft(next);
    setError(null); // The last attempt's message no longer describes what is on screen.
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await callBackground({
        type: 'share.create',
        request: { value: draft.value, kind, options: draft.options, label: draft.label, remember },
      });
      setResult(created);
      setDraft(blank()); // The plaintext is not needed any more: forget it.
      setKind('text');
      setNote(null);
    } catch (err) {
      setError(err instanceof BridgeError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <ShareResult
        result={result}
        onDone={() => {
          setResult(null);
          if (remember) void forgetLastResult();
          onDone?.();
        }}
      />
    );
  }
  return (
    <ShareForm
      draft={draft}
      onChange={edit}
      onSubmit={submit}
      busy={busy}
      error={error}
      note={note}
      kindLabel={KIND_LABELS[kind] ?? null}
    />
  );
}
