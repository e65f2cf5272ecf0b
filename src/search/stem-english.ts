/**
 * A light English stemmer: folds plurals and the common verb endings onto one form
 * (`deployments` → `deployment`, `scheduling`/`scheduled` → `schedul`), enough for a knowledge
 * base of nouns; prefix and fuzzy matching in the index cover the rest.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return dropDoubled(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return dropDoubled(word.slice(0, -2));
  return word;
}

// "running" → "runn" → "run": the doubled consonant belongs to the ending.
function dropDoubled(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
}
