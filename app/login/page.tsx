import type { Metadata } from "next";
import { LoginForm, type OAuthProvider } from "@/components/auth/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { DEMO_PASSWORD, DEMO_USERS, demoUsersEnabled } from "@/lib/server/auth/users";
import { serverConfig } from "@/lib/server/config";
import { signInPauseMinutes } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const config = serverConfig();
  const oauthProviders: OAuthProvider[] = [];
  if (config.auth.github) oauthProviders.push({ id: "github", name: "GitHub" });
  if (config.auth.google) oauthProviders.push({ id: "google", name: "Google" });
  // The demo accounts are listed only against the emulator, never beside live data.
  const showDemo = config.mode === "emulator" && demoUsersEnabled();
  // A pause's length comes from the server's own state, never from the URL. Without an email
  // only the address's pause is known here; the form asks again with the email it sent.
  const errorCode = signInErrorCode(first(params.error));
  const minutesLeft = errorCode === "AddressLocked" ? await signInPauseMinutes(null) : null;

  return (
    <div className="mx-auto mt-10 w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-5 text-sm text-slate-600 dark:text-slate-400">
        to the FinerWorks image library.
      </p>
      <LoginForm
        callbackUrl={safeCallbackPath(first(params.callbackUrl), config.auth.url)}
        initialError={signInErrorMessage(errorCode, minutesLeft)}
        pauseMinutes={signInPauseMinutes}
        oauthProviders={oauthProviders}
        demoUsers={showDemo ? DEMO_USERS.map((u) => ({ email: u.email, role: u.role })) : []}
        demoPassword={showDemo ? DEMO_PASSWORD : null}
      />
    </div>
  );
}
