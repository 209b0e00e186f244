import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `delay` ms: search-as-you-type asks the server once per pause
 * rather than once per keystroke. `flush` takes the current value at once (on Enter).
 */
export function useDebouncedValue<T>(value: T, delay = 300): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return [settled, () => setSettled(value)];
}
