import type { Key, ReactNode } from 'react';

interface Props<Item> {
  items: readonly Item[];
  itemKey: (item: Item) => Key;
  /** The content of one item's `<li>`. */
  children: (item: Item) => ReactNode;
  /** Shown instead of the list when there are no items. */
  empty?: ReactNode;
}

/** A list without bullets (`ul.plain-list`), one `<li>` an item; `empty` instead when there is none. */
export function PlainList<Item>({ items, itemKey, children, empty }: Props<Item>) {
  if (items.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={itemKey(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}
