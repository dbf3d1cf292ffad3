import Link from 'next/link';

interface Props {
  shown: number;
  total: number;
  /** "Показаны первые 200 из 12 345 — " */
  text: (shown: number, total: number) => string;
  /** Where the whole list is, with its label. */
  href?: string;
  linkLabel?: string;
}

/** Under a list cut to its first rows: how many are shown, and where the rest is. Nothing when the list is whole. */
export function ListLimitNote({ shown, total, text, href, linkLabel }: Props) {
  if (shown >= total) return null;
  return (
    <p className="list-limit" data-testid="list-limit">
      {text(shown, total)}
      {href && linkLabel && <Link href={href}>{linkLabel}</Link>}
    </p>
  );
}
