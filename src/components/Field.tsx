import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What the input of a Field must carry so that its hint and error are read with it. */
export interface FieldInputProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * One form field: its label, an optional hint, the input, and the error next to it, announced.
 * The input itself is the caller's (react-hook-form's `register` spreads onto it).
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  /** A message key from the zod schema. */
  error?: string;
  errorParams?: Record<string, string | number>;
  children(input: FieldInputProps): ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-help` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.children({ id: props.id, 'aria-invalid': props.error ? true : undefined, 'aria-describedby': describedBy })}
      <FieldError id={`${props.id}-error`} message={props.error} params={props.errorParams} />
    </div>
  );
}
