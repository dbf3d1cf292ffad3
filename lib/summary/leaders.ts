/**
 * The items a sentence may call leaders ("больше всего мероприятий в сферах: …"): at most `limit`,
 * biggest first, and never a list of ties:
 * - items tied at the lowest value are left out when more than one shares it (three spheres with
 *   one event each are not "the most");
 * - a tie is never split by the cut: when the last place is shared with an item beyond it, the
 *   whole tied group is left out.
 * Everything tied: no leaders at all.
 */
export function leaders<T>(items: T[], value: (item: T) => number, limit: number): T[] {
  const sorted = items.filter((item) => value(item) > 0).sort((a, b) => value(b) - value(a));
  if (sorted.length < 2) return sorted;
  const lowest = value(sorted.at(-1)!);
  const atLowest = sorted.filter((item) => value(item) === lowest).length;
  const candidates = atLowest > 1 ? sorted.filter((item) => value(item) > lowest) : sorted;
  if (candidates.length <= limit) return candidates;
  const cut = value(candidates[limit - 1]!);
  const beyond = value(candidates[limit]!);
  return cut === beyond ? candidates.slice(0, limit).filter((item) => value(item) > cut) : candidates.slice(0, limit);
}
