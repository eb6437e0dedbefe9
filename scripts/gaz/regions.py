#!/usr/bin/env python3
"""Generate nergraph's built-in regions gazetteer, gazetteers/regions.tsv.

One line per region (type `region`):

  * every first-level subdivision in GeoNames' admin1 table (kind
    `subdivision`, or `disputed` for a few listed below), with the ISO 3166-2
    code as id where the GeoNames entry can be matched to one;
  * a hand-curated table of geographic, disputed and news regions (kind
    `geographic` or `disputed`): Donbas, Kashmir, the Sahel, continents...

Inputs (read-only):

    <shared>/data/geonames/admin1CodesASCII.txt  GeoNames, CC BY 4.0
    <shared>/data/geonames/countryInfo.txt       GeoNames, CC BY 4.0
    <shared>/data/countries/countries.json       mledoze/countries, ODbL 1.0
    <iso-codes>/iso_3166-2.json                  Debian iso-codes, LGPL-2.1+
    <iso-codes>/../../locale/en/LC_MESSAGES/iso_3166-2.mo
                                                 the same package's English
                                                 names (Bayern -> Bavaria)
    gazetteers/countries.tsv, gazetteers/cities.tsv (this repository)

The output is a pure function of these inputs and of the curated tables
below: the same inputs give a byte-identical file. Fix a wrong name or a
wrong match by editing a table here and re-running; never edit the TSV.

Usage:
    python3 scripts/gaz/regions.py [--shared DIR] [--iso-codes DIR] [--out FILE]
                                   [--report] [--report-all]

--report prints every ISO 3166-2 match that was not an exact name match,
every unmatched entry and every dropped name to stderr, for reviewing the
tables (--report-all: every match).

Precision: the matcher finds every alias anywhere in a text, so each name
passes the rules of `rule_for` and `settle` (see also the header that the
script writes): no clash with countries.tsv or cities.tsv, no common words,
person names or compass phrases (COMMON_WORDS, NON_PLACE_SENSE,
COMPASS_NAME, SAINT_NAME), nothing shorter than four letters, only
qualified names in countries with tiny subdivisions, and no alias shared by
two regions. The script checks the result and fails loudly otherwise.

Standard library only. Exit status 2 when an input is missing or unreadable,
1 when a consistency check fails.
"""

import argparse
import gettext
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

SCRIPT_PATH = Path(__file__).resolve()
REPO_ROOT = SCRIPT_PATH.parent.parent.parent  # scripts/gaz/regions.py
SCRIPT_NAME = "scripts/gaz/regions.py"

# ===========================================================================
# Curated tables. Every precision decision lives here, with its reason.
# ===========================================================================

# Ids of the hand-made starter file that must survive unchanged: graphs made
# with earlier builds refer to them.
LEGACY_IDS = [
    "region:RU-KRS", "region:RU-BEL", "region:UA-43", "region:UKR-donbas",
    "region:UA-14", "region:UA-09", "region:UA-23", "region:UA-65",
    "region:PSE-gaza-strip", "region:PSE-west-bank", "region:korean-peninsula",
    "region:middle-east", "region:kashmir", "region:US-CA", "region:US-TX",
    "region:GB-SCT", "region:GB-WLS", "region:GB-NIR", "region:GB-ENG",
]

# --- Matching GeoNames admin1 entries to ISO 3166-2 ------------------------

# Explicit matches, admin1 code -> ISO 3166-2 code, or None for "has no ISO
# code". Only needed where the automatic matching (by name; see
# match_iso_codes) fails or goes wrong: different languages (Bavaria /
# Bayern), transliterations the matcher cannot bridge, or GeoNames entries
# that cover something other than the ISO unit of the same name.
ISO_OVERRIDE = {
    # Palestine: GeoNames has the two territories, ISO the 16 governorates;
    # "Gaza" (PS-GZA) is only one governorate of the Gaza Strip.
    "PS.GZ": None,
    "PS.WE": None,
    # Madagascar: GeoNames has the 23 regions, ISO the 6 former provinces.
    "MG.31": None,
    # Nepal: the provinces were numbered before they were named.
    "NP.1": "NP-P1", "NP.2": "NP-P2", "NP.3": "NP-P3", "NP.4": "NP-P4",
    "NP.5": "NP-P5", "NP.6": "NP-P6", "NP.7": "NP-P7",
    # English, or another transliteration, in GeoNames; the local form or a
    # renamed unit in ISO. Checked by hand.
    "AE.01": "AE-AZ", "AE.04": "AE-FU", "AE.06": "AE-SH", "AF.27": "AF-WAR",
    "AO.06": "AO-CUS", "AR.07": "AR-C", "AT.02": "AT-2", "AT.03": "AT-3",
    "AT.04": "AT-4", "AT.06": "AT-6", "AZ.11": "AZ-BAR", "AZ.14": "AZ-CAB",
    "AZ.15": "AZ-CAL", "AZ.19": "AZ-GAD", "AZ.26": "AZ-KAL", "AZ.29": "AZ-LAN",
    "AZ.30": "AZ-LA", "AZ.35": "AZ-NX", "AZ.38": "AZ-QAB", "AZ.47": "AZ-SAK",
    "AZ.48": "AZ-SA", "AZ.55": "AZ-SUS", "AZ.57": "AZ-TAR", "AZ.64": "AZ-XCI",
    "AZ.65": "AZ-XVD", "AZ.67": "AZ-YEV", "AZ.68": "AZ-YE", "BA.01": "BA-BIH",
    "BD.84": "BD-B", "BE.BRU": "BE-BRU", "BE.VLG": "BE-VLG", "BG.42": "BG-22",
    "BG.58": "BG-23", "BH.16": "BH-13", "BH.17": "BH-14", "BH.19": "BH-17",
    "BJ.12": "BJ-KO", "BR.07": "BR-DF", "BW.10": "BW-SO", "BY.01": "BY-BR",
    "BY.04": "BY-HM", "BY.05": "BY-MI", "BY.06": "BY-MA", "BY.07": "BY-VI",
    "CD.08": "CD-BC", "CF.06": "CF-KG", "CF.15": "CF-KB", "CF.16": "CF-SE",
    "CH.BS": "CH-BS", "CH.GR": "CH-GR", "CH.LU": "CH-LU", "CL.02": "CL-AI",
    "CL.08": "CL-LI", "CL.12": "CL-RM", "CN.13": "CN-XJ", "CN.14": "CN-XZ",
    "CN.16": "CN-GX", "CN.20": "CN-NM", "CN.21": "CN-NX", "CO.25": "CO-SAP",
    "CY.02": "CY-06", "CY.04": "CY-01", "CY.05": "CY-02", "CY.06": "CY-05",
    "CZ.52": "CZ-10", "CZ.78": "CZ-64", "CZ.88": "CZ-20", "DE.06": "DE-NI",
    "DE.07": "DE-NW", "DE.13": "DE-SN", "DE.14": "DE-ST", "DE.15": "DE-TH",
    "DJ.04": "DJ-OB", "DK.17": "DK-84", "DK.18": "DK-82", "DK.19": "DK-81",
    "DK.20": "DK-85", "DK.21": "DK-83",
    "EG.01": "EG-DK", "EG.02": "EG-BA", "EG.03": "EG-BH", "EG.05": "EG-GH",
    "EG.06": "EG-ALX", "EG.07": "EG-IS", "EG.08": "EG-GZ", "EG.09": "EG-MNF",
    "EG.11": "EG-C", "EG.12": "EG-KB", "EG.13": "EG-WAD", "EG.14": "EG-SHR",
    "EG.15": "EG-SUZ", "EG.18": "EG-BNS", "EG.19": "EG-PTS", "EG.20": "EG-DT",
    "EG.21": "EG-KFS", "EG.23": "EG-KN", "EG.24": "EG-SHG", "EG.26": "EG-JS",
    "EG.27": "EG-SIN", "EG.28": "EG-LX",
    "ER.02": "ER-DU", "ER.03": "ER-DK", "ER.05": "ER-MA", "ER.06": "ER-SK",
    "ES.07": "ES-IB", "ES.32": "ES-NC", "ES.53": "ES-CN", "ES.59": "ES-PV",
    "ET.49": "ET-GA", "ET.50": "ET-HA", "FR.53": "FR-BRE", "FR.94": "FR-20R",
    "GD.10": "GD-10", "GL.04": "GL-KU", "GL.06": "GL-QE", "GL.07": "GL-SM",
    "GL.11839534": "GL-QT", "GL.11839537": "GL-AV",
    "GR.736572": "GR-69", "GR.ESYE11": "GR-A", "GR.ESYE12": "GR-B",
    "GR.ESYE13": "GR-C", "GR.ESYE14": "GR-E", "GR.ESYE21": "GR-D",
    "GR.ESYE22": "GR-F", "GR.ESYE23": "GR-G", "GR.ESYE24": "GR-H",
    "GR.ESYE25": "GR-J", "GR.ESYE31": "GR-I", "GR.ESYE41": "GR-K",
    "GR.ESYE42": "GR-L", "GR.ESYE43": "GR-M",
    "HN.11": "HN-IB", "HR.02": "HR-12", "HR.04": "HR-18", "HR.07": "HR-02",
    "HR.11": "HR-11", "HR.12": "HR-08", "HR.15": "HR-17", "HR.20": "HR-01",
    "HR.21": "HR-21", "HT.11": "HT-OU", "HT.12": "HT-SD", "HT.13": "HT-SE",
    "HT.15": "HT-NI", "HU.23": "HU-VE", "ID.04": "ID-JK", "ID.22": "ID-SG",
    "ID.35": "ID-BB", "ID.40": "ID-KR", "IE.C": "IE-C", "IL.01": "IL-D",
    "IL.02": "IL-M", "IL.03": "IL-Z", "IL.04": "IL-HA", "IL.05": "IL-TA",
    "IL.06": "IL-JM", "IN.14": "IN-LD", "IQ.02": "IQ-BA", "IQ.08": "IQ-DA",
    "IQ.15": "IQ-NI", "IR.01": "IR-04", "IR.16": "IR-12", "IR.33": "IR-03",
    "IR.41": "IR-29", "IR.42": "IR-09", "IR.43": "IR-28",
    "IS.38": "IS-7", "IS.39": "IS-1", "IS.40": "IS-6", "IS.41": "IS-5",
    "IS.42": "IS-8", "IS.43": "IS-2", "IS.44": "IS-4", "IS.45": "IS-3",
    "IT.14": "IT-88", "IT.15": "IT-82", "IT.16": "IT-52", "IT.19": "IT-23",
    "JO.16": "JO-AM", "JO.21": "JO-AQ", "KG.01": "KG-GB", "KG.08": "KG-O",
    "KG.10": "KG-GO", "KH.09": "KH-10", "KH.19": "KH-21", "KH.26": "KH-23",
    "KM.02": "KM-G", "KP.03": "KP-08", "KP.06": "KP-05", "KP.07": "KP-06",
    "KP.11": "KP-03", "KP.15": "KP-02", "KP.17": "KP-09", "KR.01": "KR-49",
    "KR.05": "KR-43", "KZ.01": "KZ-ALM", "KZ.02": "KZ-ALA", "KZ.03": "KZ-AKM",
    "KZ.05": "KZ-AST", "KZ.06": "KZ-ATY", "KZ.09": "KZ-MAN", "KZ.10": "KZ-YUZ",
    "KZ.11": "KZ-PAV", "KZ.14": "KZ-KZY", "KZ.15": "KZ-VOS", "KZ.16": "KZ-SEV",
    "KZ.17": "KZ-ZHA", "LA.24": "LA-VT", "LA.27": "LA-VI", "LB.05": "LB-JL",
    "LB.06": "LB-JA", "LB.07": "LB-NA", "LB.08": "LB-BI", "LB.09": "LB-AS",
    "LS.11": "LS-B", "LU.CL": "LU-CL", "LU.ES": "LU-ES", "LY.77": "LY-TB",
    "MA.02": "MA-02", "MD.58": "MD-SN", "MN.06": "MN-061", "MN.07": "MN-063",
    "MN.08": "MN-059", "MN.18": "MN-047", "MT.25": "MT-20", "MT.41": "MT-41",
    "MT.45": "MT-46", "MT.46": "MT-45", "MU.23": "MU-RO", "MX.07": "MX-COA",
    "MX.09": "MX-CMX", "MX.15": "MX-MEX", "MX.16": "MX-MIC", "MX.30": "MX-VER",
    "MY.09": "MY-07", "MY.14": "MY-14", "MY.15": "MY-15", "MY.17": "MY-16",
    "MZ.04": "MZ-L", "MZ.11": "MZ-MPM", "NG.11": "NG-FC", "NI.17": "NI-AN",
    "NI.18": "NI-AS", "NL.02": "NL-FR", "OM.02": "OM-BJ", "OM.04": "OM-SJ",
    "OM.06": "OM-MA", "OM.08": "OM-ZU", "OM.11": "OM-BS", "OM.12": "OM-SS",
    "PA.12": "PA-NB", "PE.01": "PE-AMA", "PE.15": "PE-LIM", "PE.LMA": "PE-LMA",
    "PG.04": "PG-NPP", "PG.18": "PG-SAN", "PH.NCR": "PH-00", "PK.06": "PK-JK",
    "PL.72": "PL-02", "PL.74": "PL-10", "PL.75": "PL-06", "PL.76": "PL-08",
    "PL.77": "PL-12", "PL.78": "PL-14", "PL.79": "PL-16", "PL.80": "PL-18",
    "PL.82": "PL-22", "PL.83": "PL-24", "PL.85": "PL-28", "PL.86": "PL-30",
    "PL.87": "PL-32", "QA.01": "QA-DA", "QA.04": "QA-KH", "QA.06": "QA-RA",
    "QA.08": "QA-MS", "QA.13": "QA-ZA", "QA.14": "QA-SH",
    "RU.03": "RU-AL", "RU.04": "RU-ALT", "RU.25": "RU-KLU", "RU.47": "RU-MOS",
    "RU.48": "RU-MOW", "RU.51": "RU-NIZ", "RU.54": "RU-OMS", "RU.56": "RU-ORL",
    "RU.57": "RU-PNZ", "RU.68": "RU-SE", "RU.80": "RU-UD", "RU.89": "RU-YEV",
    "SA.05": "SA-03", "SA.06": "SA-04", "SA.14": "SA-02", "SA.15": "SA-08",
    "SC.25": "SC-15", "SC.26": "SC-16", "SD.38": "SD-GZ", "SD.39": "SD-GD",
    "SI.40": "SI-040", "SI.44": "SI-044", "SI.50": "SI-050", "SI.D1": "SI-116",
    "SI.G5": "SI-156", "SI.H2": "SI-161", "SI.I4": "SI-059", "SI.J9": "SI-090",
    "SO.08": "SO-JD", "SO.09": "SO-JH", "SO.13": "SO-SD", "SO.14": "SO-SH",
    "SY.02": "SY-LA", "SY.03": "SY-QU", "SY.07": "SY-DY", "SY.09": "SY-HL",
    "SY.11": "SY-HI", "TD.07": "TD-LC", "TD.21": "TD-ND", "TD.22": "TD-BG",
    "TH.40": "TH-10", "TJ.01": "TJ-GB", "TJ.RR": "TJ-RA", "TL.LA": "TL-LA",
    "TL.LI": "TL-LI", "TL.OE": "TL-OE", "TL.VI": "TL-VI", "TT.01": "TT-ARI",
    "TT.03": "TT-MRC", "TT.DMN": "TT-DMN", "TT.SGE": "TT-SGE", "TT.SIP": "TT-SIP",
    "TZ.02": "TZ-19", "TZ.21": "TZ-11", "UZ.02": "UZ-BU", "UZ.03": "UZ-FA",
    "UZ.09": "UZ-QR", "UZ.13": "UZ-TK", "UZ.14": "UZ-TO", "VE.25": "VE-A",
    "VE.26": "VE-X", "YE.02": "YE-AD", "YE.28": "YE-SU",
    # Ukraine: ISO uses adjectival forms (Kyivska, Zaporizka).
    "UA.01": "UA-71", "UA.02": "UA-74", "UA.03": "UA-77", "UA.04": "UA-12",
    "UA.05": "UA-14", "UA.06": "UA-26", "UA.07": "UA-63", "UA.08": "UA-65",
    "UA.09": "UA-68", "UA.10": "UA-35", "UA.11": "UA-43", "UA.12": "UA-30",
    "UA.13": "UA-32", "UA.14": "UA-09", "UA.15": "UA-46", "UA.16": "UA-48",
    "UA.17": "UA-51", "UA.18": "UA-53", "UA.19": "UA-56", "UA.20": "UA-40",
    "UA.21": "UA-59", "UA.22": "UA-61", "UA.23": "UA-05", "UA.24": "UA-07",
    "UA.25": "UA-21", "UA.26": "UA-23", "UA.27": "UA-18",
}

