import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * A modal on the native <dialog>: the browser makes the page behind inert, keeps focus inside,
 * and gives focus back to where it was on close. Escape calls `onCancel`.
 */
export function KioskDialog(props: {
  open: boolean;
  labelledBy: string;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** Receives focus on opening (the safe or expected action). */
  initialFocus?: RefObject<HTMLElement | null>;
  onCancel(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open, initialFocus } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open, initialFocus]);
  return (
    <dialog
      ref={ref}
      className={`kiosk-dialog${props.className ? ` ${props.className}` : ''}`}
      role={props.role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      {open ? props.children : null}
    </dialog>
  );
}
