export interface Option {
  value: string;
  label: string;
}

/** The `<option>`s of a select, one a choice, in the order given. */
export function OptionList({ options }: { options: readonly Option[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
