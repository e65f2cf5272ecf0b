/** RFC 7396 JSON merge patch: objects merge key by key, `null` removes a key, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const base = isObject(target) ? target : {};
  const keys = new Set([...Object.keys(base), ...Object.keys(patch)]);
  // fromEntries defines own properties: a "__proto__" key stays a key (and fails validation as unknown).
  return Object.fromEntries(
    [...keys].flatMap((key) => {
      if (!Object.hasOwn(patch, key)) return [[key, base[key]]];
      const value = patch[key];
      return value === null ? [] : [[key, mergePatch(base[key], value)]];
    }),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