# ISO 3166-2 types that are groupings or former units, never matched.
ISO_SKIP_TYPES = {"Geographical unit", "Development region"}

# --- Names ----------------------------------------------------------------

# Canonical English names where GeoNames' name is not the form English news
# uses, or is a bare name that belongs to a city or a country (the city or
# country keeps the bare name; see the precision rules). The GeoNames name
# is still offered as an alias and goes through the same checks.
NAME_OVERRIDE = {
    # Russia: GeoNames mixes bare, adjectival and type-word forms.
    "RU.01": "Adygea", "RU.03": "Altai Republic", "RU.04": "Altai Krai",
    "RU.06": "Arkhangelsk Oblast", "RU.08": "Bashkortostan",
    "RU.11": "Buryatia", "RU.13": "Chelyabinsk Oblast", "RU.15": "Chukotka",
    "RU.16": "Chuvashia", "RU.19": "Ingushetia", "RU.22": "Kabardino-Balkaria",
    "RU.24": "Kalmykia", "RU.27": "Karachay-Cherkessia",
    "RU.29": "Kemerovo Oblast", "RU.30": "Khabarovsk Krai",
    "RU.31": "Khakassia", "RU.32": "Khanty-Mansi Autonomous Okrug",
    "RU.42": "Leningrad Oblast", "RU.45": "Mari El", "RU.46": "Mordovia",
    "RU.48": "Moscow (federal city)", "RU.49": "Murmansk Oblast",
    "RU.50": "Nenets Autonomous Okrug", "RU.56": "Oryol Oblast",
    "RU.59": "Primorsky Krai", "RU.61": "Rostov Oblast",
    "RU.63": "Sakha Republic", "RU.66": "Saint Petersburg (federal city)",
    "RU.70": "Stavropol Krai", "RU.73": "Tatarstan", "RU.79": "Tuva",
    "RU.80": "Udmurtia", "RU.81": "Ulyanovsk Oblast", "RU.87":
    "Yamalo-Nenets Autonomous Okrug", "RU.92": "Kamchatka Krai",
    "RU.93": "Zabaykalsky Krai",
    # Ukraine: GeoNames has bare names, which are the oblast capitals.
    "UA.01": "Cherkasy Oblast", "UA.02": "Chernihiv Oblast",
    "UA.03": "Chernivtsi Oblast", "UA.04": "Dnipropetrovsk Oblast",
    "UA.05": "Donetsk Oblast", "UA.06": "Ivano-Frankivsk Oblast",
    "UA.07": "Kharkiv Oblast", "UA.08": "Kherson Oblast",
    "UA.09": "Khmelnytskyi Oblast", "UA.10": "Kirovohrad Oblast",
    "UA.13": "Kyiv Oblast", "UA.14": "Luhansk Oblast",
    "UA.15": "Lviv Oblast", "UA.16": "Mykolaiv Oblast", "UA.17": "Odesa Oblast",
    "UA.18": "Poltava Oblast", "UA.19": "Rivne Oblast",
    "UA.21": "Sumy Oblast", "UA.22": "Ternopil Oblast",
    "UA.23": "Vinnytsia Oblast", "UA.24": "Volyn Oblast",
    "UA.25": "Zakarpattia Oblast", "UA.26": "Zaporizhzhia Oblast",
    "UA.27": "Zhytomyr Oblast",
    # United States: the city or the country keeps the bare name.
    "US.GA": "Georgia (U.S. state)", "US.NY": "New York State",
    "AU.07": "Victoria (Australia)", "PE.15": "Lima Region",
    "US.WA": "Washington State",
    # Others.
    "BA.01": "Federation of Bosnia and Herzegovina", "BA.02": "Republika Srpska",
    "BA.BRC": "Brčko District",
    "DE.03": "Bremen", "AT.09": "Vienna (state)", "MX.09": "Mexico City (federal entity)",
    "FR.27": "Bourgogne-Franche-Comté", "FR.84": "Auvergne-Rhône-Alpes",
    "FR.24": "Centre-Val de Loire",
    "GP.GP": "Guadeloupe Region", "MQ.MQ": "Martinique Territorial Collectivity",
    "RE.RE": "Réunion Region", "GF.GF": "French Guiana Territorial Collectivity",
    "JP.40": "Tokyo Metropolis",
    # Czechia: GeoNames mixes Czech adjectival forms and English.
    "CZ.78": "South Moravian Region", "CZ.79": "South Bohemian Region",
    "CZ.80": "Vysočina Region", "CZ.81": "Karlovy Vary Region",
    "CZ.82": "Hradec Králové Region", "CZ.83": "Liberec Region",
    "CZ.84": "Olomouc Region", "CZ.85": "Moravian-Silesian Region",
    "CZ.86": "Pardubice Region", "CZ.88": "Central Bohemian Region",
    "CZ.89": "Ústí nad Labem Region", "CZ.90": "Zlín Region",
    # Kazakhstan and Belarus: Kazakh and Russian forms in GeoNames.
    "KZ.03": "Akmola Region", "KZ.04": "Aktobe Region", "KZ.06": "Atyrau Region",
    "KZ.07": "West Kazakhstan Region", "KZ.09": "Mangystau Region",
    "KZ.13": "Kostanay Region", "KZ.14": "Kyzylorda Region",
    "KZ.17": "Jambyl Region", "BY.03": "Grodno Region",
    # Poland, Qatar.
    "PL.73": "Kuyavian-Pomeranian Voivodeship", "PL.84": "Świętokrzyskie Voivodeship",
    "QA.01": "Doha Municipality", "QA.06": "Al Rayyan Municipality",
    "QA.08": "Al Shamal Municipality", "NP.4": "Gandaki Province", "IN.14": "Lakshadweep",
    "TW.01": "Fujian Province (Taiwan)", "TW.02": "Kaohsiung",
    "TW.04": "Taiwan Province",
}

