"use client";

import { createContext, useContext, type ReactNode } from "react";

// Whether the signed-in person may edit titles and descriptions (staff and admin). Only
// decides what is shown: PATCH /api/images checks the role again.
const CanEditContext = createContext(false);

export function CanEditProvider({ canEdit, children }: { canEdit: boolean; children: ReactNode }) {
  return <CanEditContext value={canEdit}>{children}</CanEditContext>;
}

export function useCanEdit(): boolean {
  return useContext(CanEditContext);
}
