import type { CoachRule } from './schema/coach-rule';

/** One place in a message where a blame pattern was found. Offsets index into the original text. */
export interface BlameMatch {
  ruleId: string;
  start: number;
  end: number;
  match: string;
  confidence: CoachRule['confidence'];
}

interface CompiledRule {
  patterns: RegExp[];
  unlessFollowedBy: RegExp[];
  unlessPrecededBy: RegExp[];
}

// Compiling every regex on each keystroke would be wasteful; rules are immutable data, so cache
// per rule object.
const compiledRules = new WeakMap<CoachRule, CompiledRule>();

function compile(rule: CoachRule): CompiledRule {
  const cached = compiledRules.get(rule);
  if (cached) return cached;
  const compiled: CompiledRule = {
    // "m" so that ^ and $ work per line in multi-line messages.
    patterns: rule.patterns.map((source) => new RegExp(source, 'gimu')),
    // Context checks run on a slice of text, anchored by the pattern itself (^ or $), so no "m".
    unlessFollowedBy: (rule.unlessFollowedBy ?? []).map((source) => new RegExp(source, 'iu')),
    unlessPrecededBy: (rule.unlessPrecededBy ?? []).map((source) => new RegExp(source, 'iu')),
  };
  compiledRules.set(rule, compiled);
  return compiled;
}

// Typographic apostrophes are common on phones; fold them so "can’t" matches "can't".
// Each replacement is one UTF-16 unit for one, so offsets stay valid for the original text.
function foldApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

const SENTENCE_END = /[.!?\n]/;

function restOfSentence(text: string, from: number): string {
  const rest = text.slice(from);
  const stop = rest.search(SENTENCE_END);
  return stop === -1 ? rest : rest.slice(0, stop);
}

function startOfSentence(text: string, to: number): string {
  const before = text.slice(0, to);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(before.charAt(i))) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

/**
 * Finds blame patterns ("you never", contempt, name-calling…) in a draft message.
 * Pure: same text and rules, same result. Matches are sorted by position; a rule reports each
 * span once even when several of its patterns hit it.
 */
export function findBlamePatterns(text: string, rules: readonly CoachRule[]): BlameMatch[] {
  const folded = foldApostrophes(text);
  const matches: BlameMatch[] = [];
  for (const rule of rules) {
    const compiled = compile(rule);
    const seen = new Set<string>();
    for (const pattern of compiled.patterns) {
      pattern.lastIndex = 0;
      for (const hit of folded.matchAll(pattern)) {
        const start = hit.index;
        const end = start + hit[0].length;
        if (end === start) continue;
        const after = restOfSentence(folded, end);
        if (compiled.unlessFollowedBy.some((context) => context.test(after))) continue;
        const before = startOfSentence(folded, start);
        if (compiled.unlessPrecededBy.some((context) => context.test(before))) continue;
        const key = `${start}:${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push({
          ruleId: rule.id,
          start,
          end,
          match: text.slice(start, end),
          confidence: rule.confidence,
        });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
