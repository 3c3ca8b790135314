// Small form controls shared by the option panels.

/** A number as typed: an empty field is NaN, so the caller reports it instead of guessing. */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  testid: string;
  onInput: (n: number) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={Number.isNaN(props.value) ? '' : props.value}
        data-testid={props.testid}
        onInput={(e) => {
          const raw = e.currentTarget.value.trim();
          props.onInput(raw === '' ? NaN : Number(raw));
        }}
      />
    </label>
  );
}

export function Check(props: {
  label: string;
  checked: boolean;
  testid: string;
  onChange: (v: boolean) => void;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testid}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
