import { actorOrThrow } from "@/server/auth";
import { countryOptions } from "@/server/organizations";
import { packCountries } from "@/lib/country-list";
import { errorResponse } from "@/lib/route-response";

/**
 * Every country, code and name (packCountries' lines), for a country select that loads its
 * list when its form is first used rather than with every page (the attendance page's
 * add-a-person form). The browser keeps it for a day.
 */
export async function GET() {
  try {
    const actor = await actorOrThrow();
    const countries = packCountries(await countryOptions(actor));
    return new Response(countries, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, max-age=86400" } });
  } catch (error) {
    return errorResponse(error);
  }
}
