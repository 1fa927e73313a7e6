import { useT } from '../messages/i18n';


/** A validation message next to its field, announced when it appears. `message` is a message
 * key set by the zod schema. */
export function FieldError(props: { id: string; message?: string; params?: Record<string, string | number> }) {
  const t = useT();
  if (!props.message) return null;
  return (
    <p id={props.id} className="error-message" role="alert">
      {t.dynamic(props.message, props.params) ?? props.message}
    </p>
  );
}
