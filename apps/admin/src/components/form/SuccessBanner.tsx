import { useEffect, useRef } from 'react';

/**
 * The GOV.UK success banner after a save: focused when it appears (so the confirmation is read out and the
 * focus does not fall to the page body), until the next edit or save replaces it.
 */
export function SuccessBanner({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div className="success-banner" role="alert" tabIndex={-1} ref={ref}>
      <p className="success-banner__title">Success</p>
      <p className="success-banner__message">{message}</p>
    </div>
  );
}
