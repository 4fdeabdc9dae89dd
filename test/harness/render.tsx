// Component tests (happy-dom): render into a real React root inside the app's QueryClient
// provider, with act() around every change; unmounted after each test.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach } from "vitest";
import { makeQueryClient } from "@/lib/queries/query-client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLDivElement;
  client: QueryClient;
  /** Renders other elements into the same root, with the same client. */
  rerender: (ui: ReactNode) => void;
  unmount: () => void;
}

const mounted = new Set<Rendered>();

/** `ui` in a fresh root under the app's query client factory (or the client given). */
export function render(ui: ReactNode, options: { client?: QueryClient } = {}): Rendered {
  const client = options.client ?? makeQueryClient();
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root: Root = createRoot(container);
  const draw = (node: ReactNode) =>
    act(() => root.render(<QueryClientProvider client={client}>{node}</QueryClientProvider>));
  const rendered: Rendered = {
    container,
    client,
    rerender: draw,
    unmount: () => {
      if (!mounted.delete(rendered)) return;
      act(() => root.unmount());
      container.remove();
      client.clear();
    },
  };
  mounted.add(rendered);
  draw(ui);
  return rendered;
}

afterEach(() => {
  for (const rendered of [...mounted]) rendered.unmount();
});