# Extra aliases for admin1 entries (they pass the same precision checks).
EXTRA_ALIASES = {
    "RU.08": ["Republic of Bashkortostan"],
    "RU.12": ["Chechen Republic"],
    "RU.15": ["Chukotka Autonomous Okrug"],
    "RU.16": ["Chuvash Republic"],
    "RU.17": ["Republic of Dagestan", "Daghestan"],
    "RU.19": ["Republic of Ingushetia"],
    "RU.28": ["Republic of Karelia"],
    "RU.29": ["Kuzbass"],
    "RU.32": ["Khanty-Mansia", "Yugra"],
    "RU.34": ["Komi Republic"],
    "RU.59": ["Primorye"],
    "RU.63": ["Yakutia", "Republic of Sakha"],
    "RU.68": ["North Ossetia", "North Ossetia-Alania"],
    "RU.73": ["Republic of Tatarstan"],
    "RU.79": ["Tyva"],
    "RU.80": ["Udmurt Republic"],
    "RU.93": ["Zabaykalsky", "Transbaikal", "Zabaykalsky region"],
    "UA.04": ["Dnipro Oblast", "Dnipro region"],
    "UA.06": ["Ivano-Frankivsk region"],
    "UA.10": ["Kropyvnytskyi region"],
    "UA.11": ["Crimean Peninsula", "Autonomous Republic of Crimea"],
    "UA.13": ["Kiev Oblast", "Kiev region"],
    "UA.14": ["Lugansk", "Lugansk region", "Luhansk"],
    "UA.17": ["Odessa Oblast", "Odessa region"],
    "UA.25": ["Transcarpathia", "Transcarpathian region"],
    "UA.26": ["Zaporizhia region", "Zaporozhye region"],
    "PS.GZ": ["Gaza", "Gaza strip"],
    "IL.WE": ["Judea and Samaria"],
    "CN.13": ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region"],
    "CN.14": ["Tibet Autonomous Region", "Xizang", "Xizang Autonomous Region"],
    "CN.20": ["Inner Mongolia Autonomous Region", "Nei Mongol"],
    "CN.16": ["Guangxi Zhuang Autonomous Region"],
    "CN.21": ["Ningxia Hui Autonomous Region"],
    "IN.12": ["Jammu & Kashmir"],
    "PK.03": ["Khyber-Pakhtunkhwa"],
    "PK.06": ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir"],
    "PH.14": ["Bangsamoro", "BARMM", "Bangsamoro Autonomous Region"],
    "GE.02": ["Abkhazian Autonomous Republic"],
    "MD.58": ["Trans-Dniester", "Transdniestria", "Pridnestrovie"],
    "ES.29": ["Community of Madrid"],
    "US.DC": ["Washington, D.C."],
    "US.GA": ["U.S. state of Georgia", "US state of Georgia"],
    "US.WA": ["Washington state", "state of Washington", "U.S. state of Washington"],
    "US.NY": ["state of New York"],
    "AU.07": ["Victoria state", "state of Victoria"],
    "JP.40": ["Tokyo Prefecture", "Tokyo prefecture"],
    "GB.ENG": [],
}

# Kinds other than `subdivision` for admin1 entries: subdivisions whose
# status is disputed or that are occupied or annexed.
KIND_OVERRIDE = {
    "UA.11": "disputed",  # Crimea, annexed by Russia in 2014
    "UA.20": "disputed",  # Sevastopol, likewise
    "PS.GZ": "disputed",
    "PS.WE": "disputed",
    "IL.WE": "disputed",  # GeoNames' Israeli unit for the West Bank
    "GE.02": "disputed",  # Abkhazia
    "MD.58": "disputed",  # Transnistria
    "IN.12": "disputed",  # Jammu and Kashmir
    "PK.06": "disputed",  # Azad Kashmir
    "PK.07": "disputed",  # Gilgit-Baltistan
}

# Ids fixed by hand for admin1 entries without an ISO code (keeps the
# starter file's ids).
ID_OVERRIDE = {
    "PS.GZ": "region:PSE-gaza-strip",
    "PS.WE": "region:PSE-west-bank",
}

# English type words, by ISO 3166-2 subdivision type. Used for the name
# when the bare name cannot be used ("Tokyo" -> "Tokyo Prefecture") and for
# the lowercase alias variants ("Kursk oblast", "Idlib governorate").
ISO_TYPE_WORD = {
    "Province": "Province", "Region": "Region", "State": "State",
    "Governorate": "Governorate", "Prefecture": "Prefecture",
    "Department": "Department", "County": "County", "District": "District",
    "Municipality": "Municipality", "Parish": "Parish", "Emirate": "Emirate",
    "Canton": "Canton", "Voivodship": "Voivodeship", "Division": "Division",
    "Rayon": "District", "Autonomous region": "Autonomous Region",
    "Autonomous community": "Autonomous Community", "Regional state": "Region",
    "Land": "State", "Republic": "Republic", "Union territory": "Union Territory",
    "Administrative territory": "Krai", "Autonomous district": "Autonomous District",
    "Administrative region": "Region", "Oblast": "Region",
    "Metropolitan region": "Region", "Capital district": "Capital District",
    "Capital territory": "Capital Territory", "Federal district": "Federal District",
    "Federal capital territory": "Capital Territory", "Autonomous province":
    "Autonomous Province", "Island council": "Island", "Zone": "Zone",
    "Development region": "Region", "Geographical region": "Region",
    "Popularate": "Governorate", "Commune": "Commune", "Local council": "Local Council",
    "Administrative atoll": "Atoll", "Island": "Island", "Quarter": "Quarter",
    "Autonomous republic": "Autonomous Republic", "Indigenous region": "Comarca",
    "Special municipality": "Municipality", "Entity": "Entity",
    "Metropolitan department": "Department", "Overseas region": "Region",
    "Two-tier county": "County", "Council area": "Council Area",
    "Unitary authority": "Unitary Authority", "Urban municipality": "Municipality",
    "Rural municipality": "Municipality", "District municipality": "Municipality",
}

# Type word of single admin1 entries, where the rules give a wrong one.
TYPE_WORD_OVERRIDE = {}

# Per-country type word, where the ISO type is missing or does not read
# well in English news.
COUNTRY_TYPE_WORD = {
    "RU": None,  # taken from the name (Oblast, Krai, Republic ...)
    "UA": "Oblast", "BY": "Region", "KZ": "Region", "US": "State",
    "IN": "State", "AU": "State", "MX": "State", "BR": "State", "NG": "State",
    "DE": "State", "AT": "State", "MY": "State", "VE": "State", "SS": "State",
    "SD": "State", "CN": "Province", "JP": "Prefecture", "IQ": "Governorate",
    "SY": "Governorate", "EG": "Governorate", "YE": "Governorate",
    "JO": "Governorate", "TN": "Governorate", "LB": "Governorate",
    "AF": "Province", "IR": "Province", "TR": "Province", "PK": "Province",
    "SA": "Region", "MM": "Region", "ET": "Region", "KR": "Province",
    "KP": "Province", "VN": "Province", "TH": "Province", "PH": "Region",
    # Territories without ISO 3166-2 subdivisions.
    "BM": "Parish", "JE": "Parish", "GG": "Parish", "IM": "Sheading",
    "KY": "District", "AI": "District", "MS": "Parish", "PR": "Municipality",
    "GU": "Village", "AS": "District", "MP": "Municipality", "VI": "District",
    "YT": "Commune", "FO": "Region", "AX": "Municipality", "CK": "Island",
    "TK": "Atoll", "HK": "District", "MO": "Parish", "NC": "Province",
    "PF": "Subdivision", "PM": "Commune", "TF": "District", "XK": "District",
    "WF": "Kingdom", "BQ": "Special Municipality", "SJ": "Territory", "UM": "Island",
}

# Countries whose admin1 units average fewer people than this get only
# qualified names ("Smith's Parish", not "Smith's"): see
# fine_grained_countries.
FINE_GRAINED_POP = 90_000

# Countries whose first-level units are called states in English: their
# alias variants are "<name> state" (not "region"/"province").
STATE_COUNTRIES = {"US", "IN", "AU", "MX", "BR", "NG", "DE", "AT", "MY", "VE",
                   "SS", "SD"}

# Countries whose units are also called "<name> region" / "<name> province"
# in English news, besides their own type word.
REGION_PROVINCE_COUNTRIES = {"RU", "UA", "BY", "KZ"}

# No "<name> <type>" variants for these types (the city keeps the bare name;
# "Tokyo Metropolis region" is no name) and countries ("England region").
NO_VARIANT_TYPES = {"City", "Metropolis", "Entity"}
NO_VARIANT_COUNTRIES = {"GB"}

# Type words recognised at the end (or start) of a GeoNames name; removing
# them gives the bare name ("Kursk Oblast" -> "Kursk").
TYPE_SUFFIXES = [
    "Autonomous Okrug", "Autonomous Oblast", "Autonomous Region",
    "Autonomous Province", "Capital District", "Capital Territory",
    "Special Region", "Regional State", "Union Territory", "Federal District",
    "Oblast'", "Oblast", "oblast", "Krai", "Kray", "kraj", "Province",
    "Region", "Governorate", "Prefecture", "State", "County", "District",
    "Department", "Municipality", "Parish", "Division", "Republic",
    "Territory", "Emirate", "Canton", "Voivodeship", "Rayon", "Oblisi", "Oblysy",
    "Atoll", "Atholhu",
]
# Type words in the local language, at the start or end of GeoNames names:
# replaced by the English word ("Raionul Edineţ" -> "Edineţ District").
FOREIGN_TYPE_WORDS = {
    "Raionul": "District", "Opština": "Municipality", "Opstina": "Municipality",
    "Občina": "Municipality", "Obcina": "Municipality", "Muhafazat": "Governorate",
    "Baladīyat": "Municipality", "Baladiyat": "Municipality", "novads": "Municipality",
    "Rajons": "District", "kraj": "Region",
}
# "City" is not stripped: "Mexico City" is not "Mexico".
TYPE_PREFIXES = ["Republic of", "State of", "Province of", "Region of",
                 "City of", "Municipality of", "Canton of", "Federal District of"]

# --- Precision -------------------------------------------------------------

# Bare forms that are common English words, compass and position words, or
# words with a much more frequent non-place sense. The matcher finds a name
# anywhere, capitals permitting (sentence starts and headlines have
# capitals), so such a name is never an alias on its own. The entity then
# keeps a qualified name ("Plateau State", "Rivers State").
COMMON_WORDS = {
    "Central", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Capital", "Centre", "Center", "Coast", "Coastal",
    "Interior", "Island", "Islands", "Lakes", "Lake", "Highlands", "Mountain",
    "Plateau", "Valley", "Delta", "Upper", "Lower", "Middle", "Greater",
    "Orange", "Nice", "Split", "Bar", "Mobile", "Reading", "Bath", "Police",
    "Of", "Para", "Pará", "Amazonas", "Rivers", "Unity", "Maritime",
    "Littoral", "Plains", "Oriental", "Occidental", "Atlantic", "Atlantique",
    "Pacific", "Sud", "Nord", "Ouest", "Est", "Centre-Sud", "Centre-Est",
    "Centre-Nord", "Centre-Ouest", "Sud-Ouest", "Nord-Ouest", "Nord-Est",
    "Sud-Est", "Savanes", "Lagunes", "Montagnes", "Kara", "Plaines",
    "Grand", "Far North", "Balkan", "Arctic", "Caribbean", "Mediterranean",
    "Andean", "Amazon", "Centrale", "Cascades", "Mono", "Pool", "Gulf", "Pest",
    "Nacional", "Savannah", "Mascara", "Meta", "North West", "North East", "South West",
    "South East", "North-West", "North-East", "South-West", "South-East",
    "Southeast", "Northeast", "Southwest", "Northwest", "Federal", "National",
    "Autonomous", "Special", "Metropolitan", "Municipal", "Central and Western",
    "Northern Islands", "Southern Islands", "Outer Islands", "Inner Islands",
    "North Central", "North Western", "North-Western", "Western Area",
    "Capital District", "Capital Region", "Capital Territory",
    "Distrito Capital", "Distrito Federal", "Federal District",
    "River Nile", "Al Jazirah", "Jewish", "Somali", "Afar", "Harari",
    "Free", "Mon", "Tanganyika", "Equateur", "Mid-West", "Midwest",
    "Sandy Point", "Saint", "Trinity", "Victoria", "Georgia", "Washington",
    "Jordan", "Chad", "Santiago", "Salah ad Din", "Limburg", "Santa Cruz",
    "Guerrero", "Colón",
    "Colon", "Bolívar", "Bolivar", "Sucre", "Independencia", "Libertador",
    "Libertad", "La Libertad", "Esperanza", "Paraíso", "Progreso",
    "Concepción", "Concepcion", "Constitución", "Soledad",
    "Guadalupe", "Cordillera", "Andes", "Oriente", "Occidente",
    "Southeastern", "Northeastern", "Southwestern", "Northwestern",
}

