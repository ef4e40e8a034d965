// Messages in plain words. Errors and warnings are announced at once (role=alert); the rest
// politely (role=status).
import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
}) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div className={`notice notice-${tone}`} role={urgent ? 'alert' : 'status'}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children ? <div className="notice-body">{children}</div> : null}
    </div>
  );
}

/** A form-level error slot that is always in the DOM, so screen readers hear new errors. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div className="form-error" role="alert" aria-live="assertive">
      {message ? <p className="notice notice-error">{message}</p> : null}
    </div>
  );
}
