"use client";

import { useEffect, useState } from "react";
import { controlClasses } from "@/components/ui/field";
import { SearchIcon, XIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The library search (what it covers is in the placeholder, and in the hint `describedBy`
 * names when that needs saying). Typing updates the URL after a pause (replace, so each keystroke does not
 * become a history entry); Enter searches at once.
 */
export function SearchBox({
  value: urlValue,
  onSearch,
  label = "Search images",
  placeholder = "Search titles and descriptions",
  describedBy,
}: {
  value: string;
  onSearch: (q: string) => void;
  label?: string;
  placeholder?: string;
  describedBy?: string;
}) {
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  // Follow the URL when it changes from elsewhere (back/forward, "Clear filters").
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== text.trim()) setText(urlValue);
  }

  useEffect(() => {
    if (text.trim() === urlValue) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, urlValue, onSearch]);

  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 basis-full sm:basis-auto"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== urlValue) onSearch(text.trim());
      }}
    >
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
      <input
        type="text"
        inputMode="search"
        enterKeyHint="search"
        aria-label={label}
        aria-describedby={describedBy}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className={cn(controlClasses, "pr-9 pl-9")}
      />
      {text ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => setText("")}
          className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-1 text-slate-400 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:text-slate-200"
        >
          <XIcon className="size-4" />
        </button>
      ) : null}
    </form>
  );
}
