import { lazy, type ComponentType } from "react";

/**
 * A component whose code loads on first render, or earlier through `preload` (a pointer over or
 * focus on what opens it), so a press rarely waits for the chunk. The load starts once.
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Component: ComponentType<P>; preload: () => void } {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => (loading ??= load().then((component) => ({ default: component })));
  return { Component: lazy(start), preload: () => void start() };
}
