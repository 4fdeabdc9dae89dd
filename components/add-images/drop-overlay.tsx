import { ImageIcon } from "@/components/ui/icons";

/** Shown while files are dragged over the page: anywhere is a drop target. */
export function DropOverlay() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-brand-600/15 p-6 backdrop-blur-[1px]"
    >
      <div className="flex flex-col items-center gap-2 rounded-2xl border-2 border-dashed border-brand-500 bg-white px-10 py-8 text-center shadow-xl dark:bg-slate-900">
        <ImageIcon className="size-8 text-brand-600 dark:text-blue-300" />
        <p className="text-base font-semibold">Drop the images to upload them</p>
      </div>
    </div>
  );
}