# Bare names whose usual sense in English news is a person, a company, a
# team, a brand or a better-known place elsewhere (found by reading the
# names and by running them over the BBC and CoNLL news text in shared/).
# The region keeps its qualified name ("Mary Region", "Meta Department").
NON_PLACE_SENSE = {
    # First names and surnames.
    "Mary", "Diana", "Vladimir", "Nelson", "Bono", "Cesar", "César", "Magdalena",
    "Miranda", "Lara", "Vargas", "Flores", "Falcón", "Falcon", "Constantine",
    "Alba", "Chin", "Shan", "Mara", "Farah", "Ariana", "Mila", "Rodrigues",
    "Herrera", "Rivera", "Rocha", "Soriano", "Artigas", "Maldonado", "Mendoza",
    "Hidalgo", "Duarte", "Valverde", "Trelawny", "Caldas", "Rivas", "Cortés",
    "Cortes", "San Martín", "San Martin", "O'Higgins", "Bender", "Acre",
    "Leon", "León", "Tasman",
    # Japanese prefectures that are common surnames ("Toshiyuki Shiga").
    "Ishikawa", "Yamaguchi", "Miyazaki", "Nagano", "Shiga", "Yamagata",
    "Kagawa", "Toyama", "Miyagi", "Fukui", "Saga", "Chiba", "Okayama", "Akita",
    # Companies, brands, media, clubs, currencies.
    "Santander", "Bayern", "Granma", "Portuguesa", "Lempira", "Batman", "Fars",
    "Marlborough", "San Miguel",
    "Surin", "Nyanga", "Southland", "Ogun",
    # Dominican provinces named after people.
    "Sánchez Ramírez", "Santiago Rodríguez", "María Trinidad Sánchez", "Elías Piña",
    # Former names of cities: "Leningrad" is St Petersburg in 1924-1991.
    "Leningrad",
    # Better-known places elsewhere.
    "Valencia", "Portland", "Hanover", "Canterbury", "West Coast", "Midlands",
    "Santa Barbara", "Granada", "Kochi", "Trujillo", "Bari", "Santa Ana",
    "San Pedro", "San Fernando", "San Cristóbal", "San Cristobal", "Santa Rosa",
    "Valle", "Cabañas", "Cabanas",
}

# Single "Saint X" / "St X" names are names of saints (Saint Andrew, Saint
# Patrick ...): never aliases on their own (the parish keeps "Saint Andrew
# Parish"). Compound saint names ("Saint Kitts", "Santa Catarina") are
# unaffected.
SAINT_NAME = re.compile(r"^(Saint|St\.?|Sainte|Ste\.?|Sveti|Sv\.)[ -]\S+$")

# A compass or position word and a type word make a phrase that names many
# places and courts ("Southern District", "Eastern Province", "Central
# Region"): never an alias on its own; the region keeps "<name> (<country>)".
COMPASS_NAME = re.compile(
    r"^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|"
    r"Center|Middle|Upper|Lower|Far|Mid|North[- ]?(East|West)|South[- ]?(East|West)|"
    r"North[- ]?(Eastern|Western)|South[- ]?(Eastern|Western)|North Central|"
    r"Far[- ](North|West|East|South)|Mid[- ]?Western)[ -]"
    r"(District|Region|Province|Division|Governorate|Department|State|Area|"
    r"Municipality|Zone|Sector|Parish|County|Island|Islands|Development Region)$")

# Short names are allowed when listed here (the rule drops names of fewer
# than four letters: Imo, Oyo, Edo, Van ...).
SHORT_OK = {"Goa"}

# A bare name claimed by two or more regions goes to none of them (each
# keeps a qualified name: "Punjab (India)", "Limburg (Belgium)"), unless it
# is listed here with the admin1 code that keeps it: the region meant in
# most English news.
AMBIGUOUS_WINNER = {
    "Florida": "US.FL",   # Uruguay's Florida Department keeps its full name
    "Maryland": "US.MD",  # Liberia's Maryland County keeps its full name
    "Montana": "US.MT",   # Bulgaria's Montana Province keeps its full name
    "Fujian": "CN.07",    # Taiwan's Fujian Province (Kinmen, Matsu) is qualified
    "Balochistan": "PK.02",
}
# (A name also goes to the region that has it from a curated table, over a
# region that has it only from the data: the Gaza Strip keeps "Gaza" over
# Mozambique's Gaza Province.)

# Aliases never given to the listed admin1 entry (besides the rules).
DROP_ALIASES = {
    "US.GA": ["Georgia state"],   # "Georgia state media" means the country
    "BA.02": ["Srpska"],
    "TW.02": ["Takao"],           # GeoNames' historical name of Kaohsiung
    "TW.01": ["Fukien"],
    "MX.09": ["Mexico City state"],
    "US.DC": ["District of Columbia state"],
    "JP.40": ["Tokyo Metropolis prefecture", "Tokyo Metropolis region"],
    "IL.WE": ["Judea and Samaria Area region"],
}

# --- Curated geographic, disputed and news regions -------------------------
#
# (key, name, aliases, kind, countries, parent)
#   key: slug; the id is region:<ALPHA3>-<key> for a single-country region,
#        region:<key> otherwise. Legacy ids are written out in full.
#   countries: alpha-3 codes; one code means the region lies in that
#        country (column `country`); several or none: multi-country.
#   parent: a region id, "admin1:CC.xx" (resolved to that subdivision's
#        id), or None (then the country, if single-country).
# Subdivisions that are themselves news names (Xinjiang, Tibet, Chechnya,
# Tigray, Idlib, Rakhine, Balochistan, Crimea, Gaza Strip, West Bank, Jammu
# and Kashmir, Abkhazia, Transnistria) are admin1 entries, not curated
# here: their aliases are in EXTRA_ALIASES. Countries and territories of
# countries.tsv (Western Sahara, Hong Kong, Macau, Antarctica, Greenland)
# are not repeated.
CURATED = [
    # Legacy entries (ids of the starter file).
    ("region:UKR-donbas", "Donbas", ["Donbass", "Donbas region"], "geographic", ["UKR"], None),
    ("region:korean-peninsula", "Korean Peninsula", [], "geographic", [], "region:asia"),
    ("region:middle-east", "Middle East", ["Mideast", "Middle Eastern"], "geographic", [], None),
    ("region:kashmir", "Kashmir", ["Kashmir region"], "disputed", ["IND", "PAK", "CHN"], "region:south-asia"),
    # Disputed and breakaway territories.
    ("donetsk-peoples-republic", "Donetsk People's Republic", ["Donetsk People’s Republic"], "disputed", ["UKR"], "admin1:UA.05"),
    ("luhansk-peoples-republic", "Luhansk People's Republic", ["Lugansk People's Republic"], "disputed", ["UKR"], "admin1:UA.14"),
    ("east-jerusalem", "East Jerusalem", ["occupied East Jerusalem"], "disputed", ["PSE"], "region:PSE-west-bank"),
    ("golan-heights", "Golan Heights", ["Golan", "occupied Golan"], "disputed", ["SYR"], None),
    ("shebaa-farms", "Shebaa Farms", ["Sheba Farms"], "disputed", ["LBN", "SYR", "ISR"], "region:levant"),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["Nagorno Karabakh", "Karabakh", "Artsakh"], "disputed", ["AZE"], None),
    ("south-ossetia", "South Ossetia", ["Tskhinvali Region"], "disputed", ["GEO"], "admin1:GE.73"),
    ("kuril-islands", "Kuril Islands", ["Kurils", "Kurile Islands", "Southern Kurils", "Northern Territories"], "disputed", ["RUS"], "admin1:RU.64"),
    ("aksai-chin", "Aksai Chin", [], "disputed", ["CHN", "IND"], "region:kashmir"),
    ("kashmir-valley", "Kashmir Valley", ["Valley of Kashmir", "Vale of Kashmir"], "geographic", ["IND"], "admin1:IN.12"),
    ("kurdistan-region", "Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdish region of Iraq"], "subdivision", ["IRQ"], None),
    ("rojava", "Rojava", ["Autonomous Administration of North and East Syria", "Kurdish-led administration in northeast Syria"], "disputed", ["SYR"], None),
    ("ogaden", "Ogaden", [], "geographic", ["ETH"], "admin1:ET.52"),
    # Geographic regions within one country.
    ("darfur", "Darfur", ["Darfur region"], "geographic", ["SDN"], None),
    ("kordofan", "Kordofan", ["Kordofan region"], "geographic", ["SDN"], None),
    ("sinai", "Sinai", ["Sinai Peninsula", "Sinai peninsula"], "geographic", ["EGY"], None),
    ("negev", "Negev", ["Negev desert", "Negev Desert"], "geographic", ["ISR"], None),
    ("galilee", "Galilee", [], "geographic", ["ISR"], None),
    ("siberia", "Siberia", ["Siberian region"], "geographic", ["RUS"], None),
    ("russian-far-east", "Russian Far East", [], "geographic", ["RUS"], None),
    ("north-caucasus", "North Caucasus", ["Northern Caucasus"], "geographic", ["RUS"], None),
    ("mindanao", "Mindanao", ["Mindanao island"], "geographic", ["PHL"], None),
    ("luzon", "Luzon", [], "geographic", ["PHL"], None),
    ("anatolia", "Anatolia", ["Asia Minor"], "geographic", ["TUR"], None),
    ("midwest", "Midwest", ["Middle West", "American Midwest"], "geographic", ["USA"], None),
    ("new-england", "New England", [], "geographic", ["USA"], None),
    ("pacific-northwest", "Pacific Northwest", [], "geographic", ["USA"], None),
    ("suez-canal", "Suez Canal", [], "geographic", ["EGY"], None),
    ("panama-canal", "Panama Canal", [], "geographic", ["PAN"], None),
    # Multi-country geographic regions.
    ("punjab", "Punjab", ["Punjab region"], "geographic", ["IND", "PAK"], "region:asia"),
    ("bengal", "Bengal", ["Bengal region"], "geographic", ["IND", "BGD"], "region:asia"),
    ("kurdistan", "Kurdistan", ["Greater Kurdistan"], "geographic", ["IRQ", "IRN", "TUR", "SYR"], "region:middle-east"),
    ("balkans", "Balkans", ["Balkan Peninsula", "the Balkans", "Balkan region"], "geographic", [], "region:europe"),
    ("western-balkans", "Western Balkans", [], "geographic", [], "region:europe"),
    ("caucasus", "Caucasus", ["Caucasus region"], "geographic", [], None),
    ("south-caucasus", "South Caucasus", ["Transcaucasia", "Southern Caucasus"], "geographic", ["ARM", "AZE", "GEO"], "region:caucasus"),
    ("sahel", "Sahel", ["Sahel region"], "geographic", [], "region:africa"),
    ("sahara", "Sahara", ["Sahara Desert", "Sahara desert"], "geographic", [], "region:africa"),
    ("horn-of-africa", "Horn of Africa", [], "geographic", [], "region:africa"),
    ("maghreb", "Maghreb", [], "geographic", [], "region:africa"),
    ("lake-chad-basin", "Lake Chad Basin", ["Lake Chad region", "Lake Chad basin"], "geographic", ["NGA", "NER", "TCD", "CMR"], "region:africa"),
    ("patagonia", "Patagonia", [], "geographic", ["ARG", "CHL"], "region:south-america"),
    ("amazon-rainforest", "Amazon rainforest", ["Amazon basin", "Amazon Basin", "Amazonia", "Amazon jungle"], "geographic", [], "region:south-america"),
    ("levant", "Levant", [], "geographic", [], "region:middle-east"),
    ("arabian-peninsula", "Arabian Peninsula", [], "geographic", [], "region:middle-east"),
    ("gulf-region", "Persian Gulf", ["Gulf region", "Arabian Gulf", "Gulf states", "Gulf countries"], "geographic", [], "region:middle-east"),
    ("himalayas", "Himalayas", ["Himalaya", "Himalayan region"], "geographic", [], "region:asia"),
    ("alps", "Alps", ["Alpine region"], "geographic", [], "region:europe"),
    ("iberian-peninsula", "Iberian Peninsula", [], "geographic", ["ESP", "PRT"], "region:europe"),
    ("scandinavia", "Scandinavia", [], "geographic", ["DNK", "NOR", "SWE"], "region:europe"),
    ("nordic-countries", "Nordic countries", ["Nordics", "Nordic region"], "geographic", [], "region:europe"),
    ("baltic-states", "Baltic states", ["Baltics", "Baltic countries", "Baltic region"], "geographic", ["EST", "LVA", "LTU"], "region:europe"),
    ("benelux", "Benelux", [], "geographic", ["BEL", "NLD", "LUX"], "region:europe"),
    ("eastern-europe", "Eastern Europe", ["East Europe"], "geographic", [], "region:europe"),
    ("western-europe", "Western Europe", [], "geographic", [], "region:europe"),
    ("central-europe", "Central Europe", [], "geographic", [], "region:europe"),
    ("southern-europe", "Southern Europe", [], "geographic", [], "region:europe"),
    ("northern-europe", "Northern Europe", [], "geographic", [], "region:europe"),
    ("central-asia", "Central Asia", [], "geographic", [], "region:asia"),
    ("south-asia", "South Asia", [], "geographic", [], "region:asia"),
    ("east-asia", "East Asia", [], "geographic", [], "region:asia"),
    ("southeast-asia", "Southeast Asia", ["South-East Asia", "South East Asia"], "geographic", [], "region:asia"),
    ("asia-pacific", "Asia-Pacific", ["Asia Pacific", "Asia-Pacific region"], "geographic", [], None),
    ("indo-pacific", "Indo-Pacific", ["Indo-Pacific region"], "geographic", [], None),
    ("eurasia", "Eurasia", [], "geographic", [], None),
    ("north-africa", "North Africa", ["Northern Africa"], "geographic", [], "region:africa"),
    ("west-africa", "West Africa", ["Western Africa"], "geographic", [], "region:africa"),
    ("east-africa", "East Africa", ["Eastern Africa"], "geographic", [], "region:africa"),
    ("southern-africa", "Southern Africa", [], "geographic", [], "region:africa"),
    ("sub-saharan-africa", "Sub-Saharan Africa", ["sub-Saharan Africa"], "geographic", [], "region:africa"),
    ("latin-america", "Latin America", [], "geographic", [], "region:americas"),
    ("central-america", "Central America", [], "geographic", [], "region:north-america"),
    ("caribbean", "Caribbean", ["Caribbean region"], "geographic", [], "region:north-america"),
    ("arctic", "Arctic", ["Arctic region", "High North"], "geographic", [], None),
    ("pacific-islands", "Pacific Islands", [], "geographic", [], "region:oceania"),
    # Continents.
    ("europe", "Europe", ["European continent"], "geographic", [], None),
    ("africa", "Africa", ["African continent"], "geographic", [], None),
    ("asia", "Asia", ["Asian continent"], "geographic", [], None),
    ("north-america", "North America", [], "geographic", [], "region:americas"),
    ("south-america", "South America", [], "geographic", [], "region:americas"),
    ("americas", "Americas", ["the Americas"], "geographic", [], None),
    ("oceania", "Oceania", ["Australasia"], "geographic", [], None),
    # Seas, straits and oceans that news reports as places of events.
    ("south-china-sea", "South China Sea", [], "geographic", [], "region:asia"),
    ("east-china-sea", "East China Sea", [], "geographic", [], "region:asia"),
    ("taiwan-strait", "Taiwan Strait", ["Strait of Taiwan", "Formosa Strait"], "geographic", [], "region:asia"),
    ("black-sea", "Black Sea", ["Black Sea region"], "geographic", [], None),
    ("sea-of-azov", "Sea of Azov", ["Azov Sea"], "geographic", [], "region:europe"),
    ("caspian-sea", "Caspian Sea", ["Caspian"], "geographic", [], None),
    ("red-sea", "Red Sea", [], "geographic", [], None),
    ("gulf-of-aden", "Gulf of Aden", [], "geographic", [], None),
    ("bab-el-mandeb", "Bab el-Mandeb", ["Bab al-Mandab", "Bab-el-Mandeb"], "geographic", [], None),
    ("strait-of-hormuz", "Strait of Hormuz", ["Hormuz Strait"], "geographic", [], "region:middle-east"),
    ("gulf-of-mexico", "Gulf of Mexico", ["Gulf of America"], "geographic", [], "region:north-america"),
    ("baltic-sea", "Baltic Sea", [], "geographic", [], "region:europe"),
    ("north-sea", "North Sea", [], "geographic", [], "region:europe"),
    ("mediterranean", "Mediterranean", ["Mediterranean Sea"], "geographic", [], None),
    ("aegean-sea", "Aegean Sea", ["Aegean"], "geographic", [], "region:europe"),
    ("sea-of-japan", "Sea of Japan", [], "geographic", [], "region:asia"),
    ("yellow-sea", "Yellow Sea", [], "geographic", [], "region:asia"),
    ("strait-of-malacca", "Strait of Malacca", ["Malacca Strait"], "geographic", [], "region:asia"),
    ("english-channel", "English Channel", [], "geographic", [], "region:europe"),
    ("pacific-ocean", "Pacific Ocean", [], "geographic", [], None),
    ("atlantic-ocean", "Atlantic Ocean", [], "geographic", [], None),
    ("indian-ocean", "Indian Ocean", [], "geographic", [], None),
    ("arctic-ocean", "Arctic Ocean", [], "geographic", [], "region:arctic"),
]

