/** The four record types, in the order results list them. Kept free of zod so the runtime never loads it. */
export const RECORD_TYPES = ['dates', 'officials', 'documents', 'money'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
