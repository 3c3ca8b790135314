// The home page's Sent tab, loaded the first time it is opened (with its status code): a sender
// who shares once and closes the page never needs it.
import { useMemo } from 'preact/hooks';
import { SentList } from '../ui/SentList';
import type { HomeApi } from './api';
import { useLocalList } from './local-list';
import { homeSentClient } from './sent-client';
import { shareList } from './stores';

export function SentTab(props: { api: HomeApi; visible: boolean }) {
  const client = useMemo(() => homeSentClient(props.api), [props.api]);
  const shares = useLocalList(shareList);
  return (
    <>
      <SentList
        shares={shares}
        client={client}
        visible={props.visible}
        empty="Nothing shared from this page in this browser yet."
      />
      <p class="hint kept-here">
        Kept in this browser only: each share's label, state and a token to follow and revoke it,
        never its link, passphrase or content.
      </p>
    </>
  );
}
