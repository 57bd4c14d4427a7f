import { useId, type ReactNode } from 'react';

type ViewRegionProps = { className: string; title: string; children: ReactNode };

/**
 * A view whose toolbar stands in for a visible title (the board, the timeline): a region named
 * by a top-level heading that only assistive technology shows, so every view has one to move to.
 */
export function ViewRegion({ className, title, children }: ViewRegionProps) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h1 id={headingId} className="visually-hidden">{title}</h1>
      {children}
    </section>
  );
}
