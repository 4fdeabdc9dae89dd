// Resident memory of a whole process group (`next start` and the server it forks), from /proc.
import { readdirSync, readFileSync } from "node:fs";

/** Sum of VmRSS over every process in group `pgid`, in MB (Linux only; NaN elsewhere). */
export function groupRssMb(pgid: number): number {
  let kb = 0;
  let seen = false;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return Number.NaN;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after its closing paren.
      const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (group !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) {
        kb += Number(rss[1]);
        seen = true;
      }
    } catch {
      // The process ended while being read.
    }
  }
  return seen ? kb / 1024 : Number.NaN;
}