# Demonyms for regions (base forms; the loader adds plurals). Keyed by
# admin1 code or curated id.
DEMONYMS = {
    "GB.SCT": ["Scottish", "Scot"],
    "GB.WLS": ["Welsh"],
    "GB.NIR": ["Northern Irish"],
    "US.TX": ["Texan"],
    "US.CA": ["Californian"],
    "RU.12": ["Chechen"],
    "UA.11": ["Crimean"],
    "region:kashmir": ["Kashmiri"],
    "region:RUS-siberia": ["Siberian"],
    "IT.15": ["Sicilian"],
    "DE.02": ["Bavarian"],
    "CA.10": ["Quebecer", "Quebecois"],
}

# ===========================================================================
# Text helpers
# ===========================================================================

_FOLD_FIXES = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ŀ": "l", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'",
    "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-", "ǝ": "e", "Ə": "E",
    "ə": "e",
})


_MATCHER_FOLDS = str.maketrans({"ʼ": "'", "’": "'", "‘": "'", "–": "-", "—": "-",
                                "‐": "-", "\u00a0": " "})


def nfc(text):
    return unicodedata.normalize("NFC", text)


def to_ascii(text):
    """ASCII spelling of `text` (diacritics removed), or None if some
    character has no ASCII form."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.translate(_FOLD_FIXES)):
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    s = "".join(out)
    return s if s.isascii() else None


def fold(text):
    """Comparison key: case, diacritics, apostrophes and punctuation ignored.
    Two names with the same key count as the same name."""
    s = unicodedata.normalize("NFKD", text.translate(_FOLD_FIXES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("'", "")
    s = re.sub(r"[^0-9a-z\u0080-\uffff]+", " ", s)
    return s.strip()


COMMON_KEYS = {fold(w) for w in COMMON_WORDS}
NON_PLACE_KEYS = {fold(w) for w in NON_PLACE_SENSE}
DEMONYM_KEYS = set()  # filled from countries.tsv


def slug(text):
    s = to_ascii(text) or fold(text)
    s = re.sub(r"[^0-9a-z]+", "-", s.lower().replace("'", ""))
    return s.strip("-")


def letters(text):
    return sum(1 for c in text if c.isalpha())


def dedupe(values):
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


# ===========================================================================
# Inputs
# ===========================================================================


class InputError(Exception):
    pass


def read_text(path):
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"missing input file: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}") from None


def sha256_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_tsv(path):
    """Rows of a gazetteer TSV as dicts (comments and blank lines skipped)."""
    rows, header = [], None
    for line in read_text(path).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        rows.append(dict(zip(header, cols)))
    if header is None:
        raise InputError(f"{path}: no header line")
    return rows


def read_admin1(path):
    out = []
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 4 or "." not in cols[0]:
            raise InputError(f"{path}:{n}: expected 4 tab-separated columns")
        code, name, ascii_name, gid = cols
        out.append({"code": code, "cc": code.split(".", 1)[0], "name": nfc(name),
                    "ascii": ascii_name, "geonames": gid})
    return out


def read_country_info(path):
    """alpha-2 -> (alpha-3, name, population) from GeoNames countryInfo.txt."""
    out = {}
    for line in read_text(path).splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        try:
            pop = int(cols[7] or 0)
        except ValueError:
            raise InputError(f"{path}: bad population {cols[7]!r} for {cols[0]}") from None
        out[cols[0]] = (cols[1], cols[4], pop)
    return out


def read_iso2(path):
    try:
        data = json.loads(read_text(path))
        return data["3166-2"]
    except (ValueError, KeyError) as e:
        raise InputError(f"{path}: not an iso-codes 3166-2 file: {e}") from None


def read_english_mo(path):
    try:
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
    except FileNotFoundError:
        raise InputError(f"missing input file: {path} (Debian package iso-codes)") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}") from None
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k and v and k != v}


# ===========================================================================
# Matching GeoNames admin1 entries to ISO 3166-2 codes
# ===========================================================================

# Words of subdivision types, in English and in the languages of the ISO
# names; they are ignored when names are compared.
GENERIC_TOKENS = set("""
oblast oblasti oblys kraj kray krai respublika republic republica republique
avtonomnyj avtonomnyy avtonomnaja avtonomnaya autonomous autonomna autonome
autonoma autonomo okrug okruh province provincia provincie provinsi prowincja
region regiao regione rajon rayon raionul state estado etat governorate
muhafazat muhafazah prefecture ken department departamento departement
district distrikt distrito county municipality municipio municipalite opstina
obcina city shi sheng zizhiqu ostan vilayati vilayeti wilaya wilayah parish
canton kanton voivodeship wojewodztwo division emirate territory capital
federal special administrative metropolitan of the de del la le les el di
dos das da du des lan maakunta megye zupanija okres fylke amt mintaqat qarku
qark apskritis novads gewest comunidad comunitat land bundesland do to fu
gun si teukbyeolsi gwangyeoksi bukto namdo pradesh
""".split())
# "pradesh" is ignored only when another word remains ("Uttar Pradesh" keeps
# "uttar"); see mkey.

ADJ_ENDINGS = ("kaya", "kiy", "kyy", "kyi", "kii", "koye", "koe", "ka", "ky", "ki")


# Compass words in the languages of ISO names, read as English ones, so that
# "Sumatera Selatan" and "South Sumatra" get close keys.
DIRECTION_WORDS = {
    "south": "south", "southern": "south", "sud": "south", "sur": "south",
    "sul": "south", "selatan": "south", "janubi": "south", "zuid": "south",
    "north": "north", "northern": "north", "nord": "north", "norte": "north",
    "utara": "north", "shimoli": "north", "noord": "north",
    "west": "west", "western": "west", "ouest": "west", "oeste": "west",
    "barat": "west", "west": "west", "occidental": "west",
    "east": "east", "eastern": "east", "est": "east", "este": "east",
    "timur": "east", "oriental": "east",
    "central": "central", "centre": "central", "centro": "central",
    "tengah": "central", "center": "central",
}


def mkey(text):
    """Name key for matching: folded, generic type words removed, compass
    words in English, and those put first ("Sumatera Selatan" ->
    "south sumatera")."""
    tokens = fold(text).split()
    kept = [t for t in tokens if t not in GENERIC_TOKENS] or tokens
    compass = [DIRECTION_WORDS[t] for t in kept if t in DIRECTION_WORDS]
    rest = [t for t in kept if t not in DIRECTION_WORDS]
    return " ".join(compass + rest)


def phonetic(s):
    s = s.replace(" ", "")
    for a, b in (("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"),
                 ("j", "y"), ("w", "v"), ("ts", "c"), ("ou", "u"), ("iy", "y"),
                 ("yy", "y"), ("ee", "i"), ("ii", "i")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def adjective_stems(token):
    """Slavic adjectival forms: 'kurskaya' -> {'kursk', 'kur'}."""
    out = {token}
    for end in ADJ_ENDINGS:
        if token.endswith(end) and len(token) > len(end) + 3:
            stem_k = token[: -len(end) + 1]  # keeps the k
            if stem_k[-2:-1] in ("s", "c"):
                out.add(stem_k)
                out.add(stem_k[:-2])
            break
    return out


def phonetic_keys(text):
    """Phonetic keys of a name, with Slavic adjectives reduced to stems."""
    tokens = [phonetic(t) for t in mkey(text).split()]
    variants = [""]
    for t in tokens:
        variants = [v + s for v in variants for s in sorted(adjective_stems(t))][:16]
    return set(variants)


def iso_name_variants(name, english):
    """Readings of an ISO 3166-2 name: 'Murcia, Región de' -> 'Región de
    Murcia' and 'Murcia'; 'Wales [Cymru GB-CYM]' -> 'Wales', 'Cymru';
    '(EH-partial)' notes dropped; the English translation of each."""
    out = [name]
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", name)
    if m:
        out.append(m.group(1))
        alt = re.sub(r"\b[A-Z]{2}-[0-9A-Z]+\b", "", m.group(2)).strip()
        if alt:
            out.append(alt)
    for v in list(out):
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", v)
        if m:
            out.append(m.group(1))
            inner = m.group(2)
            if not re.search(r"\b(EH|partial|Region [IVX]+)\b|-", inner):
                out.append(inner)
    for v in list(out):
        if ", " in v:
            a, b = v.split(", ", 1)
            out.append(f"{b} {a}")
            out.append(a)
        if " / " in v:
            out.extend(p.strip() for p in v.split(" / "))
    for v in list(out):
        if v in english:
            out.append(english[v])
    return dedupe(x for x in out if x.strip())


def geo_name_variants(entry):
    out = [entry["name"], entry["ascii"]]
    if entry["code"] in NAME_OVERRIDE:
        out.append(NAME_OVERRIDE[entry["code"]])
    for v in list(out):
        m = re.match(r"^(.*?)\s*\((.*)\)\s*(.*)$", v)
        if m:
            out.append(f"{m.group(1)} {m.group(3)}".strip())
            out.append(m.group(2))
    return dedupe(out)


def match_iso_codes(admin1, iso_by_cc, english):
    """admin1 code -> (ISO code, how) for every entry that can be matched.

    Per country, in tiers: (1) equal name keys (type words removed), (2)
    equal phonetic keys with Slavic adjectives reduced to stems ('Kurskaja
    oblast'' = 'Kursk Oblast'), (3) close phonetic keys (similarity >= 0.8,
    clearly better than the next candidate, and mutually best). The three
    tiers run first against top-level ISO units, then against all units. An
    ISO code is given to at most one entry, and an entry matched in one tier
    is not looked at again. ISO_OVERRIDE comes first and wins.
    """
    result = {}
    by_cc = defaultdict(list)
    for e in admin1:
        by_cc[e["cc"]].append(e)
    for cc in sorted(by_cc):
        entries = by_cc[cc]
        # ISO groupings that are not administrative units (Indonesia's
        # islands, Nepal's former development regions) are never matched.
        subs = [s for s in iso_by_cc.get(cc, []) if s["type"] not in ISO_SKIP_TYPES]
        taken = set()
        pending = []
        for e in entries:
            if e["code"] in ISO_OVERRIDE:
                code = ISO_OVERRIDE[e["code"]]
                if code is not None:
                    result[e["code"]] = (code, "override")
                    taken.add(code)
            else:
                pending.append(e)
        if not subs:
            continue
        iso_keys = {s["code"]: {mkey(v) for v in iso_name_variants(s["name"], english)}
                    for s in subs}
        iso_pkeys = {s["code"]: set().union(*(phonetic_keys(v) for v in
                     iso_name_variants(s["name"], english))) for s in subs}
        skipped = {s["code"] for s in iso_by_cc.get(cc, []) if s["type"] in ISO_SKIP_TYPES}
        top = {s["code"] for s in subs
               if "parent" not in s or f"{cc}-{s['parent']}" in skipped}
        geo_keys = {e["code"]: {mkey(v) for v in geo_name_variants(e)} for e in pending}
        geo_pkeys = {e["code"]: set().union(*(phonetic_keys(v) for v in geo_name_variants(e)))
                     for e in pending}

        def run_tier(pool, geo_table, iso_table, how):
            claims = defaultdict(list)
            for e in pending:
                cands = [c for c in pool if c not in taken and iso_table[c] & geo_table[e["code"]]]
                if len(cands) == 1:
                    claims[cands[0]].append(e)
            for code in sorted(claims):
                if len(claims[code]) == 1:
                    e = claims[code][0]
                    result[e["code"]] = (code, how)
                    taken.add(code)
            pending[:] = [e for e in pending if e["code"] not in result]

        def run_similar(pool, how):
            def sim(e, code):
                best = 0.0
                for a in {phonetic(mkey(v)) for v in geo_name_variants(e)}:
                    for b in iso_pkeys[code]:
                        if a and b:
                            best = max(best, SequenceMatcher(None, a, b).ratio())
                return best

            free = [c for c in pool if c not in taken]
            scores = {(e["code"], c): sim(e, c) for e in pending for c in free}
            for e in pending:
                ranked = sorted(((scores[(e["code"], c)], c) for c in free), reverse=True)
                if not ranked or ranked[0][0] < 0.8:
                    continue
                score, code = ranked[0]
                if len(ranked) > 1 and score - ranked[1][0] < 0.1:
                    continue
                rivals = [scores[(o["code"], code)] for o in pending if o is not e]
                if rivals and max(rivals) >= score:
                    continue
                result[e["code"]] = (code, f"{how} {score:.2f}")
                taken.add(code)
            pending[:] = [e for e in pending if e["code"] not in result]

        # Top-level units first, in all three tiers; then lower-level units
        # (for countries whose GeoNames admin1 level is ISO's second level).
        top_pool = sorted(top)
        all_pool = sorted(s["code"] for s in subs)
        for pool, level in ((top_pool, ""), (all_pool, " (lower level)")):
            run_tier(pool, geo_keys, iso_keys, "name" + level)
            run_tier(pool, geo_pkeys, iso_pkeys, "phonetic" + level)
            run_similar(pool, "similar" + level)
        # An ISO code is given once; the fuzzy tier cannot reuse one, but
        # check anyway.
    seen = {}
    for a1, (code, _) in sorted(result.items()):
        if code in seen:
            raise SystemExit(f"{SCRIPT_NAME}: ISO code {code} matched twice: {seen[code]}, {a1}")
        seen[code] = a1
    return result


# ===========================================================================
# Building entities
# ===========================================================================


class Region:
    def __init__(self, rid, name, kind, country, parent, source):
        self.id = rid
        self.name = name
        self.kind = kind
        self.country = country  # alpha-3 or ""
        self.parent = parent
        self.source = source  # admin1 code or "curated"
        self.candidates = []  # (surface form, origin), in order of preference
        self.fallback_names = []  # names to use if `name` is dropped
        self.aliases = []
        self.demonyms = []
        self.attrs = []

    def offer(self, form, origin):
        # The matcher reads typographic apostrophes and dashes as ASCII ones.
        form = nfc(form).translate(_MATCHER_FOLDS).strip()
        form = re.sub(r"\s+", " ", form)
        if form and all(form != f for f, _ in self.candidates):
            self.candidates.append((form, origin))


def split_type(name):
    """(bare name, type word) of a GeoNames-style name, or (name, None):
    "Kursk Oblast" -> ("Kursk", "Oblast"), "Lima region" -> ("Lima",
    "Region"), "Republic of Tyva" -> ("Tyva", "Republic")."""
    low = name.lower()
    for suffix in TYPE_SUFFIXES:
        if low.endswith(" " + suffix.lower()) and len(name) > len(suffix) + 1:
            word = suffix.rstrip("'")
            word = {"Kray": "Krai", "kraj": "Krai", "oblast": "Oblast", "Oblisi": "Region",
                    "Oblysy": "Region"}.get(word, word)
            return name[: -len(suffix) - 1].strip(), word
    for prefix in TYPE_PREFIXES:
        if low.startswith(prefix.lower() + " "):
            return name[len(prefix) + 1:].strip(), prefix.split()[0]
    return name, None


CITY_TYPES = {"City", "Autonomous city", "Capital city", "Capital", "Special city",
              "Republican city", "Metropolitan administration", "Special administrative city",
              "Special self-governing city", "City corporation", "City municipality"}


def type_word_for(entry, iso_sub, name_type, main_type):
    """English type word of an admin1 entry: the one in its name; else
    "City" for city-level units; else, for a unit of its country's usual
    type (or without ISO code), the country's word; else the word of its
    ISO type; else "Region"."""
    cc = entry["cc"]
    if name_type:
        return {"Kray": "Krai", "Kraj": "Krai"}.get(name_type, name_type)
    if entry["code"] in TYPE_WORD_OVERRIDE:
        return TYPE_WORD_OVERRIDE[entry["code"]]
    iso_type = iso_sub["type"] if iso_sub else None
    if iso_type in CITY_TYPES:
        return "City"
    if COUNTRY_TYPE_WORD.get(cc) and (iso_type is None or iso_type == main_type
                                      or iso_type not in ISO_TYPE_WORD):
        return COUNTRY_TYPE_WORD[cc]
    if iso_type in ISO_TYPE_WORD:
        return ISO_TYPE_WORD[iso_type]
    return "Region"


def fine_grained_countries(admin1, country_info):
    """Countries whose admin1 units are small (fewer than FINE_GRAINED_POP
    people on average): municipalities, parishes and atolls named like the
    towns, people and words they are named after."""
    units = defaultdict(int)
    for e in admin1:
        units[e["cc"]] += 1
    out = set()
    for cc, n in units.items():
        pop = country_info.get(cc, (None, None, 0))[2]
        if pop / n < FINE_GRAINED_POP:
            out.add(cc)
    return out


def main_iso_types(iso_by_cc):
    """Most common ISO type among each country's top-level units."""
    out = {}
    for cc, subs in iso_by_cc.items():
        counts = defaultdict(int)
        for s in subs:
            if "parent" not in s:
                counts[s["type"]] += 1
        if counts:
            out[cc] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return out


