"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // Loaded on click: keeps next-auth's client out of every page's first-load JS.
        void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/login" }));
      }}
    >
      Sign out
    </Button>
  );
}
