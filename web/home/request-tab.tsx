// "Ask for a secret" on the home page, loaded only when that tab is first opened: HPKE and the
// request code are a third of the page's JavaScript, and a sender who only shares never needs them.
import { useMemo } from 'preact/hooks';
import { RequestPanel } from '../ui/RequestPanel';
import type { HomeApi } from './api';
import { useLocalList } from './local-list';
import { homeRequestClient } from './request-client';
import { requestList } from './stores';

export function RequestTab(props: { api: HomeApi; origin: string; visible: boolean }) {
  const client = useMemo(() => homeRequestClient(props.api, props.origin), [props.api]);
  const requests = useLocalList(requestList);
  return (
    <RequestPanel
      requests={requests}
      client={client}
      visible={props.visible}
      followHint="Its state shows here while this page is open. Read the answer here, in this browser: only it holds the key."
    />
  );
}