# Combining marks of scholarly transliteration (Arabic, Persian, Sanskrit):
# macron, dot below, breve below, macron below, ring below.
_TRANSLIT_MARKS = {"\u0304", "\u0323", "\u032e", "\u0331", "\u0325"}


def has_transliteration_marks(text):
    return any(c in _TRANSLIT_MARKS for c in unicodedata.normalize("NFD", text))


def english_type_word(name):
    """'Raionul Edineţ' -> 'Edineţ District', 'Preiļu novads' -> 'Preiļu
    Municipality' (FOREIGN_TYPE_WORDS)."""
    words = name.split(" ")
    if len(words) > 1 and words[0] in FOREIGN_TYPE_WORDS:
        return " ".join(words[1:]) + " " + FOREIGN_TYPE_WORDS[words[0]]
    if len(words) > 1 and words[-1] in FOREIGN_TYPE_WORDS:
        return " ".join(words[:-1]) + " " + FOREIGN_TYPE_WORDS[words[-1]]
    return name


def clean_name(text):
    """A name as the matcher reads it: typographic apostrophes and dashes as
    ASCII ones, single spaces."""
    return re.sub(r"\s+", " ", nfc(text).translate(_MATCHER_FOLDS)).strip()


def build_admin1(admin1, iso_match, iso_index, a2_to_a3, country_names, fine, main_type):
    regions = []
    for e in admin1:
        code = e["code"]
        cc = e["cc"]
        a3 = a2_to_a3[cc]
        iso_code = iso_match.get(code, (None, None))[0]
        iso_sub = iso_index.get(iso_code)
        name = clean_name(NAME_OVERRIDE.get(code, e["name"]))
        if code not in NAME_OVERRIDE:
            name = english_type_word(name)
            if has_transliteration_marks(name) and to_ascii(name):
                # "Karbalā'": scholarly marks are not English spelling.
                name = re.sub(r"(?<=[a-z])'(?=\s|$)", "", clean_name(to_ascii(name)))
        if code in ID_OVERRIDE:
            rid = ID_OVERRIDE[code]
        elif iso_code:
            rid = f"region:{iso_code}"
        else:
            rid = None  # slug id, assigned later
        r = Region(rid, name, KIND_OVERRIDE.get(code, "subdivision"), a3,
                   f"country:{a3}", code)
        r.attrs = [("geonames", e["geonames"]), ("admin1", code)]
        if iso_code:
            r.attrs.append(("iso3166_2", iso_code))
        # The bare form: parenthetical notes and type words removed
        # ("Moscow (federal city)" -> "Moscow", "Kursk Oblast" -> "Kursk").
        bare, tword = split_type(re.sub(r"\s*\(.*?\)\s*", " ", name).strip())
        tw = type_word_for(e, iso_sub, tword, main_type.get(cc))
        qualified = f"{bare} {tw}" if tw and not name.endswith(" " + tw) else None
        curated = code in NAME_OVERRIDE or code in EXTRA_ALIASES
        if cc in fine and not curated:
            # Small units: only the qualified name ("Hamilton Parish",
            # "Mosta Local Council"), no bare name, no variants.
            if tword is None and qualified:
                r.name = qualified
            r.offer(r.name, "name")
            if to_ascii(r.name) and to_ascii(r.name) != r.name:
                r.offer(to_ascii(r.name), "ascii")
            r.fallback_names = [f"{r.name} ({country_names[a3]})",
                                f"{r.name} ({country_names[a3]}, {code})"]
            regions.append(r)
            continue
        # Candidates, in order of preference.
        r.offer(name, "name")
        r.offer(e["name"], "geonames")
        for v in (e["name"], e["ascii"], name):
            if to_ascii(v) and to_ascii(v) != v:
                r.offer(to_ascii(v), "ascii")
        r.offer(e["ascii"], "ascii")
        for extra in EXTRA_ALIASES.get(code, []):
            r.offer(extra, "curated")
        if bare != name:
            r.offer(bare, "bare")
            if to_ascii(bare) and to_ascii(bare) != bare:
                r.offer(to_ascii(bare), "bare")
        # Lowercase type-word variants: "Kursk region", "Idlib governorate".
        if tw in NO_VARIANT_TYPES or cc in NO_VARIANT_COUNTRIES or fold(bare) in COMMON_KEYS or SAINT_NAME.match(bare) \
                or fold(bare) in DEMONYM_KEYS or not bare[0].isupper():
            words = []  # the city keeps the bare name; "Federal state" is no name
        elif cc in STATE_COUNTRIES:
            words = ["state"]
        else:
            words = [tw.lower()] if tw and tw not in ("Republic", "Autonomous Republic") else []
            if cc in REGION_PROVINCE_COUNTRIES or not words:
                words += ["region", "province"]
            elif tw != "Region":
                words.append("region")
        for b in dedupe([bare] + ([to_ascii(bare)] if to_ascii(bare) else [])):
            for w in dedupe(words):
                r.offer(f"{b} {w}", "variant")
        # ISO 3166-2 name, where it is an English-usable spelling of the same
        # name (matched by name key, ASCII, no foreign type words).
        if iso_sub and iso_match[code][1] == "name":
            for v in iso_name_variants(iso_sub["name"], {}):
                if v.isascii() and mkey(v) == " ".join(fold(v).split()) and \
                        not re.search(r"[\[\]()]", v):
                    r.offer(v, "iso")
        # Qualified fallback names: "Tokyo Prefecture", then "Punjab (India)".
        if qualified:
            r.fallback_names.append(qualified)
        r.fallback_names.append(f"{name} ({country_names[a3]})")
        r.fallback_names.append(f"{name} ({country_names[a3]}, {code})")
        regions.append(r)
    return regions


