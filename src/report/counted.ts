/** "1 finding", "3 findings": a count with its noun (English, regular plural). */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
