// Every screen starts with one heading. After a route change focus moves to it (see AppShell),
// so screen-reader and keyboard users land at the top of the new screen.
import { useEffect, useRef, type ReactNode } from 'react';
import { APP_NAME } from '../config';

/**
 * Moves focus to the page heading when `step` changes within one route (multi-step screens);
 * route changes are handled by AppShell.
 */
export function useFocusHeadingOnStep(step: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [step]);
}

export function Page({
  title,
  lead,
  children,
  wide = false,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  wide?: boolean;
}) {
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
  useFocusHeadingOnStep(title);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 className="page-title" tabIndex={-1} data-page-heading>
        {title}
      </h1>
      {lead ? <p className="page-lead">{lead}</p> : null}
      {children}
    </div>
  );
}
