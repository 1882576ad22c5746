import { countryKey } from './country';

// "Code Name" pairs, parsed on first use; names in English, and in French for Canada.
const regionLists: Record<string, string> = {
  US: `AL Alabama, AK Alaska, AZ Arizona, AR Arkansas, CA California, CO Colorado,
    CT Connecticut, DE Delaware, FL Florida, GA Georgia, HI Hawaii, ID Idaho, IL Illinois,
    IN Indiana, IA Iowa, KS Kansas, KY Kentucky, LA Louisiana, ME Maine, MD Maryland,
    MA Massachusetts, MI Michigan, MN Minnesota, MS Mississippi, MO Missouri, MT Montana,
    NE Nebraska, NV Nevada, NH New Hampshire, NJ New Jersey, NM New Mexico, NY New York,
    NC North Carolina, ND North Dakota, OH Ohio, OK Oklahoma, OR Oregon, PA Pennsylvania,
    RI Rhode Island, SC South Carolina, SD South Dakota, TN Tennessee, TX Texas, UT Utah,
    VT Vermont, VA Virginia, WA Washington, WV West Virginia, WI Wisconsin, WY Wyoming,
    DC District of Columbia, DC Washington DC, DC Washington D.C., PR Puerto Rico, GU Guam,
    VI US Virgin Islands, VI U.S. Virgin Islands, AS American Samoa,
    MP Northern Mariana Islands`,
  CA: `AB Alberta, BC British Columbia, MB Manitoba, NB New Brunswick, NL Newfoundland and Labrador,
    NL Newfoundland, NS Nova Scotia, NT Northwest Territories, NU Nunavut, ON Ontario,
    PE Prince Edward Island, PE PEI, QC Quebec, SK Saskatchewan, YT Yukon, YT Yukon Territory,
    BC Colombie Britannique, NB Nouveau Brunswick, NL Terre Neuve et Labrador,
    NS Nouvelle Ecosse, NT Territoires du Nord Ouest, PE Ile du Prince Edouard`,
};

type RegionIndex = { codes: ReadonlySet<string>; byName: ReadonlyMap<string, string> };
const indexes = new Map<string, RegionIndex>();

function regionIndex(country: string): RegionIndex | undefined {
  const cached = indexes.get(country);
  if (cached) return cached;
  const list = Object.hasOwn(regionLists, country) ? regionLists[country] : undefined;
  if (list === undefined) return undefined;
  const codes = new Set<string>();
  const byName = new Map<string, string>();
  for (const entry of list.split(',')) {
    const [code = '', ...name] = entry.trim().split(' ');
    codes.add(code);
    byName.set(countryKey(name.join(' ')), code);
  }
  const index = { codes, byName };
  indexes.set(country, index);
  return index;
}

/**
 * The postal code of a US state or Canadian province ("California" → "CA", "ontario" → "ON",
 * "n.y." → "NY"); for other countries, or a name we do not know, the text as given.
 */
export function toStateCode(text: string, country: string | null): string {
  const index = country === null ? undefined : regionIndex(country);
  if (!index || text.length > 100) return text;
  const key = countryKey(text);
  const asCode = key.replace(/ /g, '').toUpperCase();
  if (index.codes.has(asCode)) return asCode;
  return index.byName.get(key) ?? text;
}
