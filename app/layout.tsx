import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { Toaster } from "@/components/ui/toaster";
import { getSessionUser } from "@/lib/server/auth/session";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "FinerWorks Library", template: "%s · FinerWorks Library" },
  description: "Browse, add and edit the images of a FinerWorks library.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>
          <AppHeader user={user} />
          <main className="mx-auto w-full max-w-screen-2xl px-4 py-6 sm:px-6">{children}</main>
          <Toaster />
        </Providers>
      </body>
    </html>
  );
}
