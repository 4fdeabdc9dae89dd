/** The panel the views controls have open: the views menu, or the name form saving or renaming. */
export type Panel =
  { kind: "menu" } | { kind: "save" } | { kind: "rename"; id: string; name: string };
