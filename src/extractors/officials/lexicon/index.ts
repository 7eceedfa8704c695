/**
 * The lexicons as lookup structures, built once on first use (nothing heavy at import).
 */
import { isLetterCode } from '../../../text/charclass';
import { NOT_LETTER_CLASS, PhraseTrie, trieRegexSource } from '../trie';
import { FAMILY_NAMES, FOREIGN_FAMILY_NAMES, SURNAMES_WITH_FOREIGN_GIVEN } from './family-names';
import { HONORIFICS, type Honorific } from './honorifics';
import { RANKS } from './ranks';
import { ACADEMIC_PARTS, ACADEMIC_WORDS, OCCUPATIONS } from './academic';
import { ROLES, MODIFIERS, FUNCTION_AREAS, type RoleEntry } from './roles';
import { PROVINCES, COUNTRIES, ADMIN_UNITS } from './places';
import { KNOWN_BODIES, ORG_LOWER_PHRASES, WHOLE_WORD_HEADS, INSTITUTION_HEADS, ORG_NAME_WORDS, LOWER_NAMED_HEADS, LOWER_REGIONS, PARENT_BODY_HEADS, COMMA_PAIRS, TOPIC_AFTER, CLOSED_NAME_HEADS, CONTINUED_BODIES, OBJECT_VERB_PHRASES, OBJECT_VERB_WORDS, CONTINUATION_NOUNS, SPEECH_VERBS, SPEECH_ADVERBS, LOWER_PHRASE_HEADS } from './organizations';

export type { RoleEntry } from './roles';
export type { Honorific } from './honorifics';
export { MODIFIERS, SAME_POST, NOT_A_ROLE_BEFORE } from './roles';
export { PLURAL_MARKERS, LEGAL_STATUSES } from './honorifics';

/** What a phrase in an organisation tail is. */
export type TailKind = 'place' | 'country' | 'body' | 'admin' | 'institution';

export type TriggerKind =
  | { kind: 'role'; role: RoleEntry }
  | { kind: 'rank'; rank: string }
  | { kind: 'honorific'; honorific: Honorific }
  | { kind: 'academic' }
  | { kind: 'occupation' };

export interface Lexicon {
  roles: PhraseTrie<RoleEntry>;
  ranks: PhraseTrie<string>;
  honorifics: PhraseTrie<Honorific>;
  academicWords: PhraseTrie<string>;
  occupations: PhraseTrie<string>;
  /** Heads of a body holding the one an appositive title names ("Học viện", "Bệnh viện"). */
  parentHeads: PhraseTrie<string>;
  /** Lower-case lines of work after a manager's role ("kinh doanh"). */
  functionAreas: PhraseTrie<string>;
  /** Capitalised units of a tail: places, countries, known bodies, institution words. */
  tailUnits: PhraseTrie<TailKind>;
  /** Lower-case units of a tail: admin words ("tỉnh"), institution words, connectors. */
  lowerUnits: PhraseTrie<TailKind | 'lower'>;
  family: ReadonlySet<string>;
  /** Family names a Latin-written given name may follow ("Hun Manet", "Kim Jong-un"). */
  foreignGiven: ReadonlySet<string>;
  academicParts: ReadonlySet<string>;
  wholeWordHeads: ReadonlySet<string>;
  orgNameWords: ReadonlySet<string>;
  /** Tail units listed in capitals ("TƯ", "MU"): matched only when written in capitals ("Bộ Tư pháp" is not "Bộ TƯ"). */
  capsOnlyUnits: ReadonlySet<string>;
  lowerNamedHeads: ReadonlySet<string>;
  /** Comma pairs inside a body's name, as [before the comma, after it], by the last syllable before the comma. */
  commaPairs: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
  topicAfter: readonly string[];
  closedNameHeads: ReadonlySet<string>;
  continuedBodies: ReadonlySet<string>;
  objectVerbPhrases: ReadonlySet<string>;
  objectVerbWords: ReadonlySet<string>;
  continuationNouns: ReadonlySet<string>;
  speechVerbs: PhraseTrie<string>;
  speechAdverbs: ReadonlySet<string>;
  lowerPhraseHeads: ReadonlyMap<string, ReadonlySet<string>>;
  modifiers: ReadonlyMap<string, 'former' | 'acting' | 'new'>;
  /** A trigger phrase with the non-letter before it, sticky: set lastIndex to the position to try. */
  trigger: RegExp;
  /** The first word (letter run) of every trigger phrase, for the shared trigger scan. */
  triggerWords: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  return (cached ??= build());
}

