import "server-only";
// The image library's read endpoint: GET /api/images and the /images pages' prefetch.
import { imageListResource } from "@/lib/resources/images";
import { endpoint } from "@/lib/server/api/endpoint";
import { listImagesForQuery } from "./list-images";

export const imageListEndpoint = endpoint(imageListResource, (query, { signal }) =>
  listImagesForQuery(query, signal),
);
