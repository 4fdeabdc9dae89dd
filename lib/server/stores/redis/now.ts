// Lua that sets `now` to Redis's own time in epoch milliseconds, so every instance shares a clock.
export const REDIS_NOW_MS = `local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)`;
