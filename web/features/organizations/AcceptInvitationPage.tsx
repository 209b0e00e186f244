import { Link, useLocation, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, buttonClass } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useAcceptInvitation } from "./queries.ts";

/**
 * Opened from an invitation email. Signed-out visitors first sign in or sign up and are brought back here
 * (the `redirect` parameter); then accepting is one explicit click, never automatic.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: "/invitations/accept" });
  const here = useLocation({ select: (l) => l.href });
  const navigate = useNavigate();
  const session = useSession();
  const accept = useAcceptInvitation();

  return (
    <Page title={t("invitation.title")} narrow>
      {!token && <Alert tone="error" title={t("errors.INVITATION_INVALID")} />}
      {token && session.isPending && <Spinner />}
      {token && session.isError && <ErrorAlert error={session.error} />}
      {token && session.isSuccess && !session.data && (
        <Section>
          <p className="text-slate-800">{t("invitation.signInFirst")}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link to="/sign-in" search={{ redirect: here }} className={buttonClass()}>
              {t("nav.signIn")}
            </Link>
            <Link to="/sign-up" search={{ redirect: here }} className={buttonClass("secondary")}>
              {t("nav.signUp")}
            </Link>
          </div>
        </Section>
      )}
      {token && session.data && (
        <Section>
          <p className="text-slate-800">{t("invitation.intro", { name: session.data.name })}</p>
          <div className="mt-4 flex flex-col gap-3">
            <ErrorAlert error={accept.error} />
            <div>
              <Button
                loading={accept.isPending}
                onClick={() =>
                  accept.mutate(token, {
                    onSuccess: (org) => void navigate({ to: "/orgs/$slug", params: { slug: org.slug } }),
                  })
                }
              >
                {t("invitation.accept")}
              </Button>
            </div>
          </div>
        </Section>
      )}
    </Page>
  );
}
