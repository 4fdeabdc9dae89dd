// The list_images body the bench sends straight to the emulator, and the bare route forwards.
/** @param {number} perPage */
export function listImagesBody(perPage) {
  return JSON.stringify({
    library: {
      name: "inventory",
      session_id: "0123456789abcdef0123456789abcdef",
      account_key: "",
      site_id: 2,
    },
    page_number: 1,
    per_page: perPage,
    sort_field: "date_added",
    sort_direction: "DESC",
    list_products: true,
  });
}
