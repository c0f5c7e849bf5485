import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t.ts';

/**
 * The first stop of the Tab key: straight to the canvas, past the title bar, the toolbar and the
 * palette's ~65 buttons. Focus is moved by hand, so the page's address keeps no #fragment.
 */
export function SkipLink() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('canvas')?.focus();
  };
  return (
    <a className="skip-link" href="#canvas" onClick={skip}>
      {t('a11y.skipToCanvas')}
    </a>
  );
}
