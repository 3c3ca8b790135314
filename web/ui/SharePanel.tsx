// Share: the form, then the result. The client does the work (the extension's background, or the
// home page's worker); this view holds the plaintext only while it is being edited and drops it
// once the share exists.
import { useEffect, useState } from 'preact/hooks';
import { FILE_BYTES } from '../../shared/limits';
import type { ServerConfig } from '../../shared/server-config';
import { fileProblem, readFile } from './FilePicker';
import type { ComponentChildren } from 'preact';
import type { SecretKind } from '../../shared/envelope';
import { errorText, type ShareClient, type ShareResult as Result, type ShareStep } from './clients';
import type { ShareOptions } from './share-options';
import { ShareForm, type ShareDraft } from './ShareForm';
import { ShareResult } from './ShareResult';
import { StatusRegion } from './StatusRegion';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';

export interface Prefill {
  value: string;
  kind: SecretKind;
  note?: string | null;
}

interface Props {
  client: ShareClient;
  defaults: ShareOptions;
  /** Replaces the draft whenever a new object is passed (a selection, "Share this"). */
  prefill?: Prefill | null;
  /** A result kept elsewhere (the popup's, last-result.ts): shown when it appears. */
  keptResult?: Result | null;
  /** "Done" on the result: the caller forgets any copy it kept. */
  onDone?: () => void;
  /** Where to follow a share, said under the result ("Follow it under Sent."). */
  followHint?: string;
  /** Shown while a share is made, given its step (the home page's progress). */
  progress?: (step: ShareStep) => ComponentChildren;
  /** Focus the secret when the form first shows (the popup: it is opened to share). */
  autoFocus?: boolean;
}

export function SharePanel(props: Props) {
  const { client, defaults, prefill, keptResult, onDone } = props;
  const t = useT(panels);
  const blank = (): ShareDraft => ({ value: '', options: { ...defaults }, label: '', file: null });
  const [draft, setDraft] = useState<ShareDraft>(blank);
  const [kind, setKind] = useState<SecretKind>('text');
  const [note, setNote] = useState<string | null>(null);
  const [step, setStep] = useState<ShareStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // The server's limits, asked once; until they answer, the defaults (the server checks again).
  const [limits, setLimits] = useState<ServerConfig | null>(null);
  useEffect(() => {
    client.limits().then(setLimits, () => setLimits(null));
  }, [client]);
  const [result, setResult] = useState<Result | null>(keptResult ?? null);
  // Read out by screen readers (a status region, present before its text changes): the steps a
  // sighted user sees on a disabled button and in a result that replaces the form.
  const [status, setStatus] = useState('');
  // Each increase moves focus to the secret: first shown (autoFocus), filled in, or Done.
  const [focusSecret, setFocusSecret] = useState(props.autoFocus ? 1 : 0);

  useEffect(() => {
    if (keptResult) setResult(keptResult);
  }, [keptResult]);

  // New defaults (saved in Options) apply to the draft at once (compared by value: the settings
  // object is re-read on every storage change).
  const defaultsKey = JSON.stringify(defaults);
  useEffect(() => {
    setDraft((d) => ({ ...d, options: { ...defaults } }));
  }, [defaultsKey]);

  useEffect(() => {
    if (!prefill) return;
    setDraft((d) => ({ ...d, value: prefill.value, file: null }));
    setKind(prefill.kind);
    setNote(prefill.note ?? null);
    setResult(null);
    setError(null);
    setFocusSecret((n) => n + 1);
  }, [prefill]);

  const takeFiles = (files: FileList) => {
    const problem = fileProblem(files, limits?.maxFileBytes ?? FILE_BYTES.default, t);
    setFileError(problem);
    setError(null);
    if (problem) return;
    readFile(files[0]!).then(
      (file) => setDraft((d) => ({ ...d, file })),
      () => setFileError(t('file.unreadable')),
    );
  };

  const edit = (next: ShareDraft) => {
    // A generated value that the user edits is no longer what the generator made.
    if (next.value !== draft.value && kind !== 'text') setKind('text');
    setDraft(next);
    setError(null); // The last attempt's message no longer describes what is on screen.
    setFileError(null);
  };

  const submit = async () => {
    setStep('derive');
    setError(null);
    setStatus(t('status.encrypting'));
    try {
      const { value, options, label, file } = draft;
      setResult(await client.create({ value, kind, options, label, file }, setStep));
      setDraft(blank()); // The plaintext is not needed any more: forget it.
      setKind('text');
      setNote(null);
      setStatus(t('status.ready'));
    } catch (err) {
      setError(errorText(err));
      setStatus(''); // The error is an alert of its own.
    } finally {
      setStep(null);
    }
  };

  return (
    <>
      <StatusRegion testid="share-status" text={status} />
      {result ? (
        <ShareResult
          result={result}
          followHint={props.followHint}
          onDone={() => {
            setResult(null);
            setStatus('');
            setFocusSecret((n) => n + 1); // Back where the next share starts.
            onDone?.();
          }}
        />
      ) : (
        <ShareForm
          draft={draft}
          onChange={edit}
          onSubmit={submit}
          busy={step !== null}
          error={error}
          note={note}
          kindLabel={kind === 'text' ? null : t(`kind.${kind}`)}
          progress={step && props.progress ? props.progress(step) : null}
          focusSecret={focusSecret}
          maxSecretBytes={limits?.maxSecretBytes}
          onFiles={takeFiles}
          fileError={fileError}
        />
      )}
    </>
  );
}
