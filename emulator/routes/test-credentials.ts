// GET /v3/test_my_credentials - the router has already checked the keys by the time this runs.
import { statusOnly, type ApiAnswer } from "../envelope";

export function testCredentials(): ApiAnswer {
  return statusOnly(200);
}
