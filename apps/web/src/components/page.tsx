// Every screen starts with one heading. After a route change focus moves to it (see AppShell),
// so screen-reader and keyboard users land at the top of the new screen.
import { useEffect, type ReactNode } from 'react';
import { APP_NAME } from '../config';

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
