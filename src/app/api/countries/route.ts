import { actorOrThrow } from "@/server/auth";
import { countryOptions } from "@/server/organizations";
import { packCountries } from "@/lib/country-list";
import { countryOptionsIn } from "@/lib/format";
import { isLocale } from "@/i18n/locales";
import { errorResponse } from "@/lib/route-response";

/**
 * Every country, code and name (packCountries' lines), for a country select that loads its
 * list when its form is first used rather than with every page (the attendance page's
 * add-a-person form). Names are in the language the URL asks for (`?lang=fr`), in that
 * language's order; the URL carries it so the copy the browser keeps for a day is per language.
 */
export async function GET(request: Request) {
  try {
    const actor = await actorOrThrow();
    const lang = new URL(request.url).searchParams.get("lang");
    const countries = packCountries(countryOptionsIn(await countryOptions(actor), isLocale(lang) ? lang : undefined));
    return new Response(countries, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, max-age=86400" } });
  } catch (error) {
    return errorResponse(error);
  }
}
