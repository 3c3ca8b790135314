// The home page's tabs: buttons in a tablist (arrow keys move between them), each panel kept
// mounted while hidden so switching never loses what was typed.
import type { ComponentChildren } from 'preact';

export function Tabs<T extends string>(props: {
  tabs: readonly T[];
  names: Record<T, string>;
  current: T;
  onSelect: (t: T) => void;
  label: string;
}) {
  const { tabs, current } = props;
  const move = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length]!;
    props.onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="home-tabs" role="tablist" aria-label={props.label} onKeyDown={move}>
      {tabs.map((t) => (
        <button
          key={t}
          id={`tab-${t}`}
          type="button"
          role="tab"
          aria-selected={current === t}
          aria-controls={`panel-${t}`}
          tabIndex={current === t ? 0 : -1}
          data-testid={`tab-${t}`}
          onClick={() => props.onSelect(t)}
        >
          {props.names[t]}
        </button>
      ))}
    </div>
  );
}

export function TabPanel(props: { id: string; current: string; children: ComponentChildren }) {
  return (
    <div
      id={`panel-${props.id}`}
      role="tabpanel"
      aria-labelledby={`tab-${props.id}`}
      hidden={props.current !== props.id}
      data-testid={`panel-${props.id}`}
    >
      {props.children}
    </div>
  );
}
