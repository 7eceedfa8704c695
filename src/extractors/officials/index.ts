import type { Extractor } from '../../core/extractor';
import { LEGAL_TRIGGERS, OFFICIAL_TRIGGERS, scan, scanLegal } from './scan';
import { resolve } from './resolve';

/**
 * Officials: every titled person in the text, once, with all their titles and mentions.
 *
 * The record's own span is the person's first mention that writes the name, with the title or
 * honorific written just before it ("Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài",
 * "Bà Bùi Thị Minh Hoài"); appositive titles after the name are in `titles`, not in the span.
 * `mentions` lists every span that refers to the person, in text order: named mentions,
 * short names ("bà Hoài") and title-only mentions ("Trưởng ban Dân vận Trung ương nhấn mạnh").
 */
export const officialsExtractor: Extractor<'officials'> = {
  type: 'officials',
  extract: (ctx) => {
    const t = { text: ctx.text, lower: ctx.lower };
    let candidates = scan(t, ctx.triggers().starts(OFFICIAL_TRIGGERS));
    const legal = scanLegal(t, ctx.triggers().starts(LEGAL_TRIGGERS));
    if (legal.length) candidates = [...candidates, ...legal].sort((a, b) => a.start - b.start);
    if (candidates.length === 0) return [];
    const norm = ctx.normalized;
    const original = (s: number, e: number) => norm.original.slice(norm.originalStart(s), e > s ? norm.originalEnd(e) : norm.originalStart(s));
    return resolve(t, candidates, (s, e) => ctx.span(s, e), original);
  },
};
