// Words that make a question a comparison, in either language.
// 「間違って」(by mistake) holds 違っ without comparing anything. "Should I use a Lease or a ConfigMap" weighs two choices.
const COMPARING = /(?<!間)違[いうっ]|(?<!ま)ちが[いうっ]|比較|比べ|差分|どちら|どっち|使い分け|\bvs\.?(?=\s|$)|\bversus\b|\bdiffer(?:ence|ences|s)?\b|\bcompar(?:e|ed|ing|ison)\b|\bwhich (?:one|is better|should)\b|\bbetter than\b|\binstead of\b|\bshould (?:i|we)\b[^?.]*\bor\b/iu;

/** Whether a question asks to compare things ("NodePortとExternalIPの違い", "difference between Job and CronJob"). */
export function asksToCompare(question: string): boolean {
  return COMPARING.test(question.normalize('NFKC'));
}

// Words that ask how things stand to each other; a comparison only when two or more things are named.
// Not 関連 or a bare それぞれ: "Serviceに関連するPod", "ノードそれぞれにPodを" name two things without relating them.
const RELATING = /の関係(?!な)|関係性|それぞれ(?:何|の役割)|\brelationship between\b|\bhow do .+ relate\b|\bhow .+ fit together\b/iu;

/** Whether a question asks how things relate ("ResourceSliceとDeviceClassの関係", "how do Role and RoleBinding relate"). */
export function asksHowTheyRelate(question: string): boolean {
  return RELATING.test(question.normalize('NFKC'));
}
