// All in-app navigation replaces the current history entry, so the app occupies a single entry
// and quick exit (which replaces that entry too) leaves nothing to go Back to.
import { forwardRef, useCallback } from 'react';
import { Link, NavLink, useNavigate, type LinkProps, type NavLinkProps } from 'react-router';

export function useGo(): (to: string) => void {
  const navigate = useNavigate();
  return useCallback((to: string) => void navigate(to, { replace: true }), [navigate]);
}

export const AppLink = forwardRef<HTMLAnchorElement, Omit<LinkProps, 'replace'>>(
  function AppLink(props, ref) {
    return <Link ref={ref} {...props} replace />;
  },
);

export const AppNavLink = forwardRef<HTMLAnchorElement, Omit<NavLinkProps, 'replace'>>(
  function AppNavLink(props, ref) {
    return <NavLink ref={ref} {...props} replace />;
  },
);
