// Words that make a question a comparison, in either language.
// 「間違って」(by mistake) holds 違っ without comparing anything. "Should I use a Lease or a ConfigMap" weighs two choices.
const COMPARING = /(?<!間)違[いうっ]|(?<!ま)ちが[いうっ]|比較|比べ|差分|どちら|どっち|使い分け|\bvs\.?(?=\s|$)|\bversus\b|\bdiffer(?:ence|ences|s)?\b|\bcompar(?:e|ed|ing|ison)\b|\bwhich (?:one|is better|should)\b|\bbetter than\b|\binstead of\b|\bshould (?:i|we)\b[^?.]*\bor\b/iu;

/** Whether a question asks to compare things ("NodePortとExternalIPの違い", "difference between Job and CronJob"). */
export function asksToCompare(question: string): boolean {
  return COMPARING.test(question.normalize('NFKC'));
}
