"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { isPauseCode, signInErrorCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";

export interface OAuthProvider {
  id: "github" | "google";
  name: string;
}

interface Props {
  callbackUrl: string;
  initialError: string | null;
  oauthProviders: readonly OAuthProvider[];
  demoUsers: readonly { email: string; role: string }[];
  demoPassword: string | null;
  /** Asks the server how long sign-in stays paused for this email (a server action). */
  pauseMinutes: (email: string) => Promise<number | null>;
}

const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function LoginForm({
  callbackUrl,
  initialError,
  oauthProviders,
  demoUsers,
  demoPassword,
  pauseMinutes,
}: Props) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const input = (name: "email" | "password") =>
    formRef.current?.elements.namedItem(name) as HTMLInputElement | null | undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, "email");
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email,
        password: formText(form, "password"),
        redirect: false,
        callbackUrl,
      });
      if (!result?.ok || result.error) {
        const code = signInErrorCode(result?.error ?? "unknown");
        const minutes = isPauseCode(code) ? await pauseMinutes(email).catch(() => null) : null;
        setError(signInErrorMessage(code, minutes));
        setPending(false);
        input("password")?.select();
        return;
      }
      // A full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError("Sign-in failed: the server could not be reached. Try again.");
      setPending(false);
    }
  }

  function fillDemo(email: string) {
    const emailInput = input("email");
    const passwordInput = input("password");
    if (emailInput) emailInput.value = email;
    if (passwordInput && demoPassword) passwordInput.value = demoPassword;
    emailInput?.focus();
  }

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        onSubmit={onSubmit}
        className="space-y-4"
        noValidate
        aria-describedby={error ? "sign-in-error" : undefined}
      >
        {error ? (
          <p
            id="sign-in-error"
            role="alert"
            className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
          >
            {error}
          </p>
        ) : null}
        <Field label="Email" htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field label="Password" htmlFor="password">
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <Button type="submit" variant="primary" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      {oauthProviders.length > 0 ? (
        <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          {oauthProviders.map((p) => (
            <Button
              key={p.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signIn(p.id, { callbackUrl })}
            >
              Continue with {p.name}
            </Button>
          ))}
        </div>
      ) : null}

      {demoUsers.length > 0 && demoPassword ? (
        <section
          aria-labelledby="demo-users"
          className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
        >
          <h2 id="demo-users" className="font-medium">
            Demo users (emulator mode)
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            Password <code className="font-mono">{demoPassword}</code> for each.
          </p>
          <ul className="mt-2 space-y-1">
            {demoUsers.map((u) => (
              <li key={u.email} className="flex items-center justify-between gap-2">
                <span>
                  <code className="font-mono">{u.email}</code>{" "}
                  <span className="text-slate-500">({u.role})</span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => fillDemo(u.email)}
                  aria-label={`Fill in ${u.role}`}
                >
                  Fill in
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
