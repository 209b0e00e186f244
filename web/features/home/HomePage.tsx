import { useSession } from "../../api/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { Dashboard } from "./Dashboard.tsx";
import { Landing } from "./Landing.tsx";

export function HomePage() {
  const session = useSession();
  if (session.isPending) return <Spinner />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  return session.data ? <Dashboard user={session.data} /> : <Landing />;
}
