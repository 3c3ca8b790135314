// What an item of the Sent list and of the requests list share: a title with its state as a
// badge and a line of times, and actions that keep the item's buttons disabled while one runs.
import { useState } from 'preact/hooks';

export function ItemHeading(props: {
  title: string;
  state: string;
  stateText: string;
  /** data-testid of the badge. */
  testid: string;
  line: string;
}) {
  return (
    <>
      <div class="row spread">
        <div class="title">{props.title}</div>
        <span class={`badge ${props.state}`} data-testid={props.testid}>
          {props.stateText}
        </span>
      </div>
      <div class="meta">{props.line}</div>
    </>
  );
}

/**
 * `working` while an action runs; `act(fn)` makes the click handler that runs `fn(id)`, then
 * `after` (whether it worked or not).
 */
export function useItemActions(id: string, after: () => void = () => {}) {
  const [working, setWorking] = useState(false);
  const act = (fn: (id: string) => Promise<void>) => async () => {
    setWorking(true);
    try {
      await fn(id);
    } finally {
      setWorking(false);
      after();
    }
  };
  return { working, act };
}
