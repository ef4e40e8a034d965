// A button whose action takes a moment: while it runs the button is disabled and marked busy, and
// it can say what is happening ("Signing in…") instead of its label.
import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  busyLabel?: string;
}

export function BusyButton({
  busy,
  busyLabel,
  disabled,
  children,
  type = 'button',
  ...button
}: BusyButtonProps) {
  return (
    <button type={type} disabled={busy || disabled} aria-busy={busy || undefined} {...button}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
