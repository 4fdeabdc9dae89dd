// "As of Nov 30, 9:41 AM UTC": when the snapshot a count comes from was taken.
const format = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatAsOf(epochMs: number): string {
  return format.format(new Date(epochMs));
}
