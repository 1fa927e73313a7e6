import '../../messages/fr/staff-screens';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { structureTypes } from '../../../data/plan-data';
import type { DirectoryEntry } from '../../db/types';
import { useT, type MessageKey } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { loadAddressBook } from '../../lib/address-book';
import { communeByCode, loadCommunes } from '../../lib/communes';
import { downloadText } from '../../lib/download';
import { FieldError } from '../../components/FieldError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CommuneCombobox } from '../../components/CommuneCombobox';
import { PublicAddress } from '../../components/PublicAddress';
import { ContactFormSchema, EMPTY_CONTACT, entryOf, formOf, type ContactForm } from './contact-form';
import { directoryFileName, exportDirectory, previewDirectoryImport, type DirectoryImportPreview } from './directory-file';
import './directory.css';

type TextField = 'name' | 'address' | 'phone' | 'email' | 'url' | 'openingHours' | 'permanences' | 'staffNote';
const TEXT_FIELDS: { name: TextField; label: MessageKey; type?: string; autoComplete?: string; required?: boolean; multiline?: boolean }[] = [
  { name: 'name', label: 'directory.field.name', required: true },
  { name: 'address', label: 'directory.field.address', autoComplete: 'off' },
  { name: 'phone', label: 'directory.field.phone', type: 'tel', autoComplete: 'off' },
  { name: 'email', label: 'directory.field.email', type: 'email', autoComplete: 'off' },
  { name: 'url', label: 'directory.field.url', type: 'url', autoComplete: 'off' },
  { name: 'openingHours', label: 'directory.field.openingHours' },
  { name: 'permanences', label: 'directory.field.permanences', multiline: true },
  { name: 'staffNote', label: 'directory.field.staffNote', multiline: true },
];

const today = () => new Date().toISOString().slice(0, 10);

