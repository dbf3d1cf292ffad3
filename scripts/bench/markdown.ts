/** Markdown helpers of the results file. */
export function short(scale: number): string {
  return scale >= 1_000_000 ? `${scale / 1_000_000}M` : `${scale / 1_000}k`;
}

export function n(value: number): string {
  return value.toLocaleString('en').replace(/,/g, ' ');
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''].join('\n');
}

