/**
 * Ports of the e2e stacks: worker N runs its app on E2E_APP_PORT + N and its emulator on
 * E2E_EMULATOR_PORT + N, apart from `npm run demo` (3000 / 4010) so both can run at once.
 * Moving the bases lets two checkouts run their suites side by side.
 */
function port(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const E2E_APP_PORT = port("E2E_APP_PORT", 3100);
export const E2E_EMULATOR_PORT = port("E2E_EMULATOR_PORT", 4110);

export const appPortOf = (worker: number) => E2E_APP_PORT + worker;
export const emulatorPortOf = (worker: number) => E2E_EMULATOR_PORT + worker;
