/**
 * The form in which names, aliases and shortNames are compared: Unicode-normalized (full-width
 * letters become ASCII), lower-cased, with spaces and the separators "-", "_", "&", ".", "・", "/"
 * removed, so `ConfigMap&Storage` meets `configmapstorage` and `None Selector` meets `None-Selector`.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-_&.・/]+/g, '');
}
