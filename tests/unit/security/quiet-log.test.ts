import { describe, expect, test } from 'vitest';
import { logRefusal } from '@/lib/security/quiet-log';

describe('logRefusal', () => {
  test('one line per kind and minute, then a line with the count of the ones left out', () => {
    const lines: string[] = [];
    const write = (line: string) => lines.push(line);
    for (let i = 0; i < 1000; i++) logRefusal('test kind', 'garbage\nwith a newline', 1_000 + i, write);
    expect(lines).toEqual(['refused test kind: garbage with a newline']);
    logRefusal('test kind', 'again', 62_000, write);
    expect(lines[1]).toBe('refused test kind: again (999 more of this kind in the last minute)');
    logRefusal('other kind', 'x', 62_001, write);
    expect(lines).toHaveLength(3);
  });
});
