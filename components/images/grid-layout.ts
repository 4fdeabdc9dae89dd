/** The card grid's columns, shared by the grid and its skeleton (kept apart so the route's
 * loading.tsx does not pull the cards' client code into its own chunk). */
export const gridClasses =
  "grid grid-cols-1 items-start gap-4 min-[480px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5 2xl:grid-cols-6";
