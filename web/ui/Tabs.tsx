// Tabs of the popup and the home page: buttons in a tablist, each panel kept mounted while hidden
// so switching never loses what was typed. Every tab stays a Tab stop (Tab and Enter reach each
// one); arrows move along them too, as screen-reader users expect of a tab list.

export function Tabs<T extends string>(props: {
  tabs: readonly T[];
  names: Record<T, string>;
  current: T;
  onSelect: (t: T) => void;
  /** The tablist's class (the popup's and the page's styles differ). */
  class: string;
}) {
  const { tabs, current } = props;
  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length]!;
    props.onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class={props.class} role="tablist" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t}
          id={`tab-${t}`}
          type="button"
          role="tab"
          aria-selected={current === t}
          aria-controls={`panel-${t}`}
          data-testid={`tab-${t}`}
          onClick={() => props.onSelect(t)}
        >
          {props.names[t]}
        </button>
      ))}
    </div>
  );
}

/** The attributes of the panel of tab `id` (hidden unless current). */
export function tabPanel(id: string, current: string) {
  return {
    id: `panel-${id}`,
    role: 'tabpanel' as const,
    'aria-labelledby': `tab-${id}`,
    hidden: current !== id,
    'data-testid': `panel-${id}`,
  };
}
