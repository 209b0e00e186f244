import { useEffect, useRef, useState } from "react";
import { Alert } from "../../components/Alert.tsx";

/**
 * A confirmation that replaces what was acted on (a row that leaves the list, a button that disappears):
 * shown above the list and focused, so keyboard and screen reader users land on what happened.
 */
export function useNotice() {
  const [notice, setNotice] = useState<{ text: string; tone: "success" | "error"; n: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return {
    show: (text: string, tone: "success" | "error" = "success") =>
      setNotice((prev) => ({ text, tone, n: (prev?.n ?? 0) + 1 })),
    clear: () => setNotice(null),
    view: notice ? (
      <div ref={ref} tabIndex={-1} className="focus-visible:outline-none">
        <Alert tone={notice.tone} title={notice.text} />
      </div>
    ) : null,
  };
}
