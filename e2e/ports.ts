/**
 * Ports of the e2e stack: apart from `npm run demo` (3000 / 4010) so both can run at once.
 * E2E_APP_PORT / E2E_EMULATOR_PORT move them, so two checkouts can run their suites side by side.
 */
function port(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const E2E_APP_PORT = port("E2E_APP_PORT", 3100);
export const E2E_EMULATOR_PORT = port("E2E_EMULATOR_PORT", 4110);
export const E2E_EMULATOR_ORIGIN = `http://127.0.0.1:${E2E_EMULATOR_PORT}`;