/** Add or edit one contact: every field checked by ContactFormSchema, its message beside it. */
function ContactEditor(props: { entry?: DirectoryEntry; onSave(entry: DirectoryEntry): Promise<void>; onCancel(): void }) {
  const t = useT();
  const id = useId();
  const heading = useFocusHeading();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<ContactForm>({ resolver: zodResolver(ContactFormSchema), defaultValues: props.entry ? formOf(props.entry) : EMPTY_CONTACT, shouldFocusError: true });

  const submit = handleSubmit(async (form) => {
    const commune = communeByCode(await loadCommunes(), form.communeCode);
    await props.onSave(entryOf(form, commune?.name ?? '', today(), props.entry));
  });
  const describedBy = (field: string, hint?: boolean) => [hint ? `${id}-${field}-hint` : '', errors[field as keyof ContactForm] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <section className="directory-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(props.entry ? 'directory.form.editTitle' : 'directory.form.addTitle')}
      </h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-type`}>
            {t('directory.field.type')} <span className="required">({t('directory.form.required')})</span>
          </label>
          <select id={`${id}-type`} aria-invalid={errors.type ? true : undefined} aria-describedby={describedBy('type')} {...register('type')}>
            <option value="">{t('directory.field.type.choose')}</option>
            {structureTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {t.data?.structures[type.id]?.name ?? type.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-type-error`} message={errors.type?.message} />
        </div>
        {TEXT_FIELDS.slice(0, 2).map((f) => textField(f))}
        <div className="field">
          <label htmlFor={`${id}-commune`}>
            {t('directory.field.commune')} <span className="required">({t('directory.form.required')})</span>
          </label>
          <Controller
            control={control}
            name="communeCode"
            render={({ field }) => (
              <CommuneCombobox id={`${id}-commune`} value={field.value} onChange={field.onChange} invalid={Boolean(errors.communeCode)} describedBy={describedBy('communeCode')} />
            )}
          />
          <FieldError id={`${id}-communeCode-error`} message={errors.communeCode?.message} />
        </div>
        {TEXT_FIELDS.slice(2).map((f) => textField(f))}
        <div className="actions">
          <button type="submit" className="button">
            {t('directory.form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );

  function textField(f: (typeof TEXT_FIELDS)[number]) {
    const inputId = `${id}-${f.name}`;
    const common = {
      id: inputId,
      'aria-invalid': errors[f.name] ? true : undefined,
      'aria-describedby': describedBy(f.name),
      ...register(f.name),
    };
    return (
      <div className="field" key={f.name}>
        <label htmlFor={inputId}>
          {t(f.label)}
          {f.required && <span className="required"> ({t('directory.form.required')})</span>}
        </label>
        {f.multiline ? <textarea rows={2} {...common} /> : <input type={f.type ?? 'text'} autoComplete={f.autoComplete ?? 'off'} {...common} />}
        <FieldError id={`${inputId}-error`} message={errors[f.name]?.message} />
      </div>
    );
  }
}

/**
 * « Annuaire local »: the structure's own contacts, which plans give residents before the
 * catalogue's sites and the national finder pages. Reached from the mediator's Réglages and
 * from the kiosk's staff screen (`back`).
 */
export default function DirectoryScreen(props: { back: string }) {
  const t = useT();
  const repository = useRepository();
  const [entries, setEntries] = useState<DirectoryEntry[] | null>(null);
  const [editing, setEditing] = useState<{ entry?: DirectoryEntry } | null>(null);
  const [removing, setRemoving] = useState<DirectoryEntry | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [importError, setImportError] = useState<MessageKey | null>(null);
  const [preview, setPreview] = useState<DirectoryImportPreview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useFocusHeading();
  // Back from the form (saved or cancelled): focus returns to the screen's heading; entering
  // the form, the form's own heading takes it (ContactEditor).
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) heading.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing, heading]);

  const reload = () => loadAddressBook(repository).then(setEntries);
  useEffect(() => {
    void reload();
  }, [repository]); // eslint-disable-line react-hooks/exhaustive-deps

  const typeName = (typeId: string) => {
    const type = structureTypes.find((s) => s.id === typeId);
    return t.data?.structures[typeId]?.name ?? type?.name ?? typeId;
  };

  const save = async (entry: DirectoryEntry) => {
    await repository.directory.put(entry);
    await reload();
    setEditing(null);
    setStatus(t('directory.saved'));
  };

  const remove = async (entry: DirectoryEntry) => {
    setRemoving(null);
    await repository.directory.delete(entry.id);
    await reload();
    setStatus(t('directory.removed'));
    heading.current?.focus();
  };

  const exportAll = () => {
    const now = new Date();
    downloadText(directoryFileName(now), exportDirectory(entries ?? [], now));
    setStatus(t('directory.exported', { file: directoryFileName(now) }));
  };

  const onFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    setStatus(null);
    setImportError(null);
    if (!chosen) return;
    const result = previewDirectoryImport(await chosen.text(), entries ?? []);
    if (!result.ok) {
      setImportError(result.error === 'newer' ? 'directory.import.newer' : 'directory.import.invalid');
      return;
    }
    if (result.preview.adds.length === 0 && result.preview.replaces.length === 0) {
      setStatus(t('directory.import.nothing'));
      return;
    }
    setPreview(result.preview);
  };

  const confirmImport = async (p: DirectoryImportPreview) => {
    setPreview(null);
    await repository.directory.putMany([...p.adds, ...p.replaces]);
    await reload();
    setStatus(t('directory.import.done', { added: p.adds.length, replaced: p.replaces.length }));
    heading.current?.focus();
  };

  return (
    <section className="directory" aria-labelledby="directory-title">
      <h1 id="directory-title" ref={heading} tabIndex={-1}>
        {t('directory.title')}
      </h1>
      <p>{t('directory.intro')}</p>
      {status && (
        <p role="status" className="notice">
          {status}
        </p>
      )}
      {importError && (
        <p role="alert" className="error-message">
          {t(importError)}
        </p>
      )}
      {editing ? (
        <ContactEditor entry={editing.entry} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <>
          <div className="actions">
            <button type="button" className="button" onClick={() => (setStatus(null), setEditing({}))}>
              {t('directory.add')}
            </button>
            <button type="button" className="button button--secondary" onClick={exportAll} disabled={!entries || entries.length === 0}>
              {t('directory.export')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()} aria-describedby="directory-import-help">
              {t('directory.import')}
            </button>
            <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-label={t('directory.import')} onChange={(e) => void onFile(e.currentTarget)} />
          </div>
          <p id="directory-import-help" className="hint">
            {t('directory.import.help')}
          </p>
          {entries === null ? (
            <p role="status">{t('status.loading')}</p>
          ) : entries.length === 0 ? (
            <p>{t('directory.empty')}</p>
          ) : (
            <>
              <p>{t('directory.count', { count: entries.length })}</p>
              <ul className="directory__list">
                {entries.map((e) => (
                  <li key={e.id} className="directory__card">
                    <h2 className="directory__name">{e.name}</h2>
                    <p>
                      {typeName(e.type)}
                      {e.commune && ` · ${e.commune}`}
                      {e.phone && ` · ${e.phone}`}
                    </p>
                    {e.staffNote && <p className="hint">{e.staffNote}</p>}
                    <div className="actions">
                      <button type="button" className="button button--secondary" onClick={() => (setStatus(null), setEditing({ entry: e }))}>
                        {t('directory.edit', { name: e.name })}
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => setRemoving(e)}>
                        {t('directory.remove', { name: e.name })}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          <PublicAddress />
          <p>
            <a className="button button--secondary" href={hrefTo(props.back)}>
              {t(props.back === '/borne' ? 'staff.backToKiosk' : 'directory.back')}
            </a>
          </p>
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        danger
        title={t('directory.remove.title')}
        confirmLabel={t('directory.remove', { name: removing?.name ?? '' })}
        cancelLabel={t('action.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        <p>{t('directory.remove.text', { name: removing?.name ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={preview !== null}
        title={t('directory.import.previewTitle')}
        confirmLabel={t('directory.import.confirm')}
        cancelLabel={t('action.cancel')}
        onCancel={() => setPreview(null)}
        onConfirm={() => preview && void confirmImport(preview)}
      >
        {preview && preview.adds.length > 0 && (
          <>
            <p>{t('directory.import.adds', { count: preview.adds.length })}</p>
            <ul>{preview.adds.map((e) => <li key={e.id}>{e.name}</li>)}</ul>
          </>
        )}
        {preview && preview.replaces.length > 0 && (
          <>
            <p>{t('directory.import.replaces', { count: preview.replaces.length })}</p>
            <ul>{preview.replaces.map((e) => <li key={e.id}>{e.name}</li>)}</ul>
          </>
        )}
        {preview && preview.same > 0 && <p>{t('directory.import.same', { count: preview.same })}</p>}
      </ConfirmDialog>
    </section>
  );
}
