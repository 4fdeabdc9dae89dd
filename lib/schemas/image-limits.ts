// The add and update inputs' limits, apart from their schemas: the browser's editors and batch
// senders read them without loading the request schemas (lib/schemas/image-input.ts).
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const FILE_NAME_MAX = 200;
export const URI_MAX = 2000;
export const PIXELS_MAX = 100_000;
export const MAX_IMAGES_PER_REQUEST = 50;
/** PATCH takes more: the server sends them upstream in calls of 25. */
export const MAX_UPDATES_PER_REQUEST = 200;
