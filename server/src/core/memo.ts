// A bounded memo for what texts repeat thousands of times (words to fold, symbols to key, type
// words, issuer names): each value is worked out once, and all are forgotten when there are too many.

export function memoized<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    // one lookup for the common case, a hit; `has` only for a value that is itself undefined
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    if (known.size >= limit) known.clear();
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
}
