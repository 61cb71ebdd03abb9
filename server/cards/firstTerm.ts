/**
 * The first term a new council starts in: 第1期, two fiscal years (April to March, as councils
 * and the 障害福祉計画 count them) from the fiscal year of `today`. The secretariat renames it.
 */
export function firstTerm(today: Date): { name: string; startsOn: string; endsOn: string } {
  const year = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  return { name: '第1期', startsOn: `${year}-04-01`, endsOn: `${year + 2}-03-31` };
}
