import '../../messages/fr/staff-screens';
/** The address-book form's rules, written once for the form (zodResolver) and the stored entry. */
import * as z from 'zod/mini';
import { structureTypes } from '../../../data/plan-data';
import type { DirectoryEntry } from '../../db/types';

const text = z.string().check(z.trim(), z.maxLength(300, 'directory.error.tooLong'));
const blankOr = (schema: z.ZodMiniType<string>, message: string) =>
  z.string().check(
    z.trim(),
    z.refine((v) => v === '' || schema.safeParse(v).success, { message }),
  );

/** French numbers: 10 digits from 0, or +33 then 9, with spaces, dots or dashes. */
const PHONE = /^(?:\+33[\s.-]?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

export const ContactFormSchema = z.object({
  type: z.string().check(z.refine((id) => structureTypes.some((t) => t.id === id), { message: 'directory.error.type' })),
  name: z.string().check(z.trim(), z.minLength(2, 'directory.error.name'), z.maxLength(120, 'directory.error.name')),
  address: text,
  communeCode: z.string().check(z.regex(/^\d[0-9AB]\d{3}$/, 'directory.error.commune')),
  phone: blankOr(z.string().check(z.regex(PHONE)), 'directory.error.phone'),
  email: blankOr(z.email(), 'directory.error.email'),
  url: blankOr(z.url({ protocol: /^https?$/ }), 'directory.error.url'),
  openingHours: text,
  permanences: text,
  staffNote: text,
});
export type ContactForm = z.infer<typeof ContactFormSchema>;

export const EMPTY_CONTACT: ContactForm = { type: '', name: '', address: '', communeCode: '', phone: '', email: '', url: '', openingHours: '', permanences: '', staffNote: '' };

export function formOf(entry: DirectoryEntry): ContactForm {
  return {
    type: entry.type,
    name: entry.name,
    address: entry.address ?? '',
    communeCode: entry.communeCode ?? '',
    phone: entry.phone ?? '',
    email: entry.email ?? '',
    url: entry.url ?? '',
    openingHours: entry.openingHours ?? '',
    permanences: entry.permanences ?? '',
    staffNote: entry.staffNote ?? '',
  };
}

/** A new id: the name in kebab case and a random tail, so two devices never collide. */
function newId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'contact'}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The stored entry: blank fields left out, the commune's name beside its code. */
export function entryOf(form: ContactForm, communeName: string, today: string, previous?: DirectoryEntry): DirectoryEntry {
  const entry: DirectoryEntry = { id: previous?.id ?? newId(form.name), type: form.type, name: form.name, communeCode: form.communeCode, commune: communeName, updatedOn: today };
  for (const key of ['address', 'phone', 'email', 'url', 'openingHours', 'permanences', 'staffNote'] as const) {
    if (form[key] !== '') entry[key] = form[key];
  }
  // a note from data/local-directory.json (shown on plans) is kept through an edit
  if (previous?.note) entry.note = previous.note;
  return entry;
}
