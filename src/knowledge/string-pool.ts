/**
 * A pool that hands back the first string seen of each value. Every string a database driver returns
 * is a copy of its own: at 50,000 resources the same docs URL, verbs, apiVersion, fact label or a
 * name repeated as kind and local name are hundreds of thousands of strings, tens of megabytes that
 * every major GC marks. The pool lives as long as one build; the strings it hands out outlive it.
 */
export function stringPool(): <S extends string | null>(value: S) => S {
  const pool = new Map<string, string>();
  return <S extends string | null>(value: S): S => {
    if (value === null) return value;
    const known = pool.get(value);
    if (known !== undefined) return known as S;
    pool.set(value, value);
    return value;
  };
}