function build(): Lexicon {
  const roles = new PhraseTrie<RoleEntry>();
  for (const r of ROLES) roles.add(r.role, r);
  const ranks = new PhraseTrie<string>();
  for (const r of RANKS) ranks.add(r, r);
  const honorifics = new PhraseTrie<Honorific>();
  for (const h of HONORIFICS) honorifics.add(h.key, h);
  const academicWords = new PhraseTrie<string>();
  for (const w of ACADEMIC_WORDS) academicWords.add(w, w);
  const parentHeads = new PhraseTrie<string>();
  for (const h of PARENT_BODY_HEADS) parentHeads.add(h, h.toLowerCase());
  const functionAreas = new PhraseTrie<string>();
  for (const w of FUNCTION_AREAS) functionAreas.add(w, w);
  const occupations = new PhraseTrie<string>();
  for (const w of OCCUPATIONS) occupations.add(w, w);

  const speechVerbs = new PhraseTrie<string>();
  for (const v of SPEECH_VERBS) speechVerbs.add(v, v);
  const tailUnits = new PhraseTrie<TailKind>();
  // Longest match wins whatever the order; for equal phrases the first kind added wins.
  for (const c of COUNTRIES) tailUnits.add(c, 'country');
  for (const p of PROVINCES) tailUnits.add(p, 'place');
  for (const b of KNOWN_BODIES) tailUnits.add(b, 'body');
  for (const i of INSTITUTION_HEADS) tailUnits.add(i, 'institution');
  const lowerUnits = new PhraseTrie<TailKind | 'lower'>();
  for (const a of ADMIN_UNITS) lowerUnits.add(a, 'admin');
  for (const r of LOWER_REGIONS) lowerUnits.add(r, 'country');
  for (const i of INSTITUTION_HEADS) lowerUnits.add(i, 'institution');
  for (const l of ORG_LOWER_PHRASES) lowerUnits.add(l, 'lower');

  // Triggers: titles, ranks and honorifics only. Academic prefixes and occupations are read
  // around a name found from a title ("TS X - Thứ trưởng ...", "bác sĩ X, Giám đốc ..."), so
  // they need no scan of their own. The match includes the non-letter before the trigger (so
  // "không" does not hold "ông"): cheaper than a lookbehind tried at every position.
  const triggerPhrases = new Set<string>([...roles.phrases(), ...ranks.phrases(), ...honorifics.phrases()]);
  // Tried only where the shared trigger scan saw a phrase's first word (sticky, one position).
  const trigger = new RegExp(`(?:^|${NOT_LETTER_CLASS})(?:${trieRegexSource([...triggerPhrases].sort())})`, 'y');
  const triggerWords = new Set([...triggerPhrases].map(firstLetterRun).filter((w) => w.length > 0));

  return {
    roles,
    ranks,
    honorifics,
    academicWords,
    occupations,
    functionAreas,
    parentHeads,
    tailUnits,
    lowerUnits,
    family: new Set([...FAMILY_NAMES, ...FOREIGN_FAMILY_NAMES]),
    foreignGiven: new Set(SURNAMES_WITH_FOREIGN_GIVEN),
    academicParts: new Set(ACADEMIC_PARTS),
    wholeWordHeads: new Set(WHOLE_WORD_HEADS),
    orgNameWords: new Set(ORG_NAME_WORDS),
    lowerNamedHeads: new Set(LOWER_NAMED_HEADS),
    commaPairs: byLastSyllable(COMMA_PAIRS.map((p) => p.split(', ') as [string, string])),
    topicAfter: TOPIC_AFTER,
    closedNameHeads: new Set(CLOSED_NAME_HEADS),
    continuedBodies: new Set(CONTINUED_BODIES),
    objectVerbPhrases: new Set(OBJECT_VERB_PHRASES),
    objectVerbWords: new Set(OBJECT_VERB_WORDS),
    continuationNouns: new Set(CONTINUATION_NOUNS),
    speechVerbs,
    speechAdverbs: new Set(SPEECH_ADVERBS),
    lowerPhraseHeads: new Map(LOWER_PHRASE_HEADS.map(([phrase, heads]) => [phrase, new Set(heads)])),
    capsOnlyUnits: new Set([...COUNTRIES, ...PROVINCES, ...KNOWN_BODIES].filter((u) => u.length <= 4 && u === u.toUpperCase()).map((u) => u.toLowerCase())),
    modifiers: MODIFIERS,
    trigger,
    triggerWords,
  };
}

function byLastSyllable(pairs: Array<[string, string]>): Map<string, Array<[string, string]>> {
  const m = new Map<string, Array<[string, string]>>();
  for (const pair of pairs) {
    const key = pair[0].slice(pair[0].lastIndexOf(' ') + 1);
    m.set(key, [...(m.get(key) ?? []), pair]);
  }
  return m;
}

/** "phó chủ tịch" → "phó", "đ/c" → "đ": where a phrase's first word ends. */
function firstLetterRun(phrase: string): string {
  let e = 0;
  while (e < phrase.length && isLetterCode(phrase.charCodeAt(e))) e++;
  return phrase.slice(0, e);
}
