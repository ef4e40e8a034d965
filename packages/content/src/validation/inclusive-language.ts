export interface LanguageFinding {
  term: string;
  reason: 'gendered-partner' | 'assumes-marriage' | 'assumes-kids' | 'assumes-orientation';
}

interface Check {
  pattern: RegExp;
  reason: LanguageFinding['reason'];
  /** true: allowed in content tagged for parents (with-kids, life-with-kids, kid life stages). */
  kidsOnly?: boolean;
  /** true: allowed when reporting what a study found ("couples still married six years later"). */
  research?: boolean;
}

// Why: Hearth is for every gender, orientation and family shape. General content says
// "partner" and "they"; marriage, children and gendered roles appear only in content tagged
// for them (kids) or not at all (gendered partner words).
const CHECKS: Check[] = [
  {
    pattern: /\b(husband|wife|husbands|wives|boyfriend|girlfriend|bf|gf|hubby|wifey)\b/gi,
    reason: 'gendered-partner',
  },
  { pattern: /\b(his|her)\s+(partner|spouse|other\s+half)\b/gi, reason: 'gendered-partner' },
  {
    pattern: /\b(he|she|him|his|her|hers|himself|herself|he's|she's|he'd|she'd|he'll|she'll)\b/gi,
    reason: 'gendered-partner',
  },
  {
    pattern: /\b(married|marriage|marriages|wedding|weddings|spouse|spouses|newlyweds?|fiancée?)\b/gi,
    reason: 'assumes-marriage',
    research: true,
  },
  {
    pattern: /\b(opposite\s+sex|straight\s+couples?|men\s+and\s+women|man\s+and\s+(?:a\s+)?woman)\b/gi,
    reason: 'assumes-orientation',
    research: true,
  },
  // Only phrasings that assume the couple has children: "your kids", "as parents", "parenting".
  // Words like "child" or "parents" alone are fine ("when you were a child", "your parents").
  {
    pattern:
      /\b(?:(?:your|our|the)\s+(?:kids?|children|little\s+ones?|baby|babies|toddlers?|teenagers?)|as\s+(?:a\s+)?parents?|parenting|parenthood|school\s+runs?|nappies|diapers?)\b/gi,
    reason: 'assumes-kids',
    kidsOnly: true,
  },
];

export interface LanguageContext {
  /** The text is tagged for parents (with-kids tag, life-with-kids deck, kid life stage, kid-friendly date). */
  kidsAllowed: boolean;
  /** The text reports a research finding, where the study's own terms are accurate. */
  reportsResearch?: boolean;
}

/** Terms in `text` that assume a gender, marriage, children or orientation the couple may not have. */
export function findExclusiveLanguage(text: string, context: LanguageContext): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  for (const check of CHECKS) {
    if (check.kidsOnly && context.kidsAllowed) continue;
    if (check.research && context.reportsResearch) continue;
    for (const match of text.matchAll(check.pattern)) findings.push({ term: match[0], reason: check.reason });
  }
  return findings;
}
