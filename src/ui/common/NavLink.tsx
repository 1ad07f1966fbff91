import type { MouseEvent, ReactNode } from 'react';
import { formatHash, type Route } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';

/** A link to a route: a real link (it can be opened in a new tab) that navigates in place. */
export function NavLink({
  to,
  current = false,
  children,
  className,
  'aria-label': label,
}: {
  to: Route;
  current?: boolean;
  children: ReactNode;
  className?: string;
  /** A fuller name than the visible text, which it must begin with (WCAG 2.5.3, label in name). */
  'aria-label'?: string | undefined;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    useAppStore.getState().navigate(to);
  };
  return (
    <a href={formatHash(to)} onClick={onClick} aria-current={current ? 'page' : undefined} className={className} aria-label={label}>
      {children}
    </a>
  );
}