def build_curated(admin1_ids, valid_countries):
    out = []
    for key, name, aliases, kind, countries, parent in CURATED:
        for c in countries:
            if c not in valid_countries:
                raise SystemExit(f"{SCRIPT_NAME}: curated {key}: unknown country {c}")
        single = countries[0] if len(countries) == 1 else ""
        if key.startswith("region:"):
            rid = key
        elif single:
            rid = f"region:{single}-{key}"
        else:
            rid = f"region:{key}"
        if parent and parent.startswith("admin1:"):
            parent = admin1_ids[parent[len("admin1:"):]]
        if not parent and single:
            parent = f"country:{single}"
        r = Region(rid, name, kind, single, parent or "", "curated")
        r.offer(name, "name")
        for a in aliases:
            r.offer(a, "curated")
        if to_ascii(name) and to_ascii(name) != name:
            r.offer(to_ascii(name), "ascii")
        if len(countries) > 1:
            r.attrs = [("countries", ",".join(countries))]
        r.fallback_names = []
        out.append(r)
    return out


# ===========================================================================
# Precision rules
# ===========================================================================


def plural(d):
    low = d.lower()
    if low.endswith(("s", "sh", "ch", "x", "z", "ese")) or " " in d:
        return None
    return d + "s"


def outside_forms(countries, cities):
    """fold key -> description, for every country and city name, alias and
    demonym (with plurals)."""
    forms = {}
    for row in countries:
        for col in ("name", "aliases", "demonyms"):
            for v in (row.get(col) or "").split("|"):
                if v:
                    forms.setdefault(fold(v), f"country {row['id']} ({v})")
                    if col == "demonyms" and plural(v):
                        forms.setdefault(fold(plural(v)), f"country {row['id']} ({plural(v)})")
    for row in cities:
        for col in ("name", "aliases"):
            for v in (row.get(col) or "").split("|"):
                if v:
                    forms.setdefault(fold(v), f"city {row['id']} ({v})")
    return forms


def rule_for(form, origin, outside):
    """Why `form` may not be an alias, or None."""
    key = fold(form)
    if key in outside:
        return "equals " + outside[key]
    if key in COMMON_KEYS:
        return "common word (COMMON_WORDS)"
    if key in NON_PLACE_KEYS:
        return "usually a person, company or other place (NON_PLACE_SENSE)"
    if origin != "curated" and not form[0].isupper():
        return "does not start with a capital letter"
    if origin == "iso" and form.isupper():
        return "ISO abbreviation"
    if origin in ("geonames", "ascii") and "(" in form:
        return "parenthetical note in a GeoNames name"
    if origin in ("geonames", "ascii") and (english_type_word(form) != form
                                            or has_transliteration_marks(form)):
        return "local type word or transliteration marks (the English form is kept)"
    if SAINT_NAME.match(form):
        return "a saint's name (SAINT_NAME)"
    if letters(form) < 4 and form not in SHORT_OK:
        return "shorter than four letters"
    if COMPASS_NAME.match(form):
        return "compass word and type word (COMPASS_NAME)"
    return None


def settle(regions, outside, report):
    """Apply the precision rules; sets .name and .aliases of every region."""
    drops = []  # (region id or source, form, reason)
    # 1. Per-form rules.
    allowed = {}
    for r in regions:
        keep = []
        for form, origin in r.candidates:
            if form in DROP_ALIASES.get(r.source, []):
                drops.append((r, form, "DROP_ALIASES"))
                continue
            why = rule_for(form, origin, outside)
            # Curated multi-word names may contain common words.
            if why and r.source == "curated" and not why.startswith("equals"):
                why = None
            if why:
                drops.append((r, form, why))
            else:
                keep.append((form, origin))
        allowed[id(r)] = keep
    # 2. Claims across regions: a curated region wins over subdivisions; a
    # form from EXTRA_ALIASES wins over forms from data; a real name wins
    # over generated variants; else AMBIGUOUS_WINNER, else nobody.
    claims = defaultdict(list)
    for r in regions:
        for form, origin in allowed[id(r)]:
            claims[fold(form)].append((r, form, origin))
    for key, lst in sorted(claims.items()):
        owners = {id(r) for r, _, _ in lst}
        if len(owners) < 2:
            continue
        curated = [x for x in lst if x[0].source == "curated"]
        extras = {id(r) for r, _, o in lst if o == "curated"}
        real = {id(r) for r, _, o in lst if o != "variant"}
        winner = None
        if len({id(r) for r, _, _ in curated}) == 1:
            winner = curated[0][0]
        elif not curated and len(extras) == 1:
            # Given to one region by a curated table (EXTRA_ALIASES).
            winner = next(r for r, _, o in lst if o == "curated")
        elif not curated and len(real) == 1:
            # A real name of one region beats generated variants of others:
            # Peru's "Lima Region" over the "Lima region" of Lima Province.
            winner = next(r for r, _, o in lst if o != "variant")
        elif not curated:
            for r, form, _ in lst:
                for bare, code in AMBIGUOUS_WINNER.items():
                    b = fold(bare)
                    if r.source == code and (key == b or key.startswith(b + " ")):
                        winner = r
        if len({id(r) for r, _, _ in curated}) > 1:
            raise SystemExit(f"{SCRIPT_NAME}: curated regions share the name "
                             f"'{curated[0][1]}': {', '.join(sorted({x[0].id for x in curated}))}")
        for r, form, origin in lst:
            if r is winner:
                continue
            others = sorted({(x[0].id or x[0].source) for x in lst if x[0] is not r})
            drops.append((r, form, "shared with " + ", ".join(others)))
            allowed[id(r)] = [(f, o) for f, o in allowed[id(r)] if fold(f) != key]
    # 3. Names: the preferred name if it survived, else the first fallback
    # that is free.
    used = defaultdict(set)  # fold key -> ids of the regions using it
    for r in regions:
        for form, _ in allowed[id(r)]:
            used[fold(form)].add(id(r))
    fallback_keys = defaultdict(int)
    for r in regions:
        if r.name not in [f for f, _ in allowed[id(r)]]:
            for fb in r.fallback_names:
                fallback_keys[fold(fb)] += 1
    for r in sorted(regions, key=lambda r: r.source):
        forms = [f for f, _ in allowed[id(r)]]
        if r.name not in forms:
            for fb in r.fallback_names:
                k = fold(fb)
                # Free: used by no other region, no country or city, no
                # common phrase, and not the fallback of another region too.
                if used[k] - {id(r)} or k in outside or k in COMMON_KEYS or \
                        COMPASS_NAME.match(fb) or fallback_keys[k] > 1:
                    continue
                r.name = fb
                used[k].add(id(r))
                break
            else:
                raise SystemExit(f"{SCRIPT_NAME}: no usable name for {r.source} {r.name}")
        r.aliases = [f for f in dedupe(forms) if f != r.name]
    # Drop aliases whose fold key repeats the name's or another alias's with
    # the same capitals pattern already covered ("Kursk Region" is matched
    # by "Kursk region": lowercase letters in a name may be capitals in text).
    for r in regions:
        kept = []
        for a in r.aliases:
            covered = any(covers(b, a) for b in [r.name] + kept)
            if not covered:
                kept.append(a)
        r.aliases = kept
    if report:
        for r, form, why in drops:
            print(f"drop\t{r.source}\t{r.name}\t{form}\t{why}", file=sys.stderr)
    return drops


def covers(general, specific):
    """True if every text matched by `specific` is matched by `general`:
    same letters, and `general` has capitals only where `specific` has."""
    if len(general) != len(specific) or general.lower() != specific.lower():
        return False
    return all(not g.isupper() or s.isupper() for g, s in zip(general, specific))


# ===========================================================================
# Output
# ===========================================================================

FORBIDDEN = re.compile(r"[\t|\n\r]")


def check_field(value, what):
    if FORBIDDEN.search(value):
        raise SystemExit(f"{SCRIPT_NAME}: {what}: forbidden character in {value!r}")
    if value != value.strip():
        raise SystemExit(f"{SCRIPT_NAME}: {what}: surrounding spaces in {value!r}")
    return value


