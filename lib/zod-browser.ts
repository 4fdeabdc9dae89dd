import { z } from "zod";

// zod 4 probes `new Function("")` once to decide whether to compile its parsers. The pages' CSP
// has no 'unsafe-eval', so in the browser the probe is refused and reported as a CSP violation:
// parse without compiling there. The server keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });
