// The main navigation's tabs and which tab each screen belongs to, so a sub-page (the check-in,
// reminders, one exercise, the check-up) still shows where it sits in the app.

export interface NavItem {
  to: string;
  label: string;
  /** Other screens that belong to this tab: exact paths, or a prefix ending in "/" for a family. */
  sections: readonly string[];
}

export const navItems: readonly NavItem[] = [
  {
    to: '/',
    label: 'Today',
    sections: ['/checkin', '/question', '/touch', '/gratitude', '/thank-yous', '/device-free', '/share'],
  },
  { to: '/exercises', label: 'Exercises', sections: ['/exercises/', '/touch-ritual'] },
  { to: '/notes', label: 'Notes', sections: [] },
  { to: '/plan', label: 'Plan', sections: ['/checkup', '/checkup/', '/pulse', '/progress'] },
  { to: '/partner', label: 'Partner', sections: ['/pair'] },
  { to: '/settings', label: 'Settings', sections: ['/reminders', '/export', '/delete-account'] },
];

function belongsTo(pathname: string, section: string): boolean {
  return section.endsWith('/') ? pathname.startsWith(section) : pathname === section;
}

/** The tab a screen sits under (its `to`), or null for screens outside the tabs (e.g. sign-in). */
export function navSectionOf(pathname: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const item = navItems.find(
    (candidate) => candidate.to === path || candidate.sections.some((section) => belongsTo(path, section)),
  );
  return item?.to ?? null;
}
