// The ways around this area: plan, check-up, weekly pulse and progress.
import { AppNavLink } from '../lib/navigation';

const links = [
  { to: '/plan', label: 'Our plan' },
  { to: '/checkup', label: 'Check-up' },
  { to: '/pulse', label: 'Weekly pulse' },
  { to: '/progress', label: 'Progress' },
];

export function AreaLinks() {
  return (
    <nav className="area-links" aria-label="Plan and progress">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <AppNavLink to={link.to} end className="area-link">
              {link.label}
            </AppNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
