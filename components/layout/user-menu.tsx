"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { can, type SessionUser } from "@/lib/auth/roles";

/** The phone's header: who is signed in, the admin pages and "Sign out" behind one button. */
export function UserMenu({ user }: { user: SessionUser }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const initial = (user.name || user.email).trim().charAt(0).toUpperCase();
  return (
    <div ref={rootRef} className="relative ml-auto md:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-label="User menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex size-9 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        {initial}
      </button>
      {open ? (
        <div
          id={panelId}
          className="absolute top-11 right-0 z-40 w-64 space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-xl dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="flex items-center justify-between gap-2">
            <span className="min-w-0 truncate font-medium">{user.name}</span>
            <Badge tone="brand">
              <span className="sr-only">Role: </span>
              {user.role}
            </Badge>
          </div>
          {can(user.role, "admin") ? (
            <nav aria-label="Admin" className="flex flex-col gap-2">
              <Link href="/admin" className="hover:underline" onClick={() => setOpen(false)}>
                Admin
              </Link>
              <Link
                href="/admin/products"
                className="hover:underline"
                onClick={() => setOpen(false)}
              >
                Products
              </Link>
              <Link
                href="/admin/removed-products"
                className="hover:underline"
                onClick={() => setOpen(false)}
              >
                Removed products
              </Link>
            </nav>
          ) : null}
          <SignOutButton />
        </div>
      ) : null}
    </div>
  );
}
