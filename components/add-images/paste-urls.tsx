"use client";

import { useId, useState, type ClipboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { plural } from "./messages";
import { isValidUrl } from "./payload";

/** Splits pasted text into URLs (one per line) and the lines that are not URLs. */
export function splitUrlList(text: string): { urls: string[]; rest: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { urls: lines.filter(isValidUrl), rest: lines.filter((l) => !isValidUrl(l)) };
}

/** A box that turns a pasted list of URLs into rows at once. */
export function PasteUrls({
  onUrls,
  disabled,
}: {
  onUrls: (urls: string[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [note, setNote] = useState<string | null>(null);

  const take = (value: string) => {
    const { urls, rest } = splitUrlList(value);
    if (urls.length > 0) onUrls(urls);
    setText(rest.join("\n"));
    setNote(
      rest.length > 0
        ? `${plural(rest.length, "line is", "lines are")} not an http(s) URL and ${rest.length === 1 ? "stays" : "stay"} in the box.`
        : urls.length > 0
          ? `${plural(urls.length, "row")} added.`
          : null,
    );
  };

  // A pasted list becomes rows straight away; a single URL may still be typed on.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData("text");
    if (text.trim() === "" && splitUrlList(pasted).urls.length > 1) {
      event.preventDefault();
      take(pasted);
    }
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        From URLs
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        One URL per line. Size and dimensions are read from each file.
      </p>
      <label
        htmlFor={`${id}-box`}
        className="mt-3 text-xs font-medium text-slate-600 dark:text-slate-400"
      >
        Paste image URLs
      </label>
      <textarea
        id={`${id}-box`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPaste={onPaste}
        disabled={disabled}
        rows={4}
        spellCheck={false}
        placeholder={"https://example.com/art/sunrise.jpg\nhttps://example.com/art/harbour.tif"}
        aria-describedby={note ? `${id}-note` : undefined}
        className={cn(
          controlClasses,
          "mt-1 h-auto min-h-24 flex-1 py-2 font-mono text-[0.8rem] leading-relaxed",
        )}
      />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <p
          id={`${id}-note`}
          aria-live="polite"
          className="text-xs text-slate-600 dark:text-slate-400"
        >
          {note}
        </p>
        <Button onClick={() => take(text)} disabled={disabled || text.trim() === ""}>
          Add URLs as rows
        </Button>
      </div>
    </section>
  );
}