def render(regions, inputs, counts):
    header = f"""\
# nergraph gazetteer: regions (type region): first-level subdivisions of
# every country, and curated geographic, disputed and news regions.
# Generated by {SCRIPT_NAME}; do not edit by hand. Put corrections in the
# curated tables of that script and re-run it.
#
# Sources and licences:
#   Contains data from GeoNames, geonames.org, licensed under CC BY 4.0
#   (https://creativecommons.org/licenses/by/4.0/): admin1 subdivisions,
#   their English names and geonameids.
#   Debian iso-codes, LGPL-2.1+: ISO 3166-2 codes, names and types, and
#   their English translations.
#   mledoze/countries, ODbL 1.0: alpha-2 to alpha-3 codes.
#   Hand-curated facts (geographic and disputed regions, English names,
#   aliases, matching fixes) in the tables of {SCRIPT_NAME}.
# Input files (sha256):
"""
    for name, digest in inputs:
        header += f"#   {name}: {digest}\n"
    header += f"""\
#
# Counts: {counts}
#
# Columns: see docs/gazetteer-format.md. id is region:<ISO 3166-2 code>
# where the GeoNames subdivision matches an ISO 3166-2 subdivision of its
# country by name, else region:<ALPHA3>-<slug of the name>; multi-country
# curated regions are region:<slug>. attrs: geonames=<geonameid>;
# admin1=<GeoNames admin1 code>[;iso3166_2=<code>]; countries=<alpha-3,...>
# for multi-country curated regions.
#
# Precision rules (the matcher finds every alias anywhere in a text, and
# names compare ignoring case, diacritics and punctuation):
#   1. No name or alias equals a name, alias or demonym of a country or a
#      city in countries.tsv / cities.tsv: the country or city keeps it, the
#      subdivision a qualified form ("Moscow Oblast" + "Moscow region",
#      "Washington State" + "Washington state", "Georgia (U.S. state)" +
#      "U.S. state of Georgia", "New York State", "Tokyo Metropolis",
#      "Kabul Province", "Moscow (federal city)").
#   2. No alias is a common word, compass word or compass phrase (Central,
#      Northern, Plateau, Rivers, Southern District, Eastern Province), a
#      name usually meaning a person, company or other place (Victoria,
#      Mary, Meta, Santander, Valencia, Portland; Japanese prefectures that
#      are common surnames), a lone saint's name (Saint Andrew), shorter
#      than four letters (Imo, Van; Goa excepted), or lowercase-initial.
#   3. Countries whose subdivisions average under 90,000 people (Slovenian
#      and Macedonian municipalities, Caribbean and Channel Islands parishes,
#      atolls, Puerto Rico's municipalities) get only the qualified name
#      ("Hamilton Parish", "Mosta Local Council"), never the bare one.
#   4. No alias belongs to two regions. A curated geographic region wins
#      over a subdivision (Punjab is the region spanning India and
#      Pakistan; the state is "Punjab State" + "Punjab state", the province
#      "Punjab Province" + "Punjab province"; Kurdistan, Sahel, Red Sea);
#      an alias from a curated table wins over data (the Gaza Strip keeps
#      "Gaza", not Mozambique's Gaza Province); a region's own name wins over
#      another's generated variant; the U.S. states keep Florida, Maryland
#      and Montana; otherwise nobody keeps it (La Rioja, Altai, Limburg).
#   5. A region that loses its own name is "<name> <type word>", else
#      "<name> (<country>)" ("Central Region (Uganda)").
#   6. "<bare name> region/province/<type word>" variants are lowercase
#      ("Kursk region"): a lowercase letter in a name matches a capital in
#      the text, so they also match "Kursk Region".
"""
    lines = [header.rstrip("\n"),
             "id\ttype\tname\taliases\tdemonyms\tcountry\tparent\tkind\tattrs"]
    for r in sorted(regions, key=lambda r: r.id):
        cols = [
            check_field(r.id, "id"), "region", check_field(r.name, r.id),
            "|".join(check_field(a, r.id) for a in r.aliases),
            "|".join(check_field(d, r.id) for d in r.demonyms),
            r.country, r.parent, r.kind,
            ";".join(f"{k}={check_field(v, r.id)}" for k, v in r.attrs),
        ]
        lines.append("\t".join(cols).rstrip("\t"))
    return "\n".join(lines) + "\n"


# ===========================================================================
# Checks
# ===========================================================================


def final_checks(regions, countries, cities, outside):
    errors = []
    ids = [r.id for r in regions]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate ids: {dup}")
    city_ids = {row["id"] for row in cities}
    clash = sorted(set(ids) & city_ids)
    if clash:
        errors.append(f"ids also in cities.tsv: {clash}")
    for lid in LEGACY_IDS:
        if lid not in ids:
            errors.append(f"legacy id {lid} missing")
    country_ids = {row["id"] for row in countries}
    by_id = {r.id: r for r in regions}
    owner = {}
    for r in regions:
        if not re.fullmatch(r"region:[A-Za-z0-9][A-Za-z0-9-]*", r.id):
            errors.append(f"bad id {r.id}")
        if r.source != "curated" and not r.country:
            errors.append(f"{r.id}: no country")
        if r.country and f"country:{r.country}" not in country_ids:
            errors.append(f"{r.id}: country {r.country} not in countries.tsv")
        if r.parent and r.parent not in country_ids and r.parent not in by_id:
            errors.append(f"{r.id}: unknown parent {r.parent}")
        if r.country and not r.parent:
            errors.append(f"{r.id}: no parent")
        for form in [r.name] + r.aliases + r.demonyms + [plural(d) for d in r.demonyms if plural(d)]:
            if not form or form != form.strip():
                errors.append(f"{r.id}: empty or padded name {form!r}")
            k = fold(form)
            if k in owner and owner[k] != r.id:
                errors.append(f"'{form}' belongs to both {owner[k]} and {r.id}")
            owner.setdefault(k, r.id)
            if k in outside:
                errors.append(f"{r.id}: '{form}' {outside[k]}")
    if errors:
        for e in errors:
            print(f"{SCRIPT_NAME}: check failed: {e}", file=sys.stderr)
        raise SystemExit(1)


# ===========================================================================
# Main
# ===========================================================================


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared",
                    help="the shared data folder (default: ../shared beside the repo)")
    ap.add_argument("--iso-codes", type=Path, default=Path("/usr/share/iso-codes/json"),
                    help="iso-codes JSON folder (default: /usr/share/iso-codes/json)")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "gazetteers" / "regions.tsv",
                    help="output file (default: gazetteers/regions.tsv)")
    ap.add_argument("--report", action="store_true",
                    help="print matching and precision decisions to stderr")
    ap.add_argument("--report-all", action="store_true",
                    help="with --report, also print exact name matches")
    args = ap.parse_args(argv)

    paths = {
        "admin1CodesASCII.txt": args.shared / "data" / "geonames" / "admin1CodesASCII.txt",
        "countryInfo.txt": args.shared / "data" / "geonames" / "countryInfo.txt",
        "countries.json": args.shared / "data" / "countries" / "countries.json",
        "iso_3166-2.json": args.iso_codes / "iso_3166-2.json",
        "iso_3166-2.mo (en)": args.iso_codes.parent.parent / "locale" / "en"
        / "LC_MESSAGES" / "iso_3166-2.mo",
        "countries.tsv": REPO_ROOT / "gazetteers" / "countries.tsv",
        "cities.tsv": REPO_ROOT / "gazetteers" / "cities.tsv",
    }
    try:
        missing = [f"{k}: {p}" for k, p in paths.items() if not p.is_file()]
        if missing:
            raise InputError("missing input files:\n  " + "\n  ".join(missing) +
                             "\n(ISO files: apt-get install -y iso-codes; GeoNames and"
                             " countries.json: the shared data folder, see --shared)")
        admin1 = read_admin1(paths["admin1CodesASCII.txt"])
        country_info = read_country_info(paths["countryInfo.txt"])
        mledoze = json.loads(read_text(paths["countries.json"]))
        iso2 = read_iso2(paths["iso_3166-2.json"])
        english = read_english_mo(paths["iso_3166-2.mo (en)"])
        countries = read_tsv(paths["countries.tsv"])
        cities = read_tsv(paths["cities.tsv"])
    except InputError as e:
        print(f"{SCRIPT_NAME}: error: {e}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"{SCRIPT_NAME}: error: bad JSON input: {e}", file=sys.stderr)
        return 2

    # alpha-2 -> alpha-3: mledoze first (Kosovo's "UNK" is XKX in
    # countries.tsv), GeoNames countryInfo for anything missing.
    valid = {row["id"].split(":", 1)[1] for row in countries}
    country_names = {row["id"].split(":", 1)[1]: row["name"] for row in countries}
    a2_to_a3 = {}
    for c in mledoze:
        a3 = {"UNK": "XKX"}.get(c["cca3"], c["cca3"])
        a2_to_a3[c["cca2"]] = a3
    for a2, (a3, _, _) in country_info.items():
        a2_to_a3.setdefault(a2, a3)
    for cc in sorted({e["cc"] for e in admin1}):
        if a2_to_a3.get(cc) not in valid:
            print(f"{SCRIPT_NAME}: error: admin1 country {cc} has no alpha-3 code "
                  f"in countries.tsv", file=sys.stderr)
            return 1

    iso_by_cc = defaultdict(list)
    iso_index = {}
    for s in iso2:
        iso_by_cc[s["code"].split("-", 1)[0]].append(s)
        iso_index[s["code"]] = s
    admin1_codes = {e["code"] for e in admin1}
    for table in (ISO_OVERRIDE, NAME_OVERRIDE, EXTRA_ALIASES, KIND_OVERRIDE, ID_OVERRIDE,
                  DROP_ALIASES, TYPE_WORD_OVERRIDE):
        for code in table:
            if code not in admin1_codes:
                print(f"{SCRIPT_NAME}: error: curated table names unknown admin1 code {code}",
                      file=sys.stderr)
                return 1
    for code, iso_code in ISO_OVERRIDE.items():
        if iso_code is not None and (iso_code not in iso_index
                                     or not iso_code.startswith(code.split(".")[0] + "-")):
            print(f"{SCRIPT_NAME}: error: ISO_OVERRIDE {code}: no ISO code {iso_code}",
                  file=sys.stderr)
            return 1
    iso_match = match_iso_codes(admin1, iso_by_cc, english)
    outside = outside_forms(countries, cities)
    DEMONYM_KEYS.update(fold(d) for row in countries for d in
                        (row.get("demonyms") or "").split("|") if d)

    fine = fine_grained_countries(admin1, country_info)
    regions = build_admin1(admin1, iso_match, iso_index, a2_to_a3, country_names, fine,
                           main_iso_types(iso_by_cc))
    by_code = {r.source: r for r in regions}
    for code, lst in DEMONYMS.items():
        if code in by_code:
            by_code[code].demonyms = list(lst)

    # Settle admin1 names first, assign slug ids, then add curated entries
    # (which refer to admin1 ids) and settle everything together.
    def assign_ids():
        taken = {r.id for r in regions if r.id}
        for r in sorted(regions, key=lambda r: r.source):
            if r.id is None:
                base = f"region:{r.country}-{slug(NAME_OVERRIDE.get(r.source, r.name))}"
                rid, n = base, 2
                while rid in taken:
                    rid = f"{base}-{n}"
                    n += 1
                r.id = rid
                taken.add(rid)

    assign_ids()
    admin1_ids = {r.source: r.id for r in regions}
    curated = build_curated(admin1_ids, valid)
    for r in curated:
        if r.id in DEMONYMS:
            r.demonyms = list(DEMONYMS[r.id])
    everything = regions + curated
    drops = settle(everything, outside, args.report)

    if args.report:
        for e in admin1:
            how = iso_match.get(e["code"])
            if how is None:
                print(f"noiso\t{e['code']}\t{e['name']}", file=sys.stderr)
            elif how[1] != "name" or args.report_all:
                print(f"iso\t{e['code']}\t{e['name']}\t{how[0]}\t"
                      f"{iso_index.get(how[0], {}).get('name')}\t{how[1]}", file=sys.stderr)

    final_checks(everything, countries, cities, outside)

    kinds = defaultdict(int)
    for r in everything:
        kinds[r.kind] += 1
    mapped = sum(1 for e in admin1 if e["code"] in iso_match)
    counts = (f"{len(everything)} regions ("
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
              + f"); {mapped} of {len(admin1)} GeoNames subdivisions have an"
              f" ISO 3166-2 code")
    inputs = [(k, sha256_of(p)) for k, p in paths.items()
              if k not in ("countries.tsv", "cities.tsv")]
    inputs += [(k, sha256_of(p)) for k, p in paths.items() if k in ("countries.tsv", "cities.tsv")]
    text = render(everything, inputs, counts)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{SCRIPT_NAME}: wrote {args.out}: {counts}; {len(drops)} names dropped",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
