// A status region (role="status"): screen readers read out its text when it changes, and it is
// not shown. It has to be in the page before its text changes, so callers always render it and
// vary the text ('' says nothing).
import './visually-hidden.css';

export function StatusRegion(props: { text: string; testid: string }) {
  return (
    <p class="visually-hidden" role="status" data-testid={props.testid}>
      {props.text}
    </p>
  );
}
