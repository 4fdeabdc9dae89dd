// Facts of the Node runtime that come through the environment but are no settings of this app
// (nothing to validate): read here, beside the settings, so no other module reads process.env.
/* eslint-disable no-restricted-properties -- the env module itself */

/** libuv's thread pool size: UV_THREADPOOL_SIZE, read by Node itself at start (4 by default). */
export function threadPoolSize() {
  return Number(process.env.UV_THREADPOOL_SIZE) || 4;
}

/**
 * FORCE_COLOR, the terminal convention every Node tool follows: true or false when set (the
 * demo's runner, itself on a terminal, sets it), undefined when not.
 * @returns {boolean | undefined}
 */
export function forcedColor() {
  const forced = process.env.FORCE_COLOR;
  if (forced === undefined || forced === "") return undefined;
  return forced !== "0" && forced !== "false";
}
