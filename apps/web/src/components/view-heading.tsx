import { useEffect, useRef } from 'react';

/** A view's h1, focused when the view opens so a screen reader announces where the reader is. */
export function ViewHeading({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${title} · casetrail`;
  }, [title]);
  return <h1 ref={heading} tabIndex={-1}>{title}</h1>;
}
