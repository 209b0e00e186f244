/** Announces short confirmations ("Added Go") to screen readers without moving focus. */
export function LiveMessage({ message }: { message: string }) {
  return (
    <p aria-live="polite" className="sr-only">
      {message}
    </p>
  );
}
