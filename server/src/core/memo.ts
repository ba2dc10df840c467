// A bounded memo for what texts repeat thousands of times (words to fold, symbols to key, type
// words, issuer names): each value is worked out once, and all are forgotten when there are too many.

export function memoized<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
