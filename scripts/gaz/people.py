#!/usr/bin/env python3
"""Build gazetteers/people.tsv, the built-in PEOPLE gazetteer of nergraph.

Inputs (read-only):
  * <shared>/data/petrarch/Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
    Phoenix.MilNonState.actors.txt: the Phoenix/PETRARCH actor dictionaries (TABARI format,
    MIT licence, Open Event Data Alliance). Named people with dated CAMEO role codes.
  * <shared>/data/petrarch/CAMEO.2.0.txt, Phoenix.agents.txt, Phoenix.IssueCoding.txt,
    Phoenix.discards.txt: only used as a vocabulary of ordinary English words, so that no
    ordinary word becomes a one-word alias.
  * <shared>/data/geonames/cities15000.txt (optional): place names, same purpose.
  * gazetteers/countries.tsv, cities.tsv, regions.tsv, organizations.tsv of this repository:
    valid country codes and names that must never be person aliases.
  * The curated tables at the end of this file: heads of state and government, ministers,
    heads of international organizations, central bankers, military chiefs, leaders of armed
    groups and chief executives, written by hand from public records.

Usage: python3 scripts/gaz/people.py [--shared ../shared] [--out gazetteers/people.tsv]
Relative paths are taken from the repository root (the parent of scripts/). The output is
deterministic: the same inputs give a byte-identical file. Exit status 2 when an input is
missing, 1 when a check on the result fails.
"""

import argparse
import hashlib
import os
import re
import sys
import unicodedata
from collections import defaultdict

PHOENIX_ASOF = "2014-01-30"  # CountryInfo.140130.txt, the date of the Phoenix country file
PIVOT = 14  # two-digit years <= 14 are 20yy, others 19yy (the file dates from January 2014)


# ----------------------------------------------------------------------------------------
# small helpers

def die(msg, code=2):
    sys.stderr.write("people.py: error: " + msg + "\n")
    sys.exit(code)


def strip_accents(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O")
    s = s.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("ð", "d")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("ʻ", "'").replace("ʼ", "'")
    s = s.replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def key(s):
    """Identity key of a name: accents, case, dots, apostrophes and hyphens do not count."""
    s = strip_accents(s).upper().replace("_", " ").replace("-", " ")
    s = re.sub(r"[.'`\"]", "", s)
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    out, initials = [], False
    for t in s.split():  # J. D. Vance = J.D. Vance = JD Vance
        if len(t) == 1 and initials:
            out[-1] += t
        else:
            out.append(t)
            initials = len(t) == 1
    return " ".join(out)


def read_text(path):
    """Reads a file that may not be valid UTF-8: each line as UTF-8, else as Latin-1."""
    out = []
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            raw = raw.rstrip(b"\r")
            try:
                out.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(raw.decode("latin-1"))
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


# ----------------------------------------------------------------------------------------
# dates

def valid_ymd(y, m, d):
    if not (1000 <= y <= 2100):
        return None
    if m == 0:
        return "%04d" % y
    if not 1 <= m <= 12:
        return None
    if d == 0:
        return "%04d-%02d" % (y, m)
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if not 1 <= d <= mdays:
        return None
    return "%04d-%02d-%02d" % (y, m, d)


def phoenix_date(s):
    """yymmdd or yyyymmdd -> YYYY-MM-DD (None when malformed)."""
    s = s.strip()
    if re.fullmatch(r"\d{6}", s):
        yy = int(s[:2])
        y = 2000 + yy if yy <= PIVOT else 1900 + yy
        return valid_ymd(y, int(s[2:4]), int(s[4:6]))
    if re.fullmatch(r"\d{8}", s):
        return valid_ymd(int(s[:4]), int(s[4:6]), int(s[6:8]))
    return None


def curated_date(s, where):
    if s == "..":
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        die("%s: bad date '%s' (YYYY, YYYY-MM, YYYY-MM-DD or ..)" % (where, s), 1)
    y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    v = valid_ymd(y, mo, d)
    if v is None:
        die("%s: impossible date '%s'" % (where, s), 1)
    return v


def date_lo(d):
    """Comparable lower bound of a date (None = minus infinity)."""
    if d is None:
        return "0000-00-00"
    return (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] if len(d) == 7 else d


def date_hi(d, open_as=None):
    if d is None:
        return open_as or "9999-12-31"
    return (d + "-12-31")[:10] if len(d) == 4 else (d + "-31")[:10] if len(d) == 7 else d


def days(d):
    y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:10])
    return y * 372 + m * 31 + dd


# ----------------------------------------------------------------------------------------
# role values

class Role:
    __slots__ = ("title", "target", "start", "end", "curated")

    def __init__(self, title, target, start, end, curated):
        self.title, self.target, self.start, self.end, self.curated = title, target, start, end, curated

    def text(self):
        s = "%s@%s" % (self.title, self.target)
        if self.start or self.end:
            s += "[%s..%s]" % (self.start or "", self.end or "")
        return s

    def sort_key(self):
        return (date_lo(self.start), date_hi(self.end), self.title, self.target)

    def overlap_days(self, other, open_as):
        a0, a1 = date_lo(self.start), date_hi(self.end, open_as)
        b0, b1 = date_lo(other.start), date_hi(other.end, open_as)
        lo, hi = max(a0, b0), min(a1, b1)
        if lo > hi:
            return -1
        return days(hi) - days(lo)

    def length_days(self, open_as):
        lo, hi = date_lo(self.start), date_hi(self.end, open_as)
        if lo == "0000-00-00":
            return None
        return max(days(hi) - days(lo), 0)


# ----------------------------------------------------------------------------------------
# Phoenix / TABARI actor dictionaries

# CAMEO codes that are not ISO 3166 alpha-3, and the id this gazetteer uses for them.
CAMEO_COUNTRY_FIX = {
    "TMP": "TLS", "USR": "SUHH", "SUN": "SUHH", "DDR": "DDDE", "YUG": "YUCS", "FRY": "YUCS",
    "SCG": "CSXX", "CSK": "CSHH", "KSV": "XKX", "ANG": "AGO", "IMY": "IMN", "GZA": "PSE",
    "SRP": "BIH", "ROM": "ROU", "ZAR": "COD", "WSB": "PSE", "PAL": "PSE",
}

# Role codes after the country: GOV + sector, or a bare actor type.
GOV_SECTOR_TITLE = {
    "": "government official", "MIL": "defence official", "BUS": "economic official",
    "AGR": "agriculture official", "MED": "information official", "EDU": "education official",
    "HLH": "health official", "DEV": "development official", "JUD": "justice official",
    "LAB": "labour official", "ENV": "environment official", "HRI": "human rights official",
    "LEG": "legislator", "REL": "religious affairs official", "COP": "police official",
    "SPY": "intelligence official", "REF": "refugee affairs official",
}
ACTOR_TITLE = {
    "MIL": "military officer", "SPY": "intelligence official", "COP": "police official",
    "LEG": "legislator", "JUD": "judicial official", "OPP": "opposition politician",
    "REB": "rebel leader", "PTY": "party official",
}
ROLE_CODES = set(GOV_SECTOR_TITLE) | set(ACTOR_TITLE) | {"GOV", "ELI", "UNR", "OCC", "PRI",
                                                         "MUS", "BUS", "MED", "EDU", "HLH"}

# International organisations inside IGO codes (IGO + region + body ...), first match wins.
IGO_BODY = [
    ("WBK", "world-bank"), ("WHO", "world-health-organization"),
    ("IAE", "international-atomic-energy-agency"), ("IMF", "international-monetary-fund"),
    ("WTO", "world-trade-organization"), ("HCR", "unhcr"), ("KID", "unicef"),
    ("WFP", "world-food-programme"), ("FAO", "food-and-agriculture-organization"),
    ("ILO", "international-labour-organization"), ("ICC", "international-criminal-court"),
    ("ICJ", "international-court-of-justice"), ("BIS", "bank-for-international-settlements"),
    ("NAT", "nato"), ("ASN", "asean"), ("OPC", "opec"), ("EEC", "european-union"),
    ("UNO", "united-nations"), ("EUR", "european-union"), ("ARL", "arab-league"),
    ("AFU", "african-union"), ("OAS", "organization-of-american-states"),
]


class PhoenixEntry:
    def __init__(self, source, lineno, primary, comment):
        self.source, self.lineno = source, lineno
        self.primary = primary
        self.synonyms = []
        self.codes = []  # (code, date spec)
        self.comments = [comment] if comment else []


CODE_RE = re.compile(r"\[([A-Z~-][A-Z~-]*)\s*([^\]]*)\]")


def clean_phrase(s):
    s = s.split("\t")
    s = next((p for p in s if p.strip()), "")
    s = s.strip().replace(" ", "_")
    return s.strip("_").strip()


def parse_tabari(path, source):
    entries = []
    cur = None
    for i, line in enumerate(read_text(path), 1):
        if not line.strip():
            continue
        comment = ""
        body = line
        if "#" in line:
            body, comment = line.split("#", 1)
        stripped = body.strip()
        if not stripped:
            if cur is not None and comment:
                cur.comments.append(comment.strip())
            continue
        codes = CODE_RE.findall(body)
        before_codes = body.split("[", 1)[0]
        if line[0] in " \t" and stripped.startswith("["):
            if cur is not None:
                cur.codes.extend(codes)
                if comment:
                    cur.comments.append(comment.strip())
            continue
        if stripped.startswith("+"):
            if cur is not None:
                phrase = clean_phrase(before_codes.strip()[1:])
                if phrase:
                    cur.synonyms.append(phrase)
                cur.codes.extend(codes)
                if comment:
                    cur.comments.append(comment.strip())
            continue
        if stripped.startswith("<") or stripped.startswith("-"):
            cur = None
            continue
        phrase = clean_phrase(before_codes)
        cur = PhoenixEntry(source, i, phrase, comment.strip())
        cur.codes.extend(codes)
        entries.append(cur)
    return entries


def cameo_country(code3, countries):
    c = CAMEO_COUNTRY_FIX.get(code3, code3)
    return c if c in countries else None


def interpret_code(code, spec, countries):
    """One CAMEO code with its date spec -> (title, target, start, end, country) or None.

    country is the nationality the code implies (None for organisations)."""
    start = end = None
    spec = spec.strip()
    if spec:
        m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", spec)
        if m:
            start, end = phoenix_date(m.group(1)), phoenix_date(m.group(2))
        elif spec.startswith(">"):
            start = phoenix_date(spec[1:])
        elif spec.startswith("<"):
            end = phoenix_date(spec[1:])
        if start and end and start > end:
            start = end = None
    if code.startswith("IGO"):
        rest = code[3:]
        for i in range(0, len(rest), 3):
            part = rest[i:i + 3]
            for body, org in IGO_BODY:
                if part == body:
                    return ("official", "organization:" + org, start, end, None)
        return None
    if len(code) < 3:
        return None
    country = cameo_country(code[:3], countries)
    if country is None:
        return None
    rest = code[3:]
    sub = rest[:3]
    if sub and sub not in ROLE_CODES:
        sub_c = cameo_country(sub, countries)
        if sub_c:
            country, rest = sub_c, rest[3:]
    if rest.startswith("GOV"):
        sector = rest[3:6]
        title = GOV_SECTOR_TITLE.get(sector, "government official")
    else:
        title = ACTOR_TITLE.get(rest[:3])
    if title is None:
        return (None, None, None, None, country)  # nationality only
    return (title, "country:" + country, start, end, country)


# ----------------------------------------------------------------------------------------
# names

# Leading words of Phoenix synonyms that are titles or descriptions, not names.
TITLE_WORDS = set("""
PRESIDENT PRES VICE PRIME MINISTER MINISTERS PM FOREIGN DEFENSE DEFENCE FINANCE INTERIOR
ECONOMY TRADE SECRETARY SECRETARY-GENERAL SECY SEC GENERAL GEN LT LIEUTENANT COL COLONEL
MARSHAL FIELD ADMIRAL ADM BRIGADIER CAPTAIN CAPT CHANCELLOR KANZLER BUNDESKANZLER
BUNDESPRASIDENT AMBASSADOR AMB SENATOR SEN REP REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN
GOVERNOR GOV MAYOR KING QUEEN PRINCE PRINCESS CROWN SHEIKH SHEIK SHAIKH SHEIKHA SAYYID SAYYED
SEYYED SAYED SAYYAD SAYED EMIR AYATOLLAH GRAND HOJATOLESLAM HOJJATOLESLAM MULLAH MAULANA
MAULVI MR MRS MS MISS DR DOCTOR PROF PROFESSOR SIR LORD LADY DAME BARON JONKHEER COUNT LEADER
CHAIRMAN CHAIRWOMAN CHAIR CHIEF COMMANDER SPEAKER DEPUTY ACTING FORMER EX STATE OF THE FOR
AND DEPARTMENT SUPREME PRESIDENT-ELECT PREMIER JUSTICE JUDGE BISHOP ARCHBISHOP CARDINAL POPE
REV REVEREND IMAM HRH HIS HER MAJESTY HIGHNESS EXCELLENCY US U.S. UN U.N. NATO EU UNITED
NATIONS SECRETARY_GENERAL SECRETARY-GENERAL_ PATRIARCH METROPOLITAN DALAI LAMA HEAD OPPOSITION
INTERIM TRANSITIONAL MILITARY PARTY COMMUNIST REBEL WARLORD DICTATOR STRONGMAN SHAH
PRESIDENTIAL ENVOY SPECIAL SPOKESMAN SPOKESWOMAN MINISTRY NEW OLD LATE DR. MR. MRS. GEN.
LT. COL. SEN. REP. GOV. PROF. ST. SGT SERGEANT CORPORAL PRIVATE A.K.A. AKA
""".split())

# Name particles written in lower case inside a name (country exceptions below).
PARTICLES = {"AL", "EL", "BIN", "IBN", "BINT", "VAN", "VON", "DER", "DEN", "DE", "DEL", "DELLA",
             "DA", "DO", "DOS", "DAS", "DU", "Y", "E", "ZU", "TER", "TEN", "LA", "LE", "DI", "DES"}
ARAB = set("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE "
           "YEM".split())
ITALIANATE = set("ITA SMR MLT VAT".split())
ENGLISH = set("USA GBR CAN AUS NZL IRL JAM BHS BRB TTO GUY BLZ ATG DMA GRD KNA LCA VCT".split())
EAST_ASIAN = set("CHN TWN HKG MAC KOR PRK".split())
MAC_NAMES = set("""MACDONALD MACKAY MACKENZIE MACLEOD MACMILLAN MACARTHUR MACINTYRE MACNEIL MACAULAY
MACLEAN MACGREGOR MACDOUGALL MACKINNON MACFARLANE MACLAREN MACPHERSON MACRAE MACGUIRE MACKINTOSH
MACLENNAN MACKILLOP MACNAMARA MACSHARRY MACASKILL MACNEILL MACKIE MACBRIDE MACDONNELL""".split())
SUFFIXES = {"JR", "JR.", "SR", "SR.", "II", "III", "IV"}


def cap_simple(t, country):
    """One token (no spaces, no hyphens) from capitals to the usual mixed case."""
    if not t:
        return t
    u = t.upper()
    if u in ("II", "III", "IV", "VI", "VII", "VIII"):
        return u
    if u in ("JR", "JR."):
        return "Jr."
    if u in ("SR", "SR."):
        return "Sr."
    if re.fullmatch(r"[A-Z]\.?", u):
        return u
    if re.fullmatch(r"([A-Z]\.)+", u):  # initials such as J.D.
        return u
    if "'" in t:
        head, tail = t.split("'", 1)
        if len(head) == 1 and head.upper() in "ODLN":
            return head.upper() + "'" + cap_simple(tail, country)
        return cap_simple(head, country) + "'" + tail.lower()
    if u.startswith("MC") and len(u) > 3 and country in ENGLISH | {"GBR", "IRL"}:
        return "Mc" + u[2] + u[3:].lower()
    if u in MAC_NAMES:
        return "Mac" + u[3] + u[4:].lower()
    low = t.lower()
    first = low[0].upper()
    if first == "İ":
        first = "I"
    return first + low[1:].replace("i̇", "i")


def proper_case(raw, country):
    """'VLADIMIR_PUTIN' -> 'Vladimir Putin', 'BASHAR_AL_ASSAD' -> 'Bashar al-Assad'."""
    toks = [t for t in raw.replace("_", " ").split() if t]
    out = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        u = t.upper()
        last = i == n - 1
        if "-" in t and not t.startswith("-"):
            parts = [p for p in t.split("-")]
            cp = []
            for j, p in enumerate(parts):
                pu = p.upper()
                if j == 0 and pu in ("AL", "EL") and len(parts) > 1:
                    cp.append(pu.lower())
                elif j > 0 and country in EAST_ASIAN:
                    cp.append(p.lower())
                else:
                    cp.append(cap_simple(p, country))
            out.append("-".join(cp))
            i += 1
            continue
        if u in PARTICLES and not last and (i > 0 or u in ("AL", "EL")):
            if u in ("AL", "EL") and country in ARAB | {"AFG", "PAK", "IRN"}:
                nxt = toks[i + 1]
                if nxt.upper() not in PARTICLES:
                    out.append(u.lower() + "-" + cap_simple(nxt, country))
                    i += 2
                    continue
            if i == 0:
                out.append(cap_simple(t, country))  # Al Gore, El ...
            elif country in ENGLISH:
                out.append(cap_simple(t, country))
            elif country in ITALIANATE and u in ("DI", "DE", "DEL", "DELLA", "LA", "LO", "DA"):
                out.append(cap_simple(t, country))
            elif country == "BEL" and u in ("DE", "DI", "VAN", "LA", "LE"):
                out.append(cap_simple(t, country))
            elif country in ("FRA", "CHE", "LUX", "MCO", "HTI", "CAN") and u in ("LE", "LA"):
                out.append(cap_simple(t, country))
            elif u in ("E", "Y") and country not in ("BRA", "PRT", "ESP", "MEX", "ARG", "CHL",
                                                      "COL", "PER", "VEN", "ECU", "BOL", "PRY",
                                                      "URY", "CRI", "PAN", "GTM", "HND", "SLV",
                                                      "NIC", "DOM", "CUB", "AGO", "MOZ", "CPV",
                                                      "GNB", "STP", "TLS", "PHL", "GNQ"):
                out.append(cap_simple(t, country))
            elif u in ("LA", "LE", "DI", "DA", "DU", "DES") and country not in (
                    "FRA", "ESP", "PRT", "BRA", "MEX", "ARG", "CHL", "COL", "PER", "VEN", "ECU",
                    "BOL", "PRY", "URY", "CRI", "PAN", "GTM", "HND", "SLV", "NIC", "DOM", "CUB",
                    "AGO", "MOZ", "CPV", "GNB", "STP", "TLS", "PHL", "GNQ", "NLD", "DEU", "AUT",
                    "CHE", "LUX", "BEL", "MCO", "HTI", "CMR", "CIV", "SEN", "COD", "COG", "GAB",
                    "BEN", "TGO", "BFA", "MLI", "NER", "TCD", "CAF", "MDG", "BDI", "RWA", "DJI",
                    "COM", "GIN", "MUS", "SYC", "LBN"):
                out.append(cap_simple(t, country))
            else:
                out.append(u.lower())
            i += 1
            continue
        out.append(cap_simple(t, country))
        i += 1
    return " ".join(out)


def surname_of(name, country):
    """The form a news text uses for the person after the first mention (None if none)."""
    toks = name.split()
    while toks and (toks[-1].upper().rstrip(".") + ("." if toks[-1].endswith(".") else "")
                    ).upper() in SUFFIXES | {"JR.", "SR."}:
        toks = toks[:-1]
    while toks and re.fullmatch(r"[IVX]+", toks[-1]):
        toks = toks[:-1]
    if len(toks) < 2 or "of" in toks:
        return None
    if country in EAST_ASIAN or country == "KHM":
        return toks[0]
    if country in ("MMR", "ETH", "ERI", "ISL"):
        return None
    j = len(toks) - 1
    while j - 1 > 0 and toks[j - 1].lower() in ("van", "von", "der", "den", "de", "del", "della",
                                                  "da", "do", "dos", "das", "du", "ter", "ten",
                                                  "zu", "la", "le", "di", "bin", "ibn", "bint",
                                                  "des"):
        j -= 1
    s = " ".join(toks[j:])
    if re.fullmatch(r"[A-Z]\.?", s):
        return None
    return s


def given_tokens(name, country):
    toks = name.split()
    sur = surname_of(name, country)
    if sur is None:
        return []
    if country in EAST_ASIAN or country == "KHM":
        rest = toks[1:]
    else:
        rest = toks[: len(toks) - len(sur.split())]
    return [t for t in rest if not re.fullmatch(r"[A-Z]\.?|([A-Z]\.)+", t)
            and t.upper() not in PARTICLES and t not in ("Jr.", "Sr.")]


NAME_OK = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .'\-])*[^\W\d_.]\.?$")


TOKEN_OK = re.compile(r"^(?:(?:[^\W\d_]\.)+|[^\W\d_]+(?:['\-][^\W\d_]+)*\.?)$")


def looks_like_name(s):
    if not NAME_OK.match(s):
        return False
    for t in s.split():
        if not TOKEN_OK.match(t):
            return False
        if t.upper().rstrip(".") in ORG_WORDS or t.upper().endswith("'S"):
            return False
    for ch in s:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return True


# Words that show a Phoenix phrase is an organisation, place or group, not a person.
ORG_WORDS = set("""
ARMY FORCE FORCES FRONT MOVEMENT PARTY ORGANIZATION ORGANISATION GROUP BRIGADE BRIGADES COUNCIL
COMMITTEE UNION LEAGUE ASSOCIATION FEDERATION INSTITUTE INSTITUTION UNIVERSITY COLLEGE SCHOOL
BANK FUND COMPANY CORP CORPORATION INC LTD LLC PLC CO AGENCY OFFICE MINISTRY DEPARTMENT
GOVERNMENT REPUBLIC KINGDOM STATE STATES EMPIRE PROVINCE REGION DISTRICT CITY ISLAND ISLANDS
NATIONAL INTERNATIONAL WORLD GLOBAL ISLAMIC JIHAD MUJAHIDEEN MUJAHIDIN LIBERATION
REVOLUTIONARY RESISTANCE REBELS REBEL MILITIA MILITIAS POLICE COURT TRIBUNAL PARLIAMENT
ASSEMBLY SENATE CONGRESS CABINET TIMES POST NEWS PRESS RADIO TELEVISION AIRLINES AIRWAYS
FOUNDATION TRUST SOCIETY CENTER CENTRE NETWORK ALLIANCE COALITION BLOC CHURCH MOSQUE CATHOLIC
PEOPLE PEOPLES PEOPLE'S WORKERS STUDENTS YOUTH WOMEN CHILDREN HUMAN RIGHTS WATCH AMNESTY
FIGHTERS SOLDIERS TROOPS GUARD GUARDS COMMAND COMMANDOS UNIT UNITS SQUAD CELL CELLS NETWORK
TALIBAN QAEDA QAIDA HAMAS HEZBOLLAH HIZBULLAH FATAH SECURITY INTELLIGENCE SERVICE SERVICES
MISSION EMBASSY CONSULATE DELEGATION AUTHORITY AUTHORITIES ADMINISTRATION REGIME JUNTA
CARTEL CLAN TRIBE TRIBES FAMILY BROTHERHOOD SISTERS BROTHERS DIVISION BATTALION REGIMENT
PROGRAM PROGRAMME PROJECT INITIATIVE CAMPAIGN FUNDS COMMISSION HOLDINGS GROUPE INDUSTRIES MOTORS
ENERGY OIL GAS PETROLEUM TELECOM COMMUNICATIONS SYSTEMS TECHNOLOGIES PHARMACEUTICALS
""".split())


def split_title(raw, demonym_words):
    """Phoenix phrase -> (title tokens, name tokens)."""
    toks = [t for t in raw.replace("_", " ").split() if t]
    i = 0
    while i < len(toks) - 0 and (toks[i].upper() in TITLE_WORDS or toks[i].upper() in
                                 demonym_words or toks[i].upper().rstrip(".") in TITLE_WORDS):
        i += 1
    return toks[:i], toks[i:]


class Person:
    """A person being assembled from Phoenix entries and curated facts."""

    def __init__(self):
        self.name = None
        self.country = None
        self.aliases = []        # in order, before filtering
        self.short = []
        self.roles = []
        self.curated = False
        self.phoenix = False
        self.fixed_id = None
        self.explicit_aliases = set()
        self.explicit_short = None  # list when given by the curated tables
        self.variants = []      # (title tokens, name tokens) from Phoenix, raw capitals
        self.sources = []
        self.phoenix_keys = set()
        self.match_names = []   # other spellings used only to find this person in Phoenix
        self.match_elsewhere = []  # (spelling, country code) of a misfiled Phoenix record


def phoenix_people(shared, countries, demonym_words, given_hint):
    """All people in the three Phoenix actor files, one Person per Phoenix entry."""
    base = os.path.join(shared, "data", "petrarch")
    files = [("Phoenix.Countries.actors.txt", "countries"),
             ("Phoenix.International.actors.txt", "international"),
             ("Phoenix.MilNonState.actors.txt", "milnonstate")]
    out = []
    stats = defaultdict(int)
    for fname, src in files:
        for e in parse_tabari(os.path.join(base, fname), src):
            comments = " ".join(e.comments)
            variants = []
            for raw in [e.primary] + e.synonyms:
                if "\ufffd" in raw or "?" in raw:
                    continue
                tt, nt = split_title(raw, demonym_words)
                if not nt:
                    continue
                variants.append((tt, nt))
            if not variants:
                continue
            _, ptoks = variants[0]
            pwords = [t.upper() for t in ptoks]
            is_countryinfo = "CountryInfo" in comments
            is_ruler = "IGOrulers" in comments
            if src == "milnonstate" and "kkl" in comments:
                continue  # the START/TOPS list: groups, never people
            if not (is_countryinfo or is_ruler):
                # Other entries are mostly institutions and groups: only clear personal names.
                if not (2 <= len(pwords) <= 4):
                    continue
                if any(w in ORG_WORDS or w in demonym_words or w.strip("'") in ORG_WORDS
                       for w in pwords):
                    continue
                if pwords[0] not in given_hint:
                    continue
                if any(re.search(r"[^A-Z.'\-ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚŞĞİÖÜ]", w) for w in pwords):
                    continue
                stats["heuristic:" + src] += 1
            roles, nations = [], []
            for code, spec in e.codes:
                r = interpret_code(code, spec, countries)
                if r is None:
                    continue
                title, target, start, end, country = r
                if target == "organization:european-union" and "CoEU" in comments:
                    title = "president of the council of the european union"
                if country:
                    nations.append((country, title is not None, end or "9999"))
                if title:
                    roles.append(Role(title, target, start, end, False))
            if not nations:
                m = re.search(r"from ([A-Z][A-Z ]+)", comments)
                if m:
                    c = countries_by_name.get(key(m.group(1)))
                    if c:
                        nations.append((c, False, "0000"))
            if not nations:
                stats["no country:" + src] += 1
                continue
            # nationality: the country of most role codes, then of the latest one
            score = defaultdict(lambda: [0, ""])
            for c, has_role, end in nations:
                score[c][0] += 1 if has_role else 0
                score[c][1] = max(score[c][1], end)
            country = max(score, key=lambda c: (score[c][0], score[c][1], c))
            p = Person()
            p.phoenix = True
            p.country = country
            p.roles = roles
            p.variants = variants
            p.sources.append("%s:%d" % (fname, e.lineno))
            out.append(p)
            stats["people:" + src] += 1
    return out, stats


countries_by_name = {}


# ----------------------------------------------------------------------------------------
# curated tables (the data are at the end of this file)

def curated_target(tok, where):
    if ":" in tok:
        return tok
    if re.fullmatch(r"[A-Z]{3,4}", tok):
        return "country:" + tok
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tok):
        return "organization:" + tok
    die("%s: bad role target '%s'" % (where, tok), 1)


def parse_curated_roles(blocks):
    """Role blocks -> [(name, nationality or None, Role)] in file order."""
    out = []
    for bname, text in blocks:
        target = title = None
        for n, line in enumerate(text.split("\n"), 1):
            where = "curated %s line %d" % (bname, n)
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("@"):
                parts = line[1:].split(None, 1)
                if len(parts) != 2:
                    die("%s: section header must be '@TARGET title'" % where, 1)
                target = curated_target(parts[0], where)
                title = parts[1].strip()
                if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", title):
                    die("%s: role title '%s' must be lowercase words" % (where, title), 1)
                continue
            if target is None:
                die("%s: role line before any '@TARGET title' header" % where, 1)
            parts = line.split(None, 2)
            if len(parts) < 3:
                die("%s: expected 'FROM TO Name'" % where, 1)
            start, end = curated_date(parts[0], where), curated_date(parts[1], where)
            name = parts[2].strip()
            nat = None
            m = re.search(r"\s/([A-Z]{3,4})$", name)
            if m:
                nat, name = m.group(1), name[: m.start()].strip()
            ltitle, ltarget = title, target
            m = re.search(r"\s\{([^}]*)\}$", name)
            if m:  # per-line override: {title} or {title@target}
                spec, name = m.group(1), name[: m.start()].strip()
                if "@" in spec:
                    ltitle, t = spec.split("@", 1)
                    ltarget = curated_target(t, where)
                else:
                    ltitle = spec
            if start and end and date_lo(start) > date_hi(end):
                die("%s: %s starts after it ends" % (where, name), 1)
            out.append((name, nat, Role(ltitle, ltarget, start, end, True), where))
    return out


def parse_curated_people(text):
    """Person lines: Name | aliases ; ... | short ; ... | COUNTRY | id."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        f += [""] * (5 - len(f))
        if len(f) > 5:
            die("curated people line %d: too many fields" % n, 1)
        name, aliases, short, country, pid = f
        al = [a.strip() for a in aliases.split(";") if a.strip()]
        sh = None
        if short == "-":
            sh = []
        elif short:
            sh = [a.strip() for a in short.split(";") if a.strip()]
        out.append((name, al, sh, country or None, pid or None, "curated people line %d" % n))
    return out


# ----------------------------------------------------------------------------------------
# building

class UnionFind:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, a):
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]
            a = self.p[a]
        return a

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def skeleton(name):
    """A loose spelling key: Gaddafi, Qaddafi, Kadhafi, al-Gaddafi all give the same."""
    toks = [t for t in key(name).split() if t not in ("AL", "EL", "BIN", "IBN", "ABU")]
    out = []
    for t in toks:
        t = t.replace("KH", "K").replace("GH", "G").replace("DH", "D").replace("TH", "T")
        t = t.replace("PH", "F").replace("SH", "S").replace("CH", "C").replace("Q", "K")
        t = t.replace("G", "K").replace("W", "V").replace("Z", "S").replace("C", "K")
        t = t.replace("X", "KS")
        head, tail = t[0], re.sub(r"[AEIOUHYJ]", "", t[1:])
        s = re.sub(r"(.)\1+", r"\1", head + tail)
        out.append(s)
    if len(out) < 2 or len("".join(out)) < 7:
        return None
    return " ".join(out)


NO_SKELETON = EAST_ASIAN | {"VNM", "KHM", "MMR", "LAO", "THA"}


def _similar(a, b, at_least):
    import difflib
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= at_least


def fuzzy_same_person(p, lands, by_land):
    """Phoenix people who are very likely this curated person under another spelling: same
    country, an office at that country overlapping one of p's by a month or more, and a
    name that agrees (similar first and last names, or p's names all inside the other)."""
    out = []
    pt = [t for t in key(p.name).split() if t not in ("AL", "EL", "BIN", "IBN")]
    for c in lands:
        target = "country:" + c
        mine = [r for r in p.roles if r.target == target]
        if not mine:
            continue
        for q in by_land.get(c, []):
            qt = [t for t in key(q.name).split() if t not in ("AL", "EL", "BIN", "IBN")]
            if len(qt) < 2:
                continue
            name_ok = (_similar(pt[0], qt[0], 0.75) and _similar(pt[-1], qt[-1], 0.75)) or \
                (pt[0] == qt[0] and all(t in qt for t in pt))
            if not name_ok:
                continue
            if any(r.target == target and any(r.overlap_days(m, PHOENIX_ASOF) >= 30
                                               for m in mine) for r in q.roles):
                out.append(q)
    return out


def build(args, repo):
    shared = args.shared
    petr = os.path.join(shared, "data", "petrarch")
    needed = [os.path.join(petr, f) for f in (
        "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "CAMEO.2.0.txt", "Phoenix.agents.txt",
        "Phoenix.IssueCoding.txt", "Phoenix.discards.txt")]
    gz = os.path.join(repo, "gazetteers")
    needed += [os.path.join(gz, f) for f in ("countries.tsv", "cities.tsv", "regions.tsv",
                                             "organizations.tsv")]
    missing = [p for p in needed if not os.path.isfile(p)]
    if missing:
        die("missing input file(s):\n  " + "\n  ".join(missing) +
            "\n(give the folder that holds data/petrarch with --shared; default ../shared)")
    geonames = os.path.join(shared, "data", "geonames", "cities15000.txt")

    # --- names that must never be one-word person aliases
    countries = set()
    place_names = set()      # keys of country, city, region and organisation names
    demonym_words = set()
    for fname in ("countries.tsv", "cities.tsv", "regions.tsv", "organizations.tsv"):
        header = None
        for line in read_text(os.path.join(gz, fname)):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            if fname == "countries.tsv":
                cid = row.get("id", "")
                if cid.startswith("country:"):
                    countries.add(cid[8:])
                    for nm in [row.get("name", "")] + row.get("aliases", "").split("|"):
                        if nm:
                            countries_by_name[key(nm)] = cid[8:]
                for d in row.get("demonyms", "").split("|"):
                    if d:
                        demonym_words.add(key(d))
                        place_names.add(key(d))
            for col in ("name", "aliases", "short", "demonyms"):
                for nm in row.get(col, "").split("|"):
                    if nm:
                        place_names.add(key(nm))
    hard_banned = set(place_names)  # never a one-word alias, even a curated one
    country_names = set()           # never a one-word short form either
    for line in read_text(os.path.join(gz, "countries.tsv")):
        cols = line.split("\t")
        if len(cols) > 4 and cols[0].startswith("country:"):
            for nm in [cols[2]] + cols[3].split("|") + cols[4].split("|"):
                if nm:
                    country_names.add(key(nm))
    demonym_words |= {k for k in list(demonym_words)}
    geo_names = set()
    if os.path.isfile(geonames):
        for line in read_text(geonames):
            cols = line.split("\t")
            if len(cols) > 3:
                for nm in (cols[1], cols[2]):
                    if nm and " " not in nm:
                        geo_names.add(key(nm))
    english = set()
    for f in ("CAMEO.2.0.txt", "Phoenix.agents.txt", "Phoenix.IssueCoding.txt",
              "Phoenix.discards.txt"):
        for line in read_text(os.path.join(petr, f)):
            line = line.split("#", 1)[0]
            for w in re.findall(r"[A-Za-z]{3,}", line):
                english.add(w.upper())
    english |= ENGLISH_STOP

    # --- first names seen in Phoenix, a hint for which other entries are people
    given_hint = defaultdict(int)
    for e in parse_tabari(os.path.join(petr, "Phoenix.Countries.actors.txt"), "countries"):
        if any("CountryInfo" in c for c in e.comments):
            toks = e.primary.split("_")
            if len(toks) >= 2:
                given_hint[toks[0].upper()] += 1
    given_hint = {w for w, n in given_hint.items() if n >= 3 and w not in TITLE_WORDS}

    pho, stats = phoenix_people(shared, countries, demonym_words, given_hint)

    # --- curated people
    roles = parse_curated_roles(CURATED_ROLE_BLOCKS)
    meta = parse_curated_people(CURATED_PEOPLE)
    cur = {}      # key(name) -> Person
    order = []

    def curated_person(name, where):
        # "Name ~tag" tells apart two people of one name (the tag is not shown)
        m = re.fullmatch(r"(.*\S)\s+~(\w+)", name)
        k = key(name)
        if m:
            name, k = m.group(1), key(m.group(1)) + "~" + m.group(2)
        p = cur.get(k)
        if p is None:
            if not looks_like_name(name):
                die("%s: '%s' does not look like a name" % (where, name), 1)
            p = Person()
            p.name = name
            p.curated = True
            cur[k] = p
            order.append(p)
        elif p.name != name:
            die("%s: '%s' is spelt '%s' elsewhere; use one spelling" % (where, name, p.name), 1)
        return p

    for name, al, sh, country, pid, where in meta:
        p = curated_person(name, where)
        for a in al:
            if a not in p.aliases:
                p.aliases.append(a)
            p.explicit_aliases.add(a)
        if sh is not None:
            p.explicit_short = sh
        if country:
            p.country = country
        if pid:
            p.fixed_id = pid
    nat_of = {}
    for name, nat, role, where in roles:
        p = curated_person(name, where)
        p.roles.append(role)
        if nat and not p.country:
            nat_of.setdefault(id(p), nat)
    for p in order:
        if not p.country:
            p.country = nat_of.get(id(p))
        if not p.country:
            for r in p.roles:
                if r.target.startswith("country:"):
                    p.country = r.target[8:]
                    break
        if not p.country:
            for r in p.roles:
                home = ORG_HOME.get(r.target.split(":", 1)[1])
                if r.target.startswith("organization:") and home:
                    p.country = home
                    break
    nocountry = [p.name for p in order if not p.country]
    if nocountry:
        die("curated people without a country (add /CCC to a role line, a people line or "
            "an ORG_HOME entry): " + ", ".join(nocountry), 1)
    noroles = [p.name for p in order if not p.roles]
    if noroles:
        die("curated people without a role: " + ", ".join(noroles), 1)

    # --- Phoenix: proper-cased variants, then one cluster per person and country
    for p in pho:
        vs = []
        for tt, nt in p.variants:
            nm = proper_case(" ".join(nt), p.country)
            if looks_like_name(nm):
                vs.append((tt, nm))
        p.variants = vs
        multi = [nm for tt, nm in vs if len(nm.split()) >= 2]
        if vs and len(vs[0][1].split()) >= 2:
            p.name = vs[0][1]
        elif multi:
            head = vs[0][1] if vs else ""
            cands = [m for m in multi if head and key(head) in key(m).split()] or multi
            p.name = sorted(cands, key=lambda m: (len(m.split()), len(m), m))[0]
        elif vs:
            p.name = vs[0][1]
        p.phoenix_keys = {key(nm) for tt, nm in vs if len(nm.split()) >= 2}
        if p.name:
            p.phoenix_keys.add(key(p.name))
    pho = [p for p in pho if p.name and (len(p.name.split()) >= 2 or
                                         (len(p.name) >= 4 and key(p.name) not in english
                                          and key(p.name) not in place_names))]
    uf = UnionFind(len(pho))
    by_key = {}
    for i, p in enumerate(pho):
        sk = skeleton(p.name) if p.country not in NO_SKELETON else None
        for k in sorted(p.phoenix_keys | ({"~" + sk} if sk else set())):
            kk = (p.country, k)
            if kk in by_key:
                uf.union(by_key[kk], i)
            else:
                by_key[kk] = i
    clusters = defaultdict(list)
    for i in range(len(pho)):
        clusters[uf.find(i)].append(pho[i])
    merged = []
    for root in sorted(clusters):
        ps = clusters[root]
        q = ps[0]
        for o in ps[1:]:
            q.roles += o.roles
            q.variants += o.variants
            q.sources += o.sources
            q.phoenix_keys |= o.phoenix_keys
        merged.append(q)
    stats["phoenix people after merging synonyms"] = len(merged)

    # --- curated <-> Phoenix
    pk_index = defaultdict(list)
    sk_index = defaultdict(list)
    for q in merged:
        for k in q.phoenix_keys:
            pk_index[(q.country, k)].append(q)
        sk = skeleton(q.name) if q.country not in NO_SKELETON else None
        if sk:
            sk_index[(q.country, sk)].append(q)
    by_land = defaultdict(list)
    for q in merged:
        by_land[q.country].append(q)
    for p in order:
        for other in SAME_AS.get(p.name, []):
            m = re.fullmatch(r"(.*\S)\s+@([A-Z]{3,4})", other)
            if m:  # the Phoenix record files the person under another country code
                p.match_elsewhere.append((m.group(1), m.group(2)))
            else:
                p.match_names.append(other)
    taken = set()
    for p in order:
        lands = [p.country] + [r.target[8:] for r in p.roles if r.target.startswith("country:")]
        lands = sorted(set(lands), key=lands.index)
        names = [p.name] + [a for a in p.aliases if len(a.split()) >= 2] + p.match_names
        found = []
        for other, land in p.match_elsewhere:
            found += pk_index.get((land, key(other)), [])
        for c in lands:
            for nm in names:
                found += pk_index.get((c, key(nm)), [])
                sk = skeleton(nm) if c not in NO_SKELETON else None
                if sk:
                    found += sk_index.get((c, sk), [])
        if not found and p.country not in NO_SKELETON and len(p.name.split()) >= 2:
            found += fuzzy_same_person(p, lands, by_land)
        for q in found:
            if id(q) in taken:
                continue
            taken.add(id(q))
            p.phoenix = True
            p.variants += q.variants
            p.sources += q.sources
            cr = [r for r in p.roles if r.curated]
            for r in q.roles:
                ln = r.length_days(PHOENIX_ASOF)
                covered = False
                for c2 in cr:
                    if c2.target != r.target:
                        continue
                    ov = r.overlap_days(c2, PHOENIX_ASOF)
                    if ov < 0:
                        continue
                    if ln is None or ln == 0 or ov >= 0.5 * ln:
                        covered = True
                        break
                if not covered and r.end is None and any(
                        c2.target == r.target and date_lo(c2.start) > date_lo(r.start)
                        for c2 in cr):
                    covered = True  # open in 2014, but a later curated office there
                if not covered and r.end is None and cr and all(c2.end for c2 in cr):
                    covered = True  # open in 2014, but every curated office has ended
                if not covered:
                    p.roles.append(r)
    people = order + [q for q in merged if id(q) not in taken]
    stats["curated people"] = len(order)
    stats["curated people matched in Phoenix"] = sum(1 for p in order if p.phoenix)
    return people, dict(countries=countries, place_names=place_names, geo=geo_names,
                        english=english, hard_banned=hard_banned, country_names=country_names,
                        demonyms=demonym_words), stats


def finish(people, ctx, stats):
    place, geo, english = ctx["place_names"], ctx["geo"], ctx["english"]
    demonyms, hard = ctx["demonyms"], ctx["hard_banned"]
    country_names = ctx["country_names"]
    people = [p for p in people if p.roles]
    stats["people with at least one role"] = len(people)

    # token statistics over all canonical names
    token_people = defaultdict(set)
    sur_count = defaultdict(int)
    giv_count = defaultdict(int)
    for i, p in enumerate(people):
        for t in p.name.split():
            for part in [t] + ([t[3:]] if t[:3] in ("al-", "el-") else []):
                token_people[key(part)].add(i)
        s = surname_of(p.name, p.country)
        if s:
            sk = key(s.split()[-1])
            sur_count[sk] += 1
            if sk.startswith("AL ") or sk.startswith("EL "):
                sur_count[sk[3:]] += 1
        for g in given_tokens(p.name, p.country):
            giv_count[key(g)] += 1

    def one_word_ok(tok, i):
        k = key(tok)
        if len(k) < 4 or " " in k:
            return False
        if k in place or k in geo or k in english or k in demonyms:
            return False
        if giv_count.get(k, 0) > 0:
            return False
        return token_people.get(k, set()) <= {i}

    def given_like(tok):
        k = key(tok)
        return giv_count.get(k, 0) > sur_count.get(k, 0)

    # first pass: candidate aliases and short forms per person
    cand = []
    for i, p in enumerate(people):
        aliases, short = [], []
        for a in p.aliases:  # curated, explicit
            if " " not in a and key(a) in hard:
                sys.stderr.write("people.py: warning: dropped alias '%s' of %s: it is a place "
                                 "or organisation name in gazetteers/\n" % (a, p.name))
                continue
            aliases.append(a)
        plain = strip_accents(p.name)
        if plain != p.name and looks_like_name(plain):
            aliases.append(plain)
        for tt, nm in p.variants:
            nt = nm.split()
            if len(nt) >= 2:
                if len(nt) > 5 or re.fullmatch(r"[A-Z]", nt[0]):
                    continue
                if any(w.upper() in TITLE_WORDS and w.upper() not in PARTICLES for w in nt):
                    continue
                aliases.append(nm)
            elif tt:
                tw = [t.upper() for t in tt]
                if len(tw) <= 2 and all(w in ENGLISH_TITLES for w in tw) and not any(w in demonyms or w in ("US", "U.S.", "UN", "U.N.",
                                                                   "EU", "NATO", "THE", "OF",
                                                                   "FORMER", "EX", "LATE")
                                            for w in tw) and one_word_ok(nm, i) \
                        and sur_count.get(key(nm), 0) <= 1:
                    title = " ".join(cap_simple(t, "USA") for t in tt)
                    aliases.append(title + " " + nm)
            else:
                if one_word_ok(nm, i) and (p.curated is False or nm in p.explicit_aliases):
                    aliases.append(nm)
                elif not given_like(nm) and len(nm) >= 2:
                    short.append(nm)
        if p.explicit_short is not None:
            short = list(p.explicit_short)
        else:
            s = surname_of(p.name, p.country)
            if s:
                short.insert(0, s)
                if s[:3] in ("al-", "el-") and " " not in s:
                    short.insert(1, s[3:])
                plain_s = strip_accents(s)
                if plain_s != s:
                    short.append(plain_s)
        cand.append((aliases, short))

    # a full-name alias shared by two people is nobody's (unless it is one's own name)
    owners = defaultdict(set)
    for i, (aliases, short) in enumerate(cand):
        for a in aliases + [people[i].name]:
            owners[key(a)].add(i)
    for i, p in enumerate(people):
        aliases, short = cand[i]
        keep, seen = [], {key(p.name), p.name}
        for a in aliases:
            if a in seen or a == p.name or (p.name, a) in NOT_ALIASES:
                continue
            if key(a) != key(p.name) and len(owners[key(a)]) > 1 and a not in p.explicit_aliases:
                continue
            if " " not in a and a not in p.explicit_aliases and not one_word_ok(a, i):
                continue
            seen.add(a)
            keep.append(a)
        # "President Putin" is redundant when "Putin" is itself an alias, and it would hide
        # the title from the relation extractor ("Russian President Putin" -> leader_of).
        own = {key(a) for a in keep} | {key(p.name)}
        kept = []
        for a in keep:
            rest = strip_title_words(a)
            if rest is not None and key(rest) in own and a not in LEGACY_TITLED_ALIASES:
                continue
            kept.append(a)
        keep = kept
        sk, sseen = [], set(keep) | {p.name}
        for s in short:
            if s in sseen:
                continue
            if p.explicit_short is None:
                if " " not in s and (given_like(s) or s.upper() in PARTICLES or len(s) < 2
                                     or key(s) in country_names):
                    continue
                if re.fullmatch(r"[A-Z]\.?", s):
                    continue
            sseen.add(s)
            sk.append(s)
        p.aliases, p.short = keep, sk

    # ids
    by_slug = defaultdict(list)
    for p in people:
        if p.fixed_id:
            continue
        by_slug[slug(p.name)].append(p)
    fixed = {p.fixed_id for p in people if p.fixed_id}
    for p in people:
        if p.fixed_id:
            p.pid = p.fixed_id
    for s in sorted(by_slug):
        ps = by_slug[s]
        base = "person:" + s
        owner = None
        if base not in fixed:
            cur_ps = [p for p in ps if p.curated]
            if len(ps) == 1:
                owner = ps[0]
            elif len(cur_ps) == 1:
                owner = cur_ps[0]
        for p in ps:
            p.pid = base if p is owner else base + "-" + p.country.lower()
    seen = {}
    for p in sorted(people, key=lambda p: (p.pid, not p.curated, p.country, p.name,
                                          p.sources)):
        n = 2
        pid = p.pid
        while pid in seen:
            pid = "%s-%d" % (p.pid, n)
            n += 1
        p.pid = pid
        seen[pid] = p
    return people


# Words that may open an alias as a title or honorific ("President Xi", "Sir Keir Starmer").
ALIAS_TITLES = [t.split() for t in """president|prime minister|premier|foreign minister|chancellor|
secretary|secretary-general|senator|ambassador|crown prince|prince|princess|king|queen|emperor|
emir|sultan|sheikh|sheik|grand ayatollah|ayatollah|sir|lord|lady|dame|dr|dr.|gen.|general|
field marshal|senior general|marshal|colonel|admiral|cardinal|archbishop|mullah|maulana|
sayyed|sayyid|president-elect|vice president|defence minister|defense minister|governor|
mayor|chairman|leader|supreme leader|speaker|pope|patriarch|rabbi|imam""".replace("\n", "").split("|")]
LEGACY_TITLED_ALIASES = {"Crown Prince Mohammed bin Salman", "Ayatollah Ali Khamenei",
                         "Ayatollah Khamenei"}


def strip_title_words(alias):
    """The alias without an opening title, or None when it does not open with one."""
    words = alias.split()
    best = None
    for t in ALIAS_TITLES:
        n = len(t)
        if len(words) > n and [w.lower() for w in words[:n]] == t:
            if best is None or n > best:
                best = n
    return " ".join(words[best:]) if best else None


ROLE_RE = re.compile(r"^[a-z][a-z' -]*[a-z]@(country|organization|person|region):[^\s|\[\]@]+"
                     r"(\[(\d{4}(-\d{2}(-\d{2})?)?)?\.\.(\d{4}(-\d{2}(-\d{2})?)?)?\])?$")


# Role targets written here by the organization's full name, mapped to the ids
# that gazetteers/organizations.tsv uses (kept stable from the first release).
ORG_ID_RENAMES = {
    "organization:amd": "organization:advanced-micro-devices",
    "organization:banco-central-do-brasil": "organization:central-bank-of-brazil",
    "organization:bank-of-russia": "organization:central-bank-of-russia",
    "organization:bundesbank": "organization:deutsche-bundesbank",
    "organization:ebrd": "organization:european-bank-for-reconstruction-and-development",
    "organization:eli-lilly": "organization:eli-lilly-and-company",
    "organization:farc": "organization:revolutionary-armed-forces-of-colombia",
    "organization:gates-foundation": "organization:bill-and-melinda-gates-foundation",
    "organization:international-atomic-energy-agency": "organization:iaea",
    "organization:international-monetary-fund": "organization:imf",
    "organization:ipcc": "organization:intergovernmental-panel-on-climate-change",
    "organization:oecd": "organization:organisation-for-economic-co-operation-and-development",
    "organization:oracle": "organization:oracle-corporation",
    "organization:osce": "organization:organization-for-security-and-co-operation-in-europe",
    "organization:plo": "organization:palestine-liberation-organization",
    "organization:shell": "organization:shell-plc",
    "organization:sudan-peoples-liberation-movement": "organization:sudan-peoples-liberation-army",
    "organization:undp": "organization:united-nations-development-programme",
    "organization:unrwa": "organization:un-relief-and-works-agency",
    "organization:vtb": "organization:vtb-bank",
    "organization:world-health-organization": "organization:who",
}


# Surnames that other well-known people share (tennis players Andrei and
# Daniil Medvedev, the tennis player Jason Stoltenberg, cricketers named
# Nixon): they identify the person only after the full name, like `short`.
DEMOTE_TO_SHORT = {"Medvedev", "Stoltenberg", "Nixon"}


def render(people, ctx, stats, inputs):
    countries = ctx["countries"]
    rows = []
    problems = []
    for p in people:
        if not p.curated and " " not in p.name.strip():
            # A one-word Phoenix name ("Albert", "Harald") is a given name or
            # a bare surname: as an entity it would match every namesake.
            continue
        p.short = p.short + [a for a in p.aliases if a in DEMOTE_TO_SHORT and a not in p.short]
        p.aliases = [a for a in p.aliases if a not in DEMOTE_TO_SHORT]
        if p.country not in countries:
            problems.append("%s: unknown country %s" % (p.pid, p.country))
        rs, seen = [], set()
        for r in sorted(p.roles, key=Role.sort_key):
            r.target = ORG_ID_RENAMES.get(r.target, r.target)
            t = r.text()
            if t in seen:
                continue
            seen.add(t)
            if r.target.startswith("country:") and r.target[8:] not in countries:
                problems.append("%s: role at unknown country %s" % (p.pid, r.target))
            if not ROLE_RE.match(t):
                problems.append("%s: malformed role %s" % (p.pid, t))
            rs.append(t)
        if p.curated and p.phoenix:
            attrs = "source=curated+phoenix"
        elif p.curated:
            attrs = "source=curated"
        else:
            attrs = "source=phoenix;asof=" + PHOENIX_ASOF
        cols = [p.pid, "person", p.name, "|".join(p.aliases), "|".join(p.short), p.country,
                "|".join(rs), attrs]
        for c in cols:
            if "\t" in c or "\n" in c or "\r" in c:
                problems.append("%s: tab or newline in a value" % p.pid)
        for c in (p.aliases, p.short):
            for v in c:
                if not v.strip() or "|" in v or v != v.strip():
                    problems.append("%s: bad list value '%s'" % (p.pid, v))
        if "|" in p.name:
            problems.append("%s: '|' in name" % p.pid)
        if not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", p.pid):
            problems.append("%s: id is not a lowercase ASCII slug" % p.pid)
        if not rs:
            problems.append("%s: no role" % p.pid)
        rows.append((p.pid, "\t".join(cols)))
    rows.sort()
    ids = [r[0] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    missing = [i for i in LEGACY_IDS if i not in set(ids)]
    if missing:
        problems.append("ids of the earlier hand-made file are missing: " + ", ".join(missing))
    if problems:
        die("the result fails its checks:\n  " + "\n  ".join(problems[:50]), 1)
    head = HEADER.format(asof=PHOENIX_ASOF, inputs="\n".join(
        "#   %s: %s" % (n, h) for n, h in inputs))
    return head + "id\ttype\tname\taliases\tshort\tcountry\troles\tattrs\n" + \
        "".join(r[1] + "\n" for r in rows)


HEADER = """\
# nergraph gazetteer: people.
# Generated by scripts/gaz/people.py; do not edit by hand. Put additions and corrections in
# the curated tables of that script and re-run it.
#
# Sources:
#   Phoenix / PETRARCH actor dictionaries (Phoenix.Countries.actors.txt, from CountryInfo.140130,
#   Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), MIT licence,
#   Copyright (c) 2014 Open Event Data Alliance, https://github.com/openeventdata/petrarch2:
#   named officials with dated CAMEO role codes. Their roles reflect the data as of {asof};
#   a Phoenix-only row (attrs source=phoenix) says nothing of what happened after that date.
#   CAMEO codes become titles: GOV = "government official", GOV+sector = e.g. "defence
#   official", ELI (elite) codes are not roles.
#   Hand-curated facts from public records (attrs source=curated): heads of state and
#   government since 1990, foreign, defence and finance ministers, heads of international
#   organisations, central bank governors, military chiefs, leaders of armed groups, chief
#   executives of large companies, up to date to 2026.
#   Filters only (nothing copied): English words of the PETRARCH verb/agent dictionaries and
#   GeoNames cities15000 (CC BY 4.0) place names keep ordinary words and places out of aliases.
# Input files (sha256):
{inputs}
#
# Columns: see docs/gazetteer-format.md. type is always person; country is the person's
# nationality; roles are title@id[FROM..TO].
# Precision rules: an alias is a full name (two words or more) or a surname that alone means
# this person in the news; never a lone given name, title, ordinary English word, country,
# region or city name. A name shared by two people is an alias of neither (each keeps its own
# name). Other surnames are in short: they match only after the full name in the same article.
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description="Build gazetteers/people.tsv")
    ap.add_argument("--shared", default="../shared",
                    help="folder holding data/petrarch (relative to the repository root)")
    ap.add_argument("--out", default="gazetteers/people.tsv",
                    help="output file (relative to the repository root); - for stdout")
    ap.add_argument("--stats", action="store_true", help="print counts on stderr")
    args = ap.parse_args()
    if not os.path.isabs(args.shared):
        args.shared = os.path.normpath(os.path.join(repo, args.shared))
    people, ctx, stats = build(args, repo)
    people = finish(people, ctx, stats)
    petr = os.path.join(args.shared, "data", "petrarch")
    inputs = [(f, sha256(os.path.join(petr, f))) for f in (
        "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt")]
    text = render(people, ctx, stats, inputs)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        out = args.out if os.path.isabs(args.out) else os.path.join(repo, args.out)
        tmp = out + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, out)
    if args.stats:
        for k in sorted(stats):
            sys.stderr.write("%s: %s\n" % (k, stats[k]))
        sys.stderr.write("rows: %d\n" % len(people))


# Titles kept in "Title Surname" aliases (President Putin, Chancellor Merkel).
ENGLISH_TITLES = set("""PRESIDENT PRIME MINISTER CHANCELLOR SECRETARY SECRETARY-GENERAL SENATOR
GOVERNOR KING QUEEN PRINCE SHEIKH EMIR AYATOLLAH GENERAL MARSHAL ADMIRAL PREMIER FOREIGN DEFENSE
DEFENCE FINANCE COLONEL AMBASSADOR SPEAKER CHAIRMAN MULLAH""".split())

# Common English words that are also surnames; never one-word aliases.
ENGLISH_STOP = set("""
BROWN SMITH WHITE BLACK GREEN GREY GRAY YOUNG KING RICE BUSH RICH PRICE LONG LITTLE HOPE MAY
MAJOR LOVE BEST DAY POWER POWERS BOND WOOD WOODS COOK BAKER HUNT LAMB FOX BIRD MOON SUN STONE
HILL HALL BELL BANKS FIELD FIELDS ROSE REED MARSH MOORE MORE PARK LAKE POPE BISHOP CARDINAL
DEAN CHURCH CHASE FRANK FREE GOOD GOLD SILVER STEEL IRON WARD WARDS WELLS WEST EAST NORTH SOUTH
MASON CARPENTER TAYLOR TURNER WALKER WALLACE WEBB WISE STRONG SHORT SHARP SWEET KIND NOBLE
HARDY HAPPY JOY CASH SHIELDS SPEAKS CRANE DRAKE SWAN SPARROW ROBIN HAWK WOLF LYON LION BEAR
BULL STEER HART HEART HEAD HAND FOOT ARM ARMS LEGG BONE BLOOD FLESH CROSS CRUZ SANTOS JUSTICE
PAGE LINE LANE STREET ROAD BRIDGE BRIDGES FORD BANK BANKER MILLER FISHER HUNTER CARTER PORTER
PARKER SHEPHERD SHEPARD GARDNER TANNER TAYLOR WEAVER COOPER BUTLER STEWARD STUART SERGEANT
SAVAGE SAGE SALT PEPPER SUGAR HONEY BERRY CHERRY APPLE PEACH PLUM OLIVE ASH OAK ELM PINE
BIRCH MAPLE HOLLY IVY BLOSSOM FLOWER FLOWERS MEADOWS BROOKS BROOK RIVERS RIVER POND WATERS
WATER WINTER SUMMER SPRING AUTUMN FALL SNOW FROST STORM RAIN HAIL BLIZZARD MOSS HEATH
CHANCE LUCK FORTUNE NOBEL MANN MAN BOY CHILD CHILDS SON SONS GUY DOE LEE
""".split())


# ========================================================================================
# CURATED DATA. Facts from public records, written for this file.
#
# CURATED_PEOPLE: one person a line, "Name | aliases | short | COUNTRY | id", lists split by
# ';'. Name is the usual English news form. aliases: other full spellings, and the surname
# alone only where it means this one person in the news. short: surnames that identify the
# person only after the full name ('-' = none; empty = computed from the name). COUNTRY:
# nationality when the roles do not show it. id: only to keep an id that already exists.
# People without a line here get their name, its accent-free spelling and a computed short
# form.
# ========================================================================================

# ids of the first, hand-made people.tsv: they must all stay.
LEGACY_IDS = """
person:vladimir-putin person:dmitry-medvedev person:sergei-lavrov person:sergei-shoigu
person:andrei-belousov person:mikhail-mishustin person:dmitry-peskov person:kim-jong-un
person:kim-jong-il person:kim-il-sung person:kim-yo-jong person:choe-son-hui
person:yoon-suk-yeol person:lee-jae-myung person:moon-jae-in person:xi-jinping person:li-qiang
person:wang-yi person:joe-biden person:donald-trump person:barack-obama person:george-w-bush
person:kamala-harris person:jd-vance person:antony-blinken person:marco-rubio
person:lloyd-austin person:pete-hegseth person:volodymyr-zelensky person:dmytro-kuleba
person:andrii-sybiha person:recep-tayyip-erdogan person:emmanuel-macron person:olaf-scholz
person:friedrich-merz person:angela-merkel person:keir-starmer person:rishi-sunak
person:boris-johnson person:tony-blair person:gordon-brown person:narendra-modi
person:benjamin-netanyahu person:ali-khamenei person:masoud-pezeshkian
person:alexander-lukashenko person:bashar-al-assad person:fumio-kishida person:shigeru-ishiba
person:sanae-takaichi person:antonio-guterres person:mark-rutte person:jens-stoltenberg
person:ursula-von-der-leyen person:luiz-inacio-lula-da-silva person:mohammed-bin-salman
person:abdel-fattah-el-sisi person:mahmoud-abbas person:justin-trudeau person:mark-carney
person:giorgia-meloni person:viktor-orban
""".split()

CURATED_PEOPLE = r"""
# --- the first hand-made list (ids kept)
Vladimir Putin | Putin; Vladimir Vladimirovich Putin; Vladimir V. Putin; President Putin | | | person:vladimir-putin
Dmitry Medvedev | Medvedev; Dmitri Medvedev; Dmitriy Medvedev; Dmitry Anatolyevich Medvedev | | | person:dmitry-medvedev
Sergei Lavrov | Lavrov; Sergey Lavrov; Sergei Viktorovich Lavrov | | | person:sergei-lavrov
Sergei Shoigu | Shoigu; Sergey Shoigu; Sergei Shoygu | | | person:sergei-shoigu
Andrei Belousov | Belousov; Andrey Belousov | | | person:andrei-belousov
Mikhail Mishustin | Mishustin | | | person:mikhail-mishustin
Dmitry Peskov | Peskov; Dmitri Peskov | | | person:dmitry-peskov
Kim Jong Un | Kim Jong-un; Kim Jong-Un; Kim Jongun; Kim Jong-eun | Kim | PRK | person:kim-jong-un
Kim Jong Il | Kim Jong-il; Kim Jong-Il; Kim Jongil | Kim | PRK | person:kim-jong-il
Kim Il Sung | Kim Il-sung; Kim Il-Sung; Kim Ilsung | Kim | PRK | person:kim-il-sung
Kim Yo Jong | Kim Yo-jong; Kim Yo-Jong | Kim | PRK | person:kim-yo-jong
Choe Son Hui | Choe Son-hui; Choe Son-Hui | Choe | PRK | person:choe-son-hui
Yoon Suk Yeol | Yoon Suk-yeol; Yoon Suk-Yeol; Yun Suk-yeol | Yoon | KOR | person:yoon-suk-yeol
Lee Jae-myung | Lee Jae Myung; Lee Jae-Myung | Lee | KOR | person:lee-jae-myung
Moon Jae-in | Moon Jae In; Moon Jae-In | Moon | KOR | person:moon-jae-in
Xi Jinping | Xi; President Xi | | CHN | person:xi-jinping
Li Qiang | Premier Li Qiang | Li | CHN | person:li-qiang
Wang Yi | Foreign Minister Wang Yi | Wang | CHN | person:wang-yi
Joe Biden | Biden; Joseph Biden; Joseph R. Biden; Joseph R. Biden Jr.; Joe R. Biden | | USA | person:joe-biden
Donald Trump | Trump; Donald J. Trump; Donald John Trump | | USA | person:donald-trump
Barack Obama | Obama; Barack Hussein Obama | | USA | person:barack-obama
George W. Bush | George Bush; George W Bush; George Walker Bush | Bush | USA | person:george-w-bush
Kamala Harris | Kamala D. Harris | Harris | USA | person:kamala-harris
JD Vance | J.D. Vance; James David Vance; J. D. Vance | Vance | USA | person:jd-vance
Antony Blinken | Blinken; Tony Blinken; Antony J. Blinken | | USA | person:antony-blinken
Marco Rubio | Marco Antonio Rubio | Rubio | USA | person:marco-rubio
Lloyd Austin | Lloyd J. Austin; Lloyd J. Austin III | Austin | USA | person:lloyd-austin
Pete Hegseth | Hegseth; Peter Hegseth | | USA | person:pete-hegseth
Volodymyr Zelensky | Zelensky; Zelenskyy; Zelenskiy; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Vladimir Zelensky; Volodymyr Zelenskyi | | UKR | person:volodymyr-zelensky
Dmytro Kuleba | Kuleba; Dmitry Kuleba | | UKR | person:dmytro-kuleba
Andrii Sybiha | Sybiha; Andriy Sybiha; Andrij Sybiha | | UKR | person:andrii-sybiha
Recep Tayyip Erdoğan | Erdoğan; Erdogan; Recep Tayyip Erdogan; Tayyip Erdogan; Tayyip Erdoğan | | TUR | person:recep-tayyip-erdogan
Emmanuel Macron | Macron | | FRA | person:emmanuel-macron
Olaf Scholz | Scholz | | DEU | person:olaf-scholz
Friedrich Merz | Merz | | DEU | person:friedrich-merz
Angela Merkel | Merkel; Angela Dorothea Merkel | | DEU | person:angela-merkel
Keir Starmer | Starmer; Sir Keir Starmer | | GBR | person:keir-starmer
Rishi Sunak | Sunak | | GBR | person:rishi-sunak
Boris Johnson | Alexander Boris de Pfeffel Johnson | Johnson | GBR | person:boris-johnson
Tony Blair | Anthony Blair; Sir Tony Blair | Blair | GBR | person:tony-blair
Gordon Brown | James Gordon Brown | Brown | GBR | person:gordon-brown
Narendra Modi | Modi; Narendra Damodardas Modi | | IND | person:narendra-modi
Benjamin Netanyahu | Netanyahu; Binyamin Netanyahu; Bibi Netanyahu | | ISR | person:benjamin-netanyahu
Ali Khamenei | Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Ali Hosseini Khamenei; Sayyid Ali Khamenei | | IRN | person:ali-khamenei
Masoud Pezeshkian | Pezeshkian; Massoud Pezeshkian | | IRN | person:masoud-pezeshkian
Alexander Lukashenko | Lukashenko; Aleksandr Lukashenko; Alyaksandr Lukashenka; Lukashenka; Alexander Lukashenka | | BLR | person:alexander-lukashenko
Bashar al-Assad | Assad; Bashar Assad; Bashar al-Asad; Bashar el-Assad | al-Assad | SYR | person:bashar-al-assad
Fumio Kishida | Kishida | | JPN | person:fumio-kishida
Shigeru Ishiba | Ishiba | | JPN | person:shigeru-ishiba
Sanae Takaichi | Takaichi | | JPN | person:sanae-takaichi
António Guterres | Guterres; Antonio Guterres | | PRT | person:antonio-guterres
Mark Rutte | Rutte | | NLD | person:mark-rutte
Jens Stoltenberg | Stoltenberg | | NOR | person:jens-stoltenberg
Ursula von der Leyen | von der Leyen; Von der Leyen | | DEU | person:ursula-von-der-leyen
Luiz Inácio Lula da Silva | Lula; Lula da Silva; Luiz Inacio Lula da Silva; Luiz Inácio Lula | | BRA | person:luiz-inacio-lula-da-silva
Mohammed bin Salman | Crown Prince Mohammed bin Salman; MBS; Mohammad bin Salman; Muhammad bin Salman; Prince Mohammed bin Salman | bin Salman | SAU | person:mohammed-bin-salman
Abdel Fattah el-Sisi | Sisi; el-Sisi; al-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sisi; Abdel Fattah Sisi | | EGY | person:abdel-fattah-el-sisi
Mahmoud Abbas | Abbas; Abu Mazen | | PSE | person:mahmoud-abbas
Justin Trudeau | Trudeau | | CAN | person:justin-trudeau
Mark Carney | Carney | | CAN | person:mark-carney
Giorgia Meloni | Meloni | | ITA | person:giorgia-meloni
Viktor Orbán | Orbán; Orban; Viktor Orban | | HUN | person:viktor-orban
"""

CURATED_ROLE_BLOCKS = []

# Home country of national organisations: a person whose roles are all at one of these and
# who has no other nationality on record belongs to this country.
ORG_HOME = {}
for _line in r"""
bank-of-russia RUS; russian-direct-investment-fund RUS; gazprom RUS; rosneft RUS; sberbank RUS
russian-orthodox-church RUS; wagner-group RUS; rosgvardia RUS; vtb-bank RUS; lukoil RUS
federal-reserve USA; us-central-command USA; communist-party-of-the-soviet-union SUHH
chinese-communist-party CHN; peoples-bank-of-china CHN; workers-party-of-korea PRK
bank-of-korea KOR; samsung-electronics KOR; people-power-party KOR; democratic-party-of-korea KOR
bank-of-japan JPN; bank-of-england GBR; conservative-party GBR; labour-party GBR; reform-uk GBR
liberal-democrats GBR; banque-de-france FRA; national-rally FRA; la-france-insoumise FRA
bundesbank DEU; alternative-for-germany DEU; freedom-party-of-austria AUT; bank-of-italy ITA
peoples-party ESP; vox ESP; party-for-freedom NLD; democrats-66 NLD; reserve-bank-of-india IND
bank-of-canada CAN; reserve-bank-of-australia AUS; banco-central-do-brasil BRA
bank-of-mexico MEX; central-bank-of-the-republic-of-turkey TUR; south-african-reserve-bank ZAF
saudi-central-bank SAU; bank-indonesia IDN; central-bank-of-argentina ARG; swiss-national-bank CHE
bank-of-israel ISR; central-bank-of-iran IRN; national-bank-of-ukraine UKR; national-bank-of-poland POL
islamic-revolutionary-guard-corps IRN; quds-force IRN; hamas PSE; palestinian-islamic-jihad PSE
hezbollah LBN; houthis YEM; ansar-allah YEM; taliban AFG; haqqani-network AFG; tehrik-i-taliban-pakistan PAK
hayat-tahrir-al-sham SYR; syrian-democratic-forces SYR; kurdistan-workers-party TUR
rapid-support-forces SDN; al-shabaab SOM; boko-haram NGA; fatah PSE; plo PSE
palestine-liberation-organization PSE; popular-mobilization-forces IRQ; kataib-hezbollah IRQ
m23 COD; tigray-peoples-liberation-front ETH; farc COL; eln COL; tamil-tigers LKA; liberation-tigers-of-tamil-eelam LKA
sinaloa-cartel MEX; jalisco-new-generation-cartel MEX; apple USA; microsoft USA; alphabet USA; google USA
amazon USA; meta-platforms USA; facebook USA; tesla USA; nvidia USA; berkshire-hathaway USA
jpmorgan-chase USA; walmart USA; exxonmobil USA; chevron USA; openai USA; anthropic USA; spacex USA
saudi-aramco SAU; tsmc TWN; toyota JPN; sony JPN; softbank JPN; alibaba-group CHN; tencent CHN
huawei CHN; byd CHN; shell GBR; bp GBR; hsbc GBR; volkswagen DEU; mercedes-benz-group DEU
siemens DEU; sap DEU; lvmh FRA; totalenergies FRA; nestle CHE; novartis CHE; roche CHE; ubs CHE
reliance-industries IND; tata-group IND; adani-group IND; infosys IND; goldman-sachs USA
morgan-stanley USA; blackrock USA; boeing USA; pfizer USA; eli-lilly USA; johnson-and-johnson USA
intel USA; amd USA; oracle USA; netflix USA; walt-disney-company USA; ibm USA; broadcom USA
visa USA; mastercard USA; citigroup USA; bank-of-america USA; wells-fargo USA; general-motors USA
ford-motor-company USA; coca-cola USA; pepsico USA; procter-and-gamble USA; x-corp USA; twitter USA
asml NLD; novo-nordisk DNK; equinor NOR; airbus FRA; stellantis NLD; renault FRA; bnp-paribas FRA
deutsche-bank DEU; samsung-group KOR; hyundai-motor-company KOR; sk-group KOR; lg-group KOR
petrobras BRA; pemex MEX; qatarenergy QAT; adnoc ARE; mubadala ARE; rio-tinto GBR; bhp AUS
glencore CHE; arcelormittal LUX; xiaomi CHN; bytedance CHN; tiktok CHN; baidu CHN; jd-com CHN
pdd-holdings CHN; nintendo JPN; honda JPN; nissan JPN; hitachi JPN; mitsubishi-ufj-financial-group JPN
rosatom RUS; vtb RUS; norilsk-nickel RUS; novatek RUS; yandex RUS; kaspersky-lab RUS
united-russia RUS; democratic-party USA; republican-party USA; bharatiya-janata-party IND
indian-national-congress IND; likud ISR; justice-and-development-party TUR; republican-peoples-party TUR
national-league-for-democracy MMR; african-national-congress ZAF; pakistan-tehreek-e-insaf PAK
pakistan-muslim-league-n PAK; pakistan-peoples-party PAK; awami-league BGD; bangladesh-nationalist-party BGD
tibetan-buddhism CHN; central-tibetan-administration CHN; moscow-patriarchate RUS
communist-party-of-cuba CUB; communist-party-of-vietnam VNM; comunes COL; congo-river-alliance COD
conservative-party-of-canada CAN; democratic-alliance ZAF; economic-freedom-fighters ZAF; ennahda TUN
fidesz HUN; georgian-dream GEO; google-deepmind GBR; grupo-carso MEX; gulen-movement TUR
hezb-e-islami AFG; hyundai-motor-group KOR; inkatha-freedom-party ZAF; jaish-e-mohammed PAK
lashkar-e-taiba PAK; khmer-rouge KHM; kurdistan-democratic-party IRQ; patriotic-union-of-kurdistan IRQ
law-and-justice POL; lebanese-forces LBN; liberal-party-of-canada CAN; libyan-national-army LBY
lords-resistance-army UGA; medellin-cartel COL; muslim-brotherhood EGY; national-bank-of-romania ROU
national-liberation-army COL; national-resistance-front AFG; national-unity-platform UGA
nationalist-movement-party TUR; new-democratic-party CAN; northern-alliance AFG; popular-force PER
progressive-socialist-party LBN; revolutionary-united-front SLE; sadrist-movement IRQ; shining-path PER
sinn-fein IRL; southern-transitional-council YEM; sudan-peoples-liberation-movement SSD; tisza-party HUN
unita AGO; xai USA; blue-origin USA; deepseek CHN; epic-games USA; gates-foundation USA
asaib-ahl-al-haq IRQ; badr-organization IRQ; arakan-army MMR; al-nusra-front SYR; al-qaeda-in-iraq IRQ
egyptian-islamic-jihad EGY; jama-at-nasr-al-islam-wal-muslimin MLI; anglican-church-of-southern-africa ZAF
fedayeen-saddam IRQ; nvidia USA
""".strip().split("\n"):
    for _item in _line.split(";"):
        _item = _item.split()
        if _item:
            ORG_HOME[_item[0]] = _item[1]


# Spellings under which a curated person appears in the Phoenix files, when the automatic
# matching (same country, overlapping office, similar name) cannot tell. Only used to merge
# the two records; the Phoenix spellings then pass the usual alias rules.
SAME_AS = defaultdict(list)
for _line in r"""
Nick Clegg = Nicholas Clegg
Bob Ainsworth = Robert Ainsworth
Eddie George = Edward George
Baudouin = Baudouin I
Mohamed Abdullahi Farmaajo = Mohamed Abdullahi Mohamed Farmajo
Saud bin Faisal Al Saud = Saud al-Faysal bin Abd al-Aziz al-Saud
Bandar bin Sultan Al Saud = Bandar bin Sultan bin Abd al-Aziz al-Saud
Khalifa bin Zayed Al Nahyan = Khalifa ibn Zaid al-Nahayan
Jaber Al-Ahmad Al-Sabah = Jabir al-Ahmad al-Jabir al-Sabah
Nawaf Al-Ahmad Al-Jaber Al-Sabah = Nawwaf al-Ahmad al-Sabah
Mustafa Abdul Jalil = Mustafa Muhammad Abd al-Jalil
Ali Shamkhani = Vali Shamkani
Najib Razak = Najib Tun Abdul Razad
Sanjaagiin Bayar = Sanj Bayar
Sükhbaataryn Batbold = Sukhgaatar Batbold
Norovyn Altankhuyag = Norov Altanhuyag
Miyeegombyn Enkhbold = Miyeegombo Enkhbold
Violeta Chamorro = Violeta Barrios de Chamorro
Mohammed Waheed Hassan = Mohamed Waheed Hassan Maniku
Vyacheslav Kebich = Vyachaslau Kebich
Tom Donilon = Thomas E. Donilon
Elizabeth II = Elizabeth II @KNA
Ali Hassan al-Majid = Ali Hassan al-Majid @KWT
Maaouya Ould Sid'Ahmed Taya = Maaouya Ould Sid'ahmed Taya @MUS
Mohamed Ould Abdel Aziz = Mohamed Ould Abdel Aziz @MUS
Sam Hou Fai = Sam Hou Fai @CHN
Mohamed ElBaradei = Muhammad al-Baradei
Yuri Ushakov = Yuriy Ushakov
Mariano Rajoy = Mariano Rajoy Brey
Antonis Samaras = Andonios Samaras
Kassym-Jomart Tokayev = Kasymzhomart Tokayev
Navin Ramgoolam = Navinchandra Ramgoolam
Danilo Medina = Danilo Medina Sanchez
Robert Zoellick = Robert B. Zoellick
Agustín Carstens = Agustin Carstens Carstens
Mikhail Chigir = Mikhail Chyhir
Sergei Ling = Sergey Ling
Sean Chen = Sean C. Chen
Axel Weber = Axel A. Weber
Hossein Dehghan = Hosein Dehqan
R. Venkataraman = Ramaswamy Venkataraman
Zafarullah Khan Jamali = Mir Zafarullah Khan Jamali
Jusuf Kalla = Yusuf Kalla
Tony Tan = Tony Keng Yam Tan
Shah Mehmood Qureshi = Makhdoom Shah Mehmood Qureshi
""".strip().split("\n"):
    _a, _b = [x.strip() for x in _line.split("=")]
    SAME_AS[_a].append(_b)

# Phoenix synonyms that name someone else (a relative) and must not become aliases.
NOT_ALIASES = {
    ("Muammar Gaddafi", "Mohammed Qaddafi"),
}

CURATED_PEOPLE += r"""
Bill Clinton | William Jefferson Clinton; William J. Clinton; President Clinton | Clinton | USA
Hillary Clinton | Hillary Rodham Clinton; Hillary R. Clinton; Secretary Clinton | Clinton | USA
George H. W. Bush | George H.W. Bush; George Herbert Walker Bush; George H. Bush; George Bush Sr. | Bush | USA
Ronald Reagan | Reagan; Ronald Wilson Reagan | | USA
Jimmy Carter | James Earl Carter; Jimmy Carter Jr. | Carter | USA
Dick Cheney | Richard Cheney; Richard B. Cheney | Cheney | USA
Al Gore | Albert Gore; Albert Gore Jr. | Gore | USA
Mike Pence | Michael Pence; Michael R. Pence | Pence | USA
Dan Quayle | J. Danforth Quayle; James Danforth Quayle | Quayle | USA
Condoleezza Rice | Condi Rice | Rice | USA
Colin Powell | Colin L. Powell | Powell | USA
Madeleine Albright | Madeleine K. Albright | Albright | USA
John Kerry | John F. Kerry; Secretary Kerry | Kerry | USA
Rex Tillerson | Rex W. Tillerson | Tillerson | USA
Mike Pompeo | Michael Pompeo; Michael R. Pompeo | Pompeo | USA
Donald Rumsfeld | Donald H. Rumsfeld | Rumsfeld | USA
Robert Gates | Robert M. Gates | Gates | USA
Jim Mattis | James Mattis; James N. Mattis | Mattis | USA
Ash Carter | Ashton Carter; Ashton B. Carter | Carter | USA
Chuck Hagel | Charles Hagel | Hagel | USA
Leon Panetta | Leon E. Panetta | Panetta | USA
Mark Esper | Mark T. Esper | Esper | USA
Janet Yellen | Janet L. Yellen | Yellen | USA
Jerome Powell | Jay Powell; Jerome H. Powell | Powell | USA
Ben Bernanke | Ben S. Bernanke; Benjamin Bernanke | Bernanke | USA
Alan Greenspan | | Greenspan | USA
Scott Bessent | | Bessent | USA
Steven Mnuchin | Steve Mnuchin | Mnuchin | USA
Timothy Geithner | Tim Geithner | Geithner | USA
Henry Paulson | Hank Paulson; Henry M. Paulson | Paulson | USA
Jake Sullivan | | Sullivan | USA
John Bolton | John R. Bolton | Bolton | USA
Mike Waltz | Michael Waltz | Waltz | USA
Nancy Pelosi | | Pelosi | USA
Mitch McConnell | Addison Mitchell McConnell | McConnell | USA
Chuck Schumer | Charles Schumer; Charles E. Schumer | Schumer | USA
Kevin McCarthy | | McCarthy | USA
Mike Johnson | James Michael Johnson | Johnson | USA
Mark Milley | Mark A. Milley | Milley | USA
Dan Caine | John Daniel Caine; Gen. Dan Caine | Caine | USA
Charles Q. Brown Jr. | Charles Q. Brown; CQ Brown | Brown | USA
Kash Patel | Kashyap Patel | Patel | USA
Christopher Wray | Chris Wray | Wray | USA
James Comey | James B. Comey | Comey | USA
Robert Mueller | Robert S. Mueller; Robert S. Mueller III | Mueller | USA
Tulsi Gabbard | | Gabbard | USA
John Ratcliffe | | Ratcliffe | USA
William Burns | William J. Burns; Bill Burns | Burns | USA
Steve Witkoff | Steven Witkoff; Steven C. Witkoff | Witkoff | USA
Susie Wiles | Susan Wiles | Wiles | USA
Karoline Leavitt | | Leavitt | USA
Stephen Miller | | Miller | USA
Robert F. Kennedy Jr. | RFK Jr.; Robert Kennedy Jr. | Kennedy | USA
Elon Musk | Musk | | USA
Linda Thomas-Greenfield | | Thomas-Greenfield | USA
Nikki Haley | Nimrata Haley | Haley | USA
Howard Lutnick | | Lutnick | USA
Kristi Noem | | Noem | USA
Pam Bondi | Pamela Bondi | Bondi | USA
Merrick Garland | | Garland | USA
Keith Kellogg | Keith Kellogg Jr. | Kellogg | USA
Jared Kushner | | Kushner | USA
Michael Flynn | Michael T. Flynn | Flynn | USA
H. R. McMaster | H.R. McMaster; Herbert Raymond McMaster | McMaster | USA
Hakeem Jeffries | | Jeffries | USA
John Thune | | Thune | USA
Paul Ryan | | Ryan | USA
John Boehner | | Boehner | USA
Newt Gingrich | | Gingrich | USA
Harry Reid | | Reid | USA
Bernie Sanders | Bernard Sanders | Sanders | USA
Gavin Newsom | | Newsom | USA
Ron DeSantis | | DeSantis | USA
Greg Abbott | | Abbott | USA
Zohran Mamdani | | Mamdani | USA
Eric Adams | | Adams | USA
David Petraeus | David H. Petraeus | Petraeus | USA
Stanley McChrystal | | McChrystal | USA
Norman Schwarzkopf | H. Norman Schwarzkopf | Schwarzkopf | USA
Tom Barrack | Thomas Barrack | Barrack | USA
Dan Driscoll | Daniel Driscoll | Driscoll | USA
Jamieson Greer | | Greer | USA
Robert Lighthizer | | Lighthizer | USA
Katherine Tai | | Tai | USA
Doug Burgum | | Burgum | USA
Chris Wright | | Wright | USA
Lindsey Graham | | Graham | USA
Kevin Hassett | | Hassett | USA
Kevin Warsh | | Warsh | USA
"""

CURATED_ROLE_BLOCKS.append(("usa", r"""
@USA president
1981-01-20 1989-01-20 Ronald Reagan
1977-01-20 1981-01-20 Jimmy Carter
1989-01-20 1993-01-20 George H. W. Bush
1993-01-20 2001-01-20 Bill Clinton
2001-01-20 2009-01-20 George W. Bush
2009-01-20 2017-01-20 Barack Obama
2017-01-20 2021-01-20 Donald Trump
2021-01-20 2025-01-20 Joe Biden
2025-01-20 .. Donald Trump
@USA vice president
1981-01-20 1989-01-20 George H. W. Bush
1989-01-20 1993-01-20 Dan Quayle
1993-01-20 2001-01-20 Al Gore
2001-01-20 2009-01-20 Dick Cheney
2009-01-20 2017-01-20 Joe Biden
2017-01-20 2021-01-20 Mike Pence
2021-01-20 2025-01-20 Kamala Harris
2025-01-20 .. JD Vance
@USA secretary of state
1989-01-25 1992-08-23 James Baker
1992-08-23 1993-01-20 Lawrence Eagleburger
1993-01-20 1997-01-17 Warren Christopher
1997-01-23 2001-01-20 Madeleine Albright
2001-01-20 2005-01-26 Colin Powell
2005-01-26 2009-01-20 Condoleezza Rice
2009-01-21 2013-02-01 Hillary Clinton
2013-02-01 2017-01-20 John Kerry
2017-02-01 2018-03-31 Rex Tillerson
2018-04-26 2021-01-20 Mike Pompeo
2021-01-26 2025-01-20 Antony Blinken
2025-01-21 .. Marco Rubio
@USA defense secretary
1989-03-21 1993-01-20 Dick Cheney
1993-01-20 1994-02-03 Les Aspin
1994-02-03 1997-01-23 William Perry
1997-01-24 2001-01-20 William Cohen
2001-01-20 2006-12-18 Donald Rumsfeld
2006-12-18 2011-06-30 Robert Gates
2011-07-01 2013-02-26 Leon Panetta
2013-02-27 2015-02-17 Chuck Hagel
2015-02-17 2017-01-20 Ash Carter
2017-01-20 2019-01-01 Jim Mattis
2019-07-23 2020-11-09 Mark Esper
2021-01-22 2025-01-20 Lloyd Austin
2025-01-25 .. Pete Hegseth
@USA treasury secretary
1988-09-15 1993-01-17 Nicholas Brady
1993-01-20 1994-12-22 Lloyd Bentsen
1995-01-11 1999-07-02 Robert Rubin
1999-07-02 2001-01-20 Lawrence Summers
2001-01-20 2002-12-31 Paul O'Neill
2003-02-03 2006-06-30 John Snow
2006-07-10 2009-01-20 Henry Paulson
2009-01-26 2013-01-25 Timothy Geithner
2013-02-28 2017-01-20 Jack Lew
2017-02-13 2021-01-20 Steven Mnuchin
2021-01-26 2025-01-20 Janet Yellen
2025-01-28 .. Scott Bessent
@USA national security adviser
1989-01-20 1993-01-20 Brent Scowcroft
1993-01-20 1997-03-14 Anthony Lake
1997-03-14 2001-01-20 Sandy Berger
2001-01-20 2005-01-20 Condoleezza Rice
2005-01-20 2009-01-20 Stephen Hadley
2009-01-20 2010-10-08 James L. Jones
2010-10-08 2013-07-01 Tom Donilon
2013-07-01 2017-01-20 Susan Rice
2017-01-20 2017-02-13 Michael Flynn
2017-02-20 2018-04-09 H. R. McMaster
2018-04-09 2019-09-10 John Bolton
2019-09-18 2021-01-20 Robert O'Brien
2021-01-20 2025-01-20 Jake Sullivan
2025-01-20 2025-05-01 Mike Waltz
2025-05-01 .. Marco Rubio {acting national security adviser}
@USA ambassador to the united nations
2013-08-05 2017-01-20 Samantha Power
2017-01-27 2018-12-31 Nikki Haley
2019-09-12 2021-01-20 Kelly Craft
2021-02-25 2025-01-20 Linda Thomas-Greenfield
2025-09-19 .. Mike Waltz
@USA white house chief of staff
2009-01-20 2010-10-01 Rahm Emanuel
2013-01-25 2017-01-20 Denis McDonough
2017-01-20 2017-07-31 Reince Priebus
2017-07-31 2019-01-02 John F. Kelly
2019-01-02 2020-03-31 Mick Mulvaney {acting white house chief of staff}
2020-03-31 2021-01-20 Mark Meadows
2021-01-20 2023-02-08 Ron Klain
2023-02-08 2025-01-20 Jeff Zients
2025-01-20 .. Susie Wiles
@USA director of central intelligence
1997-07-11 2004-07-11 George Tenet
2004-09-24 2005-04-21 Porter Goss
@USA cia director
2005-04-21 2006-05-05 Porter Goss
2006-05-30 2009-02-12 Michael Hayden
2009-02-13 2011-06-30 Leon Panetta
2011-09-06 2012-11-09 David Petraeus
2013-03-08 2017-01-20 John Brennan
2017-01-23 2018-04-26 Mike Pompeo
2018-05-21 2021-01-20 Gina Haspel
2021-03-19 2025-01-20 William Burns
2025-01-23 .. John Ratcliffe
@USA director of national intelligence
2021-01-21 2025-01-20 Avril Haines
2025-02-12 .. Tulsi Gabbard
2020-05-26 2021-01-20 John Ratcliffe
2010-08-09 2017-01-20 James Clapper
@USA fbi director
2001-09-04 2013-09-04 Robert Mueller
2013-09-04 2017-05-09 James Comey
2017-08-02 2025-01-19 Christopher Wray
2025-02-21 .. Kash Patel
@USA attorney general
2009-02-03 2015-04-27 Eric Holder
2015-04-27 2017-01-20 Loretta Lynch
2017-02-09 2018-11-07 Jeff Sessions
2019-02-14 2020-12-23 William Barr
2021-03-11 2025-01-20 Merrick Garland
2025-02-05 .. Pam Bondi
@USA speaker of the house
1995-01-04 1999-01-03 Newt Gingrich
1999-01-06 2007-01-03 Dennis Hastert
2007-01-04 2011-01-03 Nancy Pelosi
2011-01-05 2015-10-29 John Boehner
2015-10-29 2019-01-03 Paul Ryan
2019-01-03 2023-01-03 Nancy Pelosi
2023-01-07 2023-10-03 Kevin McCarthy
2023-10-25 .. Mike Johnson
@USA senate majority leader
2007-01-03 2015-01-03 Harry Reid
2015-01-03 2021-01-20 Mitch McConnell
2021-01-20 2025-01-03 Chuck Schumer
2025-01-03 .. John Thune
@USA house minority leader
2023-01-03 .. Hakeem Jeffries
@USA senate minority leader
2025-01-03 .. Chuck Schumer
@USA chairman of the joint chiefs of staff
1989-10-01 1993-09-30 Colin Powell
1993-10-25 1997-09-30 John Shalikashvili
1997-10-01 2001-09-30 Hugh Shelton
2001-10-01 2005-09-30 Richard Myers
2005-09-30 2007-10-01 Peter Pace
2007-10-01 2011-09-30 Mike Mullen
2011-10-01 2015-09-25 Martin Dempsey
2015-10-01 2019-09-30 Joseph Dunford
2019-10-01 2023-09-29 Mark Milley
2023-10-01 2025-02-21 Charles Q. Brown Jr.
2025-04-11 .. Dan Caine
@USA commander
1990-08 1991-08 Norman Schwarzkopf {commander@organization:us-central-command}
2007-02-10 2008-09-16 David Petraeus {commander of multi-national force iraq}
2009-06-15 2010-06-23 Stanley McChrystal {commander of international forces in afghanistan}
@USA trade representative
2017-05-15 2021-01-20 Robert Lighthizer
2021-03-18 2025-01-20 Katherine Tai
2025-02-26 .. Jamieson Greer
@USA commerce secretary
2025-02-21 .. Howard Lutnick
2021-03-03 2025-01-20 Gina Raimondo
2017-02-28 2021-01-20 Wilbur Ross
@USA homeland security secretary
2025-01-25 .. Kristi Noem
2021-02-02 2025-01-20 Alejandro Mayorkas
@USA health secretary
2025-02-13 .. Robert F. Kennedy Jr.
@USA interior secretary
2025-02-01 .. Doug Burgum
@USA energy secretary
2025-02-04 .. Chris Wright
@USA army secretary
2025-02-25 .. Dan Driscoll
@USA special envoy
2025-01-20 .. Steve Witkoff {special envoy to the middle east}
2025-01-20 .. Keith Kellogg {special envoy for ukraine}
2025-07 .. Tom Barrack {special envoy for syria}
@USA ambassador
2025-05 .. Tom Barrack {ambassador to turkey}
@USA press secretary
2025-01-20 .. Karoline Leavitt
@USA deputy chief of staff
2025-01-20 .. Stephen Miller
@USA senior adviser
2017-01-20 2021-01-20 Jared Kushner
@USA senator
1985-01-03 2013-02-01 John Kerry
1987-01-03 2018-08-25 John McCain
1999-01-06 .. Chuck Schumer
2007-01-03 .. Bernie Sanders
2003-01-03 .. Lindsey Graham
1985-01-03 .. Mitch McConnell
2011-01-03 2025-01-21 Marco Rubio
2023-01-03 2025-01-10 JD Vance
2017-01-03 2021-01-18 Kamala Harris
1973-01-03 2009-01-15 Joe Biden
2005-01-03 2008-11-16 Barack Obama
2001-01-03 2009-01-21 Hillary Clinton
@USA governor
2019-01-07 .. Gavin Newsom {governor of california}
2019-01-08 .. Ron DeSantis {governor of florida}
2015-01-20 .. Greg Abbott {governor of texas}
2019-01-03 2025-01-25 Kristi Noem {governor of south dakota}
1995-01-17 2000-12-21 George W. Bush {governor of texas}
1979-01-09 1992-12-12 Bill Clinton {governor of arkansas}
2013-01-14 2017-01-09 Mike Pence {governor of indiana}
@USA mayor
2022-01-01 2025-12-31 Eric Adams {mayor of new york}
2026-01-01 .. Zohran Mamdani {mayor of new york}
@USA director of the national economic council
2025-01-20 .. Kevin Hassett
@federal-reserve chair
1987-08-11 2006-01-31 Alan Greenspan
2006-02-01 2014-01-31 Ben Bernanke
2014-02-03 2018-02-03 Janet Yellen
2018-02-05 .. Jerome Powell
@federal-reserve governor
2006-02 2011-03 Kevin Warsh
"""))

CURATED_PEOPLE += r"""
Mikhail Gorbachev | Gorbachev; Mikhail Sergeyevich Gorbachev | | SUHH
Boris Yeltsin | Yeltsin; Boris Nikolayevich Yeltsin | | RUS
Yevgeny Primakov | Yevgeni Primakov | Primakov | RUS
Viktor Chernomyrdin | Chernomyrdin | | RUS
Sergei Kiriyenko | Sergey Kiriyenko; Sergei Kirienko | Kiriyenko | RUS
Mikhail Kasyanov | Mikhail Kasianov | Kasyanov | RUS
Mikhail Fradkov | | Fradkov | RUS
Viktor Zubkov | | Zubkov | RUS
Sergei Stepashin | Sergey Stepashin | Stepashin | RUS
Yegor Gaidar | | Gaidar | RUS
Andrei Kozyrev | Andrey Kozyrev | Kozyrev | RUS
Igor Ivanov | | Ivanov | RUS
Sergei Ivanov | Sergey Ivanov | Ivanov | RUS
Anatoly Serdyukov | Anatoliy Serdyukov | Serdyukov | RUS
Pavel Grachev | | Grachev | RUS
Alexei Kudrin | Alexey Kudrin; Aleksei Kudrin | Kudrin | RUS
Anton Siluanov | | Siluanov | RUS
Elvira Nabiullina | Nabiullina | | RUS
Valery Gerasimov | Gerasimov; Valeriy Gerasimov; Valery Vasilyevich Gerasimov | | RUS
Nikolai Patrushev | Nikolay Patrushev | Patrushev | RUS
Alexander Bortnikov | Aleksandr Bortnikov | Bortnikov | RUS
Sergei Naryshkin | Sergey Naryshkin | Naryshkin | RUS
Yevgeny Prigozhin | Prigozhin; Yevgeniy Prigozhin; Evgeny Prigozhin | | RUS
Ramzan Kadyrov | Kadyrov | | RUS
Maria Zakharova | | Zakharova | RUS
Alexei Navalny | Navalny; Aleksei Navalny; Alexey Navalny | | RUS
Yulia Navalnaya | Navalnaya | | RUS
Valentina Matviyenko | Valentina Matviyenko | Matviyenko | RUS
Vyacheslav Volodin | | Volodin | RUS
Yuri Ushakov | Yury Ushakov | Ushakov | RUS
Kirill Dmitriev | | Dmitriev | RUS
Alexei Miller | Alexey Miller | Miller | RUS
Igor Sechin | Sechin | | RUS
Herman Gref | German Gref | Gref | RUS
Patriarch Kirill | Kirill of Moscow | - | RUS
Sergei Ryabkov | Sergey Ryabkov | Ryabkov | RUS
Vasily Nebenzya | Vassily Nebenzia; Vasily Nebenzia | Nebenzya | RUS
Dmitry Kozak | | Kozak | RUS
Anton Vaino | | Vaino | RUS
Sergei Surovikin | Sergey Surovikin | Surovikin | RUS
Dmitry Utkin | | Utkin | RUS
Viktor Zolotov | | Zolotov | RUS
Alexander Dvornikov | | Dvornikov | RUS
Vladimir Medinsky | | Medinsky | RUS
Leonid Kravchuk | Kravchuk | | UKR
Leonid Kuchma | Kuchma | | UKR
Viktor Yushchenko | Yushchenko | | UKR
Viktor Yanukovych | Yanukovych; Viktor Yanukovich; Yanukovich | | UKR
Petro Poroshenko | Poroshenko; Petro Poroshenko | | UKR
Oleksandr Turchynov | Turchynov; Oleksandr Turchinov | | UKR
Yulia Tymoshenko | Tymoshenko; Yulia Timoshenko | | UKR
Arseniy Yatsenyuk | Yatsenyuk; Arseny Yatsenyuk | | UKR
Volodymyr Groysman | Groysman; Volodymyr Hroisman | | UKR
Denys Shmyhal | Shmyhal; Denis Shmygal | | UKR
Yulia Svyrydenko | Svyrydenko; Yulia Sviridenko | | UKR
Mykola Azarov | Azarov | | UKR
Oleksii Reznikov | Reznikov; Oleksiy Reznikov | | UKR
Rustem Umerov | Umerov | | UKR
Valerii Zaluzhnyi | Zaluzhnyi; Valery Zaluzhny; Valeriy Zaluzhnyi; Zaluzhny | | UKR
Oleksandr Syrskyi | Syrskyi; Oleksandr Syrsky; Syrsky | | UKR
Kyrylo Budanov | Budanov; Kirill Budanov | | UKR
Andriy Yermak | Yermak; Andrii Yermak | | UKR
Pavlo Klimkin | Klimkin | | UKR
Vitali Klitschko | Vitaliy Klitschko | Klitschko | UKR
Serhiy Marchenko | Sergii Marchenko | Marchenko | UKR
Oleksiy Danilov | Oleksii Danilov | Danilov | UKR
Oleksiy Honcharuk | Oleksii Honcharuk | Honcharuk | UKR
Andriy Parubiy | Andriy Parubii | Parubiy | UKR
Ruslan Stefanchuk | | Stefanchuk | UKR
Mikhail Myasnikovich | | Myasnikovich | BLR
Roman Golovchenko | | Golovchenko | BLR
Sviatlana Tsikhanouskaya | Tsikhanouskaya; Svetlana Tikhanovskaya; Svetlana Tsikhanouskaya | | BLR
Stanislav Shushkevich | | Shushkevich | BLR
"""

CURATED_ROLE_BLOCKS.append(("russia, ussr", r"""
@SUHH general secretary
1985-03-11 1991-08-24 Mikhail Gorbachev {general secretary@organization:communist-party-of-the-soviet-union}
@SUHH president
1990-03-15 1991-12-25 Mikhail Gorbachev
@RUS president
1991-07-10 1999-12-31 Boris Yeltsin
1999-12-31 2000-05-07 Vladimir Putin {acting president}
2000-05-07 2008-05-07 Vladimir Putin
2008-05-07 2012-05-07 Dmitry Medvedev
2012-05-07 .. Vladimir Putin
@RUS prime minister
1992-06-15 1992-12-14 Yegor Gaidar {acting prime minister}
1992-12-14 1998-03-23 Viktor Chernomyrdin
1998-03-23 1998-08-23 Sergei Kiriyenko
1998-09-11 1999-05-12 Yevgeny Primakov
1999-05-12 1999-08-09 Sergei Stepashin
1999-08-16 2000-05-07 Vladimir Putin
2000-05-17 2004-02-24 Mikhail Kasyanov
2004-03-05 2007-09-12 Mikhail Fradkov
2007-09-14 2008-05-07 Viktor Zubkov
2008-05-08 2012-05-07 Vladimir Putin
2012-05-08 2020-01-16 Dmitry Medvedev
2020-01-16 .. Mikhail Mishustin
@RUS deputy chairman of the security council
2020-01-16 .. Dmitry Medvedev
@RUS foreign minister
1990-10-11 1996-01-05 Andrei Kozyrev
1996-01-09 1998-09-11 Yevgeny Primakov
1998-09-11 2004-03-09 Igor Ivanov
2004-03-09 .. Sergei Lavrov
@RUS ambassador to the united nations
1994-09-22 2004-07-12 Sergei Lavrov
2017-07-27 .. Vasily Nebenzya
@RUS defence minister
1992-05-18 1996-06-18 Pavel Grachev
1996-07-17 1997-05-22 Igor Rodionov
1997-05-22 2001-03-28 Igor Sergeyev
2001-03-28 2007-02-15 Sergei Ivanov
2007-02-15 2012-11-06 Anatoly Serdyukov
2012-11-06 2024-05-12 Sergei Shoigu
2024-05-14 .. Andrei Belousov
@RUS secretary of the security council
1999-03 1999-08 Vladimir Putin
2008-05-12 2024-05-12 Nikolai Patrushev
2024-05-12 .. Sergei Shoigu
@RUS presidential aide
2024-05-14 .. Nikolai Patrushev
2012-05-21 .. Yuri Ushakov
2020-01 .. Vladimir Medinsky
@RUS deputy prime minister
2008-10-14 2020-01-21 Dmitry Kozak
@RUS first deputy prime minister
2020-01-21 2024-05-14 Andrei Belousov
2008-05-12 2012-05-21 Viktor Zubkov
@RUS kremlin chief of staff
2011-12-22 2016-08-12 Sergei Ivanov
2016-08-12 .. Anton Vaino
@RUS first deputy kremlin chief of staff
2016-10-05 .. Sergei Kiriyenko
@RUS finance minister
2000-05-18 2011-09-26 Alexei Kudrin
2011-09-26 .. Anton Siluanov
@bank-of-russia governor
1992-07-17 1994-10-14 Viktor Gerashchenko
1998-09-11 2002-03-20 Viktor Gerashchenko
2002-03-20 2013-06-23 Sergei Ignatyev
2013-06-24 .. Elvira Nabiullina
@RUS chief of the general staff
1997-05-22 2004-07-19 Anatoly Kvashnin
2004-07-19 2008-06-03 Yuri Baluyevsky
2008-06-03 2012-11-09 Nikolai Makarov
2012-11-09 .. Valery Gerasimov
@RUS commander
2022-10-08 2023-01-11 Sergei Surovikin {commander of russian forces in ukraine}
2022-04 2022-10 Alexander Dvornikov {commander of russian forces in ukraine}
2016-04-05 .. Viktor Zolotov {director@organization:rosgvardia}
@RUS fsb director
1998-07-25 1999-08-09 Vladimir Putin
1999-08-09 2008-05-12 Nikolai Patrushev
2008-05-12 .. Alexander Bortnikov
@RUS svr director
2016-10-05 .. Sergei Naryshkin
@RUS chairman of the state duma
2011-12-21 2016-10-05 Sergei Naryshkin
2016-10-05 .. Vyacheslav Volodin
@RUS chairman of the federation council
2011-09-21 .. Valentina Matviyenko
@RUS deputy foreign minister
2008-08 .. Sergei Ryabkov
@RUS foreign ministry spokeswoman
2015-08-10 .. Maria Zakharova
@RUS spokesman
2012-05-22 .. Dmitry Peskov
@RUS opposition leader
2011 2024-02-16 Alexei Navalny
2024-02 .. Yulia Navalnaya
@RUS special envoy
2025-02 .. Kirill Dmitriev {special envoy for economic cooperation}
@russian-direct-investment-fund ceo
2011 .. Kirill Dmitriev
@region:RU-CE head
2007-02-15 .. Ramzan Kadyrov
@wagner-group leader
2014 2023-08-23 Yevgeny Prigozhin /RUS
2014 2023-08-23 Dmitry Utkin {commander@organization:wagner-group} /RUS
@gazprom ceo
2001-05-30 .. Alexei Miller
@rosneft ceo
2012-05-23 .. Igor Sechin
@sberbank ceo
2007-11-28 .. Herman Gref
@russian-orthodox-church patriarch
2009-02-01 .. Patriarch Kirill
"""))

CURATED_ROLE_BLOCKS.append(("ukraine, belarus", r"""
@UKR president
1991-12-05 1994-07-19 Leonid Kravchuk
1994-07-19 2005-01-23 Leonid Kuchma
2005-01-23 2010-02-25 Viktor Yushchenko
2010-02-25 2014-02-22 Viktor Yanukovych
2014-02-23 2014-06-07 Oleksandr Turchynov {acting president}
2014-06-07 2019-05-20 Petro Poroshenko
2019-05-20 .. Volodymyr Zelensky
@UKR prime minister
1990-11-23 1992-10-01 Vitold Fokin
1992-10-13 1993-09-22 Leonid Kuchma
1994-06-16 1995-03-01 Vitaliy Masol
1995-06-08 1996-05-27 Yevhen Marchuk
1996-05-28 1997-07-02 Pavlo Lazarenko
1997-07-30 1999-12-22 Valeriy Pustovoitenko
1999-12-22 2001-05-29 Viktor Yushchenko
2001-05-29 2002-11-16 Anatoliy Kinakh
2002-11-21 2005-01-05 Viktor Yanukovych
2005-02-04 2005-09-08 Yulia Tymoshenko
2005-09-22 2006-08-04 Yuriy Yekhanurov
2006-08-04 2007-12-18 Viktor Yanukovych
2007-12-18 2010-03-04 Yulia Tymoshenko
2010-03-11 2014-01-28 Mykola Azarov
2014-02-27 2016-04-14 Arseniy Yatsenyuk
2016-04-14 2019-08-29 Volodymyr Groysman
2019-08-29 2020-03-04 Oleksiy Honcharuk
2020-03-04 2025-07-16 Denys Shmyhal
2025-07-17 .. Yulia Svyrydenko
@UKR foreign minister
1994-08-25 1998-04-17 Hennadiy Udovenko
1998-04-17 2000-10-02 Borys Tarasyuk
2005-02-04 2006-12-01 Borys Tarasyuk
2007-03-21 2007-12-18 Arseniy Yatsenyuk
2007-12-18 2009-03-03 Volodymyr Ohryzko
2009-10-09 2010-03-11 Petro Poroshenko
2010-03-11 2012-12-24 Kostyantyn Gryshchenko
2012-12-24 2014-02-23 Leonid Kozhara
2014-06-19 2019-08-29 Pavlo Klimkin
2019-08-29 2020-03-04 Vadym Prystaiko
2020-03-04 2024-09-05 Dmytro Kuleba
2024-09-05 .. Andrii Sybiha
@UKR defence minister
2014-10-14 2019-08-29 Stepan Poltorak
2019-08-29 2020-03-04 Andriy Zagorodnyuk
2020-03-04 2021-11-03 Andriy Taran
2021-11-04 2023-09-05 Oleksii Reznikov
2023-09-06 2025-07-17 Rustem Umerov
2025-07-17 .. Denys Shmyhal
@UKR secretary of the national security and defence council
2019-10-03 2024-03-26 Oleksiy Danilov
2025-07 .. Rustem Umerov
@UKR finance minister
2014-12-02 2016-04-14 Natalie Jaresko
2016-04-14 2018-06-07 Oleksandr Danyliuk
2018-06-07 2020-03-04 Oksana Markarova
2020-03-30 .. Serhiy Marchenko
@UKR commander-in-chief
2021-07-27 2024-02-08 Valerii Zaluzhnyi
2024-02-08 .. Oleksandr Syrskyi
@UKR ambassador to the united kingdom
2024-05 .. Valerii Zaluzhnyi
@UKR chief of military intelligence
2020-08-05 2026-01 Kyrylo Budanov
@UKR head of the presidential office
2020-02-11 2025-11-28 Andriy Yermak
2026-01 .. Kyrylo Budanov
@UKR speaker of parliament
2014-02-22 2014-11-27 Oleksandr Turchynov
2019-08-29 2021-10-07 Dmytro Razumkov
2016-04-14 2019-08-29 Andriy Parubiy
2021-10-08 .. Ruslan Stefanchuk
@region:geonames-703448 mayor
2014-06-05 .. Vitali Klitschko
@BLR chairman of the supreme council
1991-09-18 1994-01-26 Stanislav Shushkevich
@BLR president
1994-07-20 .. Alexander Lukashenko
@BLR prime minister
1990-04-03 1994-07-21 Vyacheslav Kebich
1994-07-21 1996-11-18 Mikhail Chigir
1996-11-18 2000-02-18 Sergei Ling
2001-10-10 2003-07-10 Gennady Novitsky
2003-07-10 2010-12-27 Sergei Sidorsky
2010-12-28 2014-12-27 Mikhail Myasnikovich
2014-12-27 2018-08-18 Andrei Kobyakov
2018-08-18 2020-06-03 Sergei Rumas
2020-06-04 2025-04-10 Roman Golovchenko
2025-04-10 .. Alexander Turchin
@BLR foreign minister
2012-08-20 2020-08-26 Vladimir Makei
2020-08-26 2024-06-20 Sergei Aleinik
2024-06-20 .. Maxim Ryzhenkov
@BLR defence minister
2014-11-27 2020-01-20 Andrei Ravkov
2020-01-20 .. Viktor Khrenin
@BLR opposition leader
2020-08 .. Sviatlana Tsikhanouskaya
"""))

CURATED_PEOPLE += r"""
Deng Xiaoping | Deng Hsiao-ping | Deng | CHN
Mao Zedong | Mao Tse-tung; Chairman Mao | Mao | CHN
Jiang Zemin | | Jiang | CHN
Hu Jintao | | Hu | CHN
Li Peng | | Li | CHN
Zhu Rongji | | Zhu | CHN
Wen Jiabao | | Wen | CHN
Li Keqiang | | Li | CHN
Yang Jiechi | | Yang | CHN
Qin Gang | | Qin | CHN
Wang Qishan | | Wang | CHN
Liu He | | Liu | CHN
He Lifeng | | He | CHN
Zhou Xiaochuan | | Zhou | CHN
Yi Gang | | Yi | CHN
Pan Gongsheng | | Pan | CHN
Dong Jun | | Dong | CHN
Li Shangfu | | Li | CHN
Wei Fenghe | | Wei | CHN
Zhang Youxia | | Zhang | CHN
He Weidong | | He | CHN
Han Zheng | | Han | CHN
Wang Huning | | Wang | CHN
Zhao Leji | | Zhao | CHN
Ding Xuexiang | | Ding | CHN
Cai Qi | | Cai | CHN
Tung Chee-hwa | | Tung | HKG
Donald Tsang | Donald Tsang Yam-kuen | Tsang | HKG
Leung Chun-ying | CY Leung; C.Y. Leung | Leung | HKG
Carrie Lam | Carrie Lam Cheng Yuet-ngor | Lam | HKG
John Lee | John Lee Ka-chiu | Lee | HKG
Chris Patten | Christopher Patten; Lord Patten | Patten | GBR
Dalai Lama | Tenzin Gyatso; 14th Dalai Lama | - | CHN
Lee Teng-hui | | Lee | TWN
Chen Shui-bian | | Chen | TWN
Ma Ying-jeou | | Ma | TWN
Tsai Ing-wen | | Tsai | TWN
Lai Ching-te | William Lai; William Lai Ching-te | Lai | TWN
Cho Jung-tai | | Cho | TWN
Hsiao Bi-khim | | Hsiao | TWN
Joseph Wu | Wu Jaushieh | Wu | TWN
Lin Chia-lung | | Lin | TWN
Kim Yong Nam | Kim Yong-nam | Kim | PRK
Choe Ryong Hae | Choe Ryong-hae | Choe | PRK
Pak Pong Ju | Pak Pong-ju | Pak | PRK
Kim Tok Hun | Kim Tok-hun | Kim | PRK
Pak Thae Song | Pak Thae-song | Pak | PRK
Ri Yong Ho | Ri Yong-ho | Ri | PRK
Ri Son Gwon | Ri Son-gwon | Ri | PRK
Ri Su Yong | Ri Su-yong | Ri | PRK
Kim Yong Chol | Kim Yong-chol | Kim | PRK
Hyon Yong Chol | Hyon Yong-chol | Hyon | PRK
No Kwang Chol | No Kwang-chol | - | PRK
Roh Tae-woo | Roh Tae Woo | Roh | KOR
Kim Young-sam | Kim Young Sam | Kim | KOR
Kim Dae-jung | Kim Dae Jung | Kim | KOR
Roh Moo-hyun | Roh Moo Hyun | Roh | KOR
Lee Myung-bak | Lee Myung Bak | Lee | KOR
Park Geun-hye | Park Geun Hye | Park | KOR
Han Duck-soo | Han Duck Soo | Han | KOR
Choi Sang-mok | Choi Sang Mok | Choi | KOR
Kim Min-seok | Kim Min Seok | Kim | KOR
Ban Ki-moon | Ban Ki Moon; Ban Ki-Moon | Ban | KOR
Kang Kyung-wha | | Kang | KOR
Chung Eui-yong | | Chung | KOR
Park Jin | | Park | KOR
Cho Tae-yul | | Cho | KOR
Cho Hyun | | Cho | KOR
Kim Yong-hyun | | Kim | KOR
Ahn Gyu-back | Ahn Gyu Back | Ahn | KOR
Rhee Chang-yong | | Rhee | KOR
Lee Jae-yong | Jay Y. Lee; Jay Lee | Lee | KOR
Woo Won-shik | | Woo | KOR
Han Dong-hoon | | Han | KOR
Akihito | Emperor Akihito | - | JPN
Naruhito | Emperor Naruhito | - | JPN
Shinzo Abe | Abe Shinzo | Abe | JPN
Junichiro Koizumi | Koizumi Junichiro | Koizumi | JPN
Shinjiro Koizumi | | Koizumi | JPN
Yoshihide Suga | | Suga | JPN
Taro Aso | | Aso | JPN
Yoshihiko Noda | | Noda | JPN
Naoto Kan | | Kan | JPN
Yukio Hatoyama | | Hatoyama | JPN
Yasuo Fukuda | | Fukuda | JPN
Yoshiro Mori | | Mori | JPN
Keizo Obuchi | | Obuchi | JPN
Ryutaro Hashimoto | | Hashimoto | JPN
Tomiichi Murayama | | Murayama | JPN
Morihiro Hosokawa | | Hosokawa | JPN
Kiichi Miyazawa | | Miyazawa | JPN
Toshiki Kaifu | | Kaifu | JPN
Toshimitsu Motegi | | Motegi | JPN
Taro Kono | | Kono | JPN
Yoshimasa Hayashi | | Hayashi | JPN
Yoko Kamikawa | | Kamikawa | JPN
Takeshi Iwaya | | Iwaya | JPN
Gen Nakatani | | Nakatani | JPN
Minoru Kihara | | Kihara | JPN
Katsunobu Kato | | Kato | JPN
Satsuki Katayama | | Katayama | JPN
Kazuo Ueda | | Ueda | JPN
Haruhiko Kuroda | | Kuroda | JPN
Masaaki Shirakawa | | Shirakawa | JPN
Ukhnaagiin Khürelsükh | Khurelsukh; Ukhnaa Khurelsukh; Ukhnaagiin Khurelsukh | | MNG
Tsakhiagiin Elbegdorj | Elbegdorj; Tsakhia Elbegdorj | | MNG
Khaltmaagiin Battulga | Battulga; Khaltmaa Battulga | | MNG
"""

CURATED_ROLE_BLOCKS.append(("china, taiwan, hong kong, macau", r"""
@CHN paramount leader
1978-12-18 1989-11-09 Deng Xiaoping
@CHN chairman
1949-10-01 1976-09-09 Mao Zedong {chairman@organization:chinese-communist-party}
@CHN president
1988-04-08 1993-03-27 Yang Shangkun
1993-03-27 2003-03-15 Jiang Zemin
2003-03-15 2013-03-14 Hu Jintao
2013-03-14 .. Xi Jinping
@chinese-communist-party general secretary
1989-06-24 2002-11-15 Jiang Zemin
2002-11-15 2012-11-15 Hu Jintao
2012-11-15 .. Xi Jinping
@CHN chairman of the central military commission
1989-11-09 2004-09-19 Jiang Zemin
2004-09-19 2012-11-15 Hu Jintao
2012-11-15 .. Xi Jinping
@CHN vice president
2003-03-15 2008-03-15 Zeng Qinghong
2008-03-15 2013-03-14 Xi Jinping
2013-03-14 2018-03-17 Li Yuanchao
2018-03-17 2023-03-10 Wang Qishan
2023-03-10 .. Han Zheng
@CHN premier
1987-11-24 1998-03-17 Li Peng
1998-03-17 2003-03-16 Zhu Rongji
2003-03-16 2013-03-15 Wen Jiabao
2013-03-15 2023-03-11 Li Keqiang
2023-03-11 .. Li Qiang
@CHN foreign minister
1988-04 1998-03 Qian Qichen
1998-03 2003-03 Tang Jiaxuan
2003-03 2007-04-27 Li Zhaoxing
2007-04-27 2013-03-16 Yang Jiechi
2013-03-16 2022-12-30 Wang Yi
2022-12-30 2023-07-25 Qin Gang
2023-07-25 .. Wang Yi
@chinese-communist-party director of the foreign affairs commission office
2013 2022-10 Yang Jiechi
2022-10 .. Wang Yi
@CHN defence minister
1993-03 2003-03 Chi Haotian
2003-03 2008-03 Cao Gangchuan
2008-03 2013-03 Liang Guanglie
2013-03-16 2018-03-19 Chang Wanquan
2018-03-19 2023-03-12 Wei Fenghe
2023-03-12 2023-10-24 Li Shangfu
2023-12-29 .. Dong Jun
@CHN finance minister
2003-03 2007-08 Jin Renqing
2007-08 2013-03 Xie Xuren
2013-03 2016-11 Lou Jiwei
2016-11 2018-03 Xiao Jie
2018-03-19 2023-10-24 Liu Kun
2023-10-24 .. Lan Fo'an
@peoples-bank-of-china governor
1995-06 2002-12 Dai Xianglong
2002-12-28 2018-03-19 Zhou Xiaochuan
2018-03-19 2023-07-25 Yi Gang
2023-07-25 .. Pan Gongsheng
@CHN vice premier
2018-03-19 2023-03-12 Liu He
2023-03-12 .. He Lifeng
2023-03-12 .. Ding Xuexiang
2018-03-19 2023-03-12 Han Zheng
@CHN vice chairman of the central military commission
2017-10-25 .. Zhang Youxia
2022-10-23 2025-10 He Weidong
@CHN chairman of the national people's congress
2023-03-10 .. Zhao Leji
@CHN chairman of the cppcc
2023-03-10 .. Wang Huning
@chinese-communist-party director of the general office
2022-10 .. Cai Qi
@CHN spiritual leader
1940-02-22 .. Dalai Lama {spiritual leader@organization:tibetan-buddhism}
@HKG governor
1992-07-09 1997-06-30 Chris Patten
@HKG chief executive
1997-07-01 2005-03-12 Tung Chee-hwa
2005-06-21 2012-06-30 Donald Tsang
2012-07-01 2017-06-30 Leung Chun-ying
2017-07-01 2022-06-30 Carrie Lam
2022-07-01 .. John Lee
@MAC chief executive
1999-12-20 2009-12-19 Edmund Ho
2009-12-20 2019-12-19 Fernando Chui
2019-12-20 2024-12-19 Ho Iat Seng
2024-12-20 .. Sam Hou Fai
@TWN president
1988-01-13 2000-05-20 Lee Teng-hui
2000-05-20 2008-05-20 Chen Shui-bian
2008-05-20 2016-05-20 Ma Ying-jeou
2016-05-20 2024-05-20 Tsai Ing-wen
2024-05-20 .. Lai Ching-te
@TWN vice president
2020-05-20 2024-05-20 Lai Ching-te
2024-05-20 .. Hsiao Bi-khim
@TWN premier
1990-06-01 1993-02-27 Hau Pei-tsun
1993-02-27 1997-09-01 Lien Chan
1997-09-01 2000-05-20 Vincent Siew
2000-05-20 2000-10-06 Tang Fei
2000-10-06 2002-02-01 Chang Chun-hsiung
2002-02-01 2005-02-01 Yu Shyi-kun
2005-02-01 2006-01-25 Frank Hsieh
2006-01-25 2007-05-21 Su Tseng-chang
2007-05-21 2008-05-20 Chang Chun-hsiung
2008-05-20 2009-09-10 Liu Chao-shiuan
2009-09-10 2012-02-06 Wu Den-yih
2012-02-06 2013-02-18 Sean Chen
2013-02-18 2014-12-08 Jiang Yi-huah
2014-12-08 2016-02-01 Mao Chi-kuo
2016-02-01 2016-05-20 Chang San-cheng
2016-05-20 2017-09-08 Lin Chuan
2017-09-08 2019-01-14 Lai Ching-te
2019-01-14 2023-01-31 Su Tseng-chang
2023-01-31 2024-05-20 Chen Chien-jen
2024-05-20 .. Cho Jung-tai
@TWN foreign minister
2018-02-26 2024-05-20 Joseph Wu
2024-05-20 .. Lin Chia-lung
"""))

CURATED_ROLE_BLOCKS.append(("koreas, japan, mongolia", r"""
@PRK premier
1948-09-09 1972-12-28 Kim Il Sung
1992-12 1997-02 Kang Song San
1997-02 2003-09 Hong Song Nam
2003-09 2007-04 Pak Pong Ju
2007-04 2010-06 Kim Yong Il
2010-06-07 2013-04-01 Choe Yong Rim
2013-04-01 2019-04-11 Pak Pong Ju
2019-04-11 2020-08-13 Kim Jae Ryong
2020-08-13 2024-12 Kim Tok Hun
2024-12 .. Pak Thae Song
@PRK president
1972-12-28 1994-07-08 Kim Il Sung
@PRK supreme leader
1994-07-08 2011-12-17 Kim Jong Il
2011-12-17 .. Kim Jong Un
@PRK chairman of the national defence commission
1993-04-09 2011-12-17 Kim Jong Il
@PRK president of the state affairs commission
2016-06-29 .. Kim Jong Un
@workers-party-of-korea general secretary
1997-10-08 2011-12-17 Kim Jong Il
2021-01-10 .. Kim Jong Un
@workers-party-of-korea first secretary
2012-04-11 2016-05-09 Kim Jong Un
@workers-party-of-korea chairman
2016-05-09 2021-01-10 Kim Jong Un
@workers-party-of-korea vice department director
2014 .. Kim Yo Jong
@PRK president of the presidium of the supreme people's assembly
1998-09-05 2019-04-11 Kim Yong Nam
2019-04-11 2023-01 Choe Ryong Hae
@PRK foreign minister
1998-09 2007-01 Paek Nam Sun
2007-05 2014-04-09 Pak Ui Chun
2014-04-09 2016-05 Ri Su Yong
2016-05 2020-01 Ri Yong Ho
2020-01 2022-06 Ri Son Gwon
2022-06-11 .. Choe Son Hui
@PRK defence minister
2019-12 2022-01 No Kwang Chol
2024-10 .. No Kwang Chol
2015-05 2018-06 Pak Yong Sik
2014-06 2015-04 Hyon Yong Chol
@workers-party-of-korea vice chairman
2016-05 2021-01 Kim Yong Chol
@KOR president
1988-02-25 1993-02-24 Roh Tae-woo
1993-02-25 1998-02-24 Kim Young-sam
1998-02-25 2003-02-24 Kim Dae-jung
2003-02-25 2008-02-24 Roh Moo-hyun
2008-02-25 2013-02-24 Lee Myung-bak
2013-02-25 2017-03-10 Park Geun-hye
2017-05-10 2022-05-09 Moon Jae-in
2022-05-10 2025-04-04 Yoon Suk Yeol
2025-06-04 .. Lee Jae-myung
@KOR acting president
2016-12-09 2017-05-10 Hwang Kyo-ahn
2024-12-14 2024-12-27 Han Duck-soo
2024-12-27 2025-03-24 Choi Sang-mok
2025-03-24 2025-05-01 Han Duck-soo
@KOR prime minister
2004-06-30 2006-03-14 Lee Hae-chan
2006-04-20 2007-03-07 Han Myeong-sook
2008-02-29 2009-09-28 Han Seung-soo
2009-09-29 2010-08-11 Chung Un-chan
2010-10-01 2013-02-26 Kim Hwang-sik
2013-02-26 2015-02-16 Chung Hong-won
2015-06-18 2017-05-11 Hwang Kyo-ahn
2017-05-31 2020-01-14 Lee Nak-yon
2020-01-14 2021-04-16 Chung Sye-kyun
2021-05-14 2022-05-11 Kim Boo-kyum
2022-05-21 2025-05-01 Han Duck-soo
2025-07-03 .. Kim Min-seok
@KOR foreign minister
2004-01-17 2006-11-09 Ban Ki-moon
2013-03-11 2017-06-18 Yun Byung-se
2017-06-18 2021-02-08 Kang Kyung-wha
2021-02-09 2022-05-11 Chung Eui-yong
2022-05-12 2024-01-10 Park Jin
2024-01-10 2025-07 Cho Tae-yul
2025-07-19 .. Cho Hyun
@KOR defence minister
2024-09-06 2024-12-05 Kim Yong-hyun
2023-10 2024-09 Shin Won-sik
2025-07 .. Ahn Gyu-back
@KOR finance minister
2023-12-29 2025-05-01 Choi Sang-mok
2025-07 .. Koo Yun-cheol
@bank-of-korea governor
2014-04-01 2022-03-31 Lee Ju-yeol
2022-04-21 .. Rhee Chang-yong
@KOR speaker of the national assembly
2024-06-05 .. Woo Won-shik
@KOR party leader
2023-12 2024-12 Han Dong-hoon {leader@organization:people-power-party}
@samsung-electronics chairman
2022-10-27 .. Lee Jae-yong
@JPN emperor
1989-01-07 2019-04-30 Akihito
2019-05-01 .. Naruhito
@JPN prime minister
1989-08-10 1991-11-05 Toshiki Kaifu
1991-11-05 1993-08-09 Kiichi Miyazawa
1993-08-09 1994-04-28 Morihiro Hosokawa
1994-04-28 1994-06-30 Tsutomu Hata
1994-06-30 1996-01-11 Tomiichi Murayama
1996-01-11 1998-07-30 Ryutaro Hashimoto
1998-07-30 2000-04-05 Keizo Obuchi
2000-04-05 2001-04-26 Yoshiro Mori
2001-04-26 2006-09-26 Junichiro Koizumi
2006-09-26 2007-09-26 Shinzo Abe
2007-09-26 2008-09-24 Yasuo Fukuda
2008-09-24 2009-09-16 Taro Aso
2009-09-16 2010-06-08 Yukio Hatoyama
2010-06-08 2011-09-02 Naoto Kan
2011-09-02 2012-12-26 Yoshihiko Noda
2012-12-26 2020-09-16 Shinzo Abe
2020-09-16 2021-10-04 Yoshihide Suga
2021-10-04 2024-10-01 Fumio Kishida
2024-10-01 2025-10-21 Shigeru Ishiba
2025-10-21 .. Sanae Takaichi
@JPN foreign minister
2012-12-26 2017-08-03 Fumio Kishida
2017-08-03 2019-09-11 Taro Kono
2019-09-11 2021-11-04 Toshimitsu Motegi
2021-11-10 2023-09-13 Yoshimasa Hayashi
2023-09-13 2024-10-01 Yoko Kamikawa
2024-10-01 2025-10-21 Takeshi Iwaya
2025-10-21 .. Toshimitsu Motegi
@JPN defence minister
2019-09-11 2020-09-16 Taro Kono
2020-09-16 2022-08-10 Nobuo Kishi
2022-08-10 2023-09-13 Yasukazu Hamada
2023-09-13 2024-10-01 Minoru Kihara
2024-10-01 2025-10-21 Gen Nakatani
2025-10-21 .. Shinjiro Koizumi
@JPN finance minister
2012-12-26 2021-10-04 Taro Aso
2021-10-04 2024-10-01 Shunichi Suzuki
2024-10-01 2025-10-21 Katsunobu Kato
2025-10-21 .. Satsuki Katayama
@JPN chief cabinet secretary
2012-12-26 2020-09-16 Yoshihide Suga
2020-09-16 2021-10-04 Katsunobu Kato
2021-10-04 2023-12-14 Hirokazu Matsuno
2023-12-14 2024-10-01 Yoshimasa Hayashi
2024-10-01 2025-10-21 Yoshimasa Hayashi
2025-10-21 .. Minoru Kihara
@bank-of-japan governor
1994-12 1998-03 Yasuo Matsushita
1998-03-20 2003-03-19 Masaru Hayami
2003-03-20 2008-03-19 Toshihiko Fukui
2008-04-09 2013-03-19 Masaaki Shirakawa
2013-03-20 2023-04-08 Haruhiko Kuroda
2023-04-09 .. Kazuo Ueda
@MNG president
1990-03-21 1997-06-20 Punsalmaagiin Ochirbat
1997-06-20 2005-06-24 Natsagiin Bagabandi
2005-06-24 2009-06-18 Nambaryn Enkhbayar
2009-06-18 2017-07-10 Tsakhiagiin Elbegdorj
2017-07-10 2021-06-25 Khaltmaagiin Battulga
2021-06-25 .. Ukhnaagiin Khürelsükh
@MNG prime minister
1990-09 1992-07 Dashiin Byambasüren
1992-07 1996-07 Puntsagiin Jasrai
1996-07 1998-04 Mendsaikhany Enkhsaikhan
1998-04 1998-12 Tsakhiagiin Elbegdorj
1999-07 2000-07 Rinchinnyamyn Amarjargal
2000-07 2004-08 Nambaryn Enkhbayar
2004-08 2006-01 Tsakhiagiin Elbegdorj
2006-01 2007-11 Miyeegombyn Enkhbold
2007-11 2009-10 Sanjaagiin Bayar
2009-10 2012-08 Sükhbaataryn Batbold
2012-08 2014-11 Norovyn Altankhuyag
2014-11 2016-07 Chimediin Saikhanbileg
2016-07 2017-10 Jargaltulgyn Erdenebat
2017-10-04 2021-01-27 Ukhnaagiin Khürelsükh
2021-01-27 2025-06-13 Luvsannamsrain Oyun-Erdene
2025-06-13 .. Gombojavyn Zandanshatar
"""))

CURATED_PEOPLE += r"""
Elizabeth II | Queen Elizabeth II; Queen Elizabeth | - | GBR
Charles III | King Charles III; King Charles; Prince Charles | - | GBR
Prince William | William, Prince of Wales | - | GBR
Margaret Thatcher | Thatcher; Baroness Thatcher | | GBR
John Major | Sir John Major | Major | GBR
David Cameron | Lord Cameron | Cameron | GBR
Theresa May | | May | GBR
Liz Truss | Elizabeth Truss | Truss | GBR
David Lammy | | Lammy | GBR
Yvette Cooper | | Cooper | GBR
Rachel Reeves | | Reeves | GBR
John Healey | | Healey | GBR
Shabana Mahmood | | Mahmood | GBR
Angela Rayner | | Rayner | GBR
Jeremy Hunt | | Hunt | GBR
James Cleverly | | Cleverly | GBR
Dominic Raab | | Raab | GBR
Ben Wallace | | Wallace | GBR
Grant Shapps | | Shapps | GBR
Jeremy Corbyn | | Corbyn | GBR
Ed Miliband | Edward Miliband | Miliband | GBR
David Miliband | | Miliband | GBR
Kemi Badenoch | Olukemi Badenoch | Badenoch | GBR
Nigel Farage | Farage | | GBR
Nicola Sturgeon | Sturgeon | | GBR
Alex Salmond | Salmond | | GBR
Sadiq Khan | | Khan | GBR
Andrew Bailey | | Bailey | GBR
Mervyn King | | King | GBR
George Osborne | | Osborne | GBR
Alistair Darling | | Darling | GBR
Priti Patel | | Patel | GBR
Suella Braverman | | Braverman | GBR
Tony Radakin | Sir Tony Radakin | Radakin | GBR
Peter Mandelson | Lord Mandelson | Mandelson | GBR
Jonathan Powell | | Powell | GBR
Ed Davey | Sir Ed Davey | Davey | GBR
John Swinney | | Swinney | GBR
Michelle O'Neill | | O'Neill | GBR
William Hague | | Hague | GBR
Jack Straw | | Straw | GBR
Robin Cook | | Cook | GBR
Philip Hammond | | Hammond | GBR
Sajid Javid | | Javid | GBR
Kwasi Kwarteng | | Kwarteng | GBR
Nick Clegg | | Clegg | GBR
François Mitterrand | Mitterrand; Francois Mitterrand | | FRA
Jacques Chirac | Chirac | | FRA
Nicolas Sarkozy | Sarkozy | | FRA
François Hollande | Hollande; Francois Hollande | | FRA
Édouard Philippe | Edouard Philippe | Philippe | FRA
Jean Castex | | Castex | FRA
Élisabeth Borne | Elisabeth Borne | Borne | FRA
Gabriel Attal | | Attal | FRA
Michel Barnier | | Barnier | FRA
François Bayrou | Bayrou; Francois Bayrou | | FRA
Sébastien Lecornu | Lecornu; Sebastien Lecornu | | FRA
Jean-Noël Barrot | Jean-Noel Barrot | Barrot | FRA
Jean-Yves Le Drian | | Le Drian | FRA
Bruno Le Maire | | Le Maire | FRA
Marine Le Pen | | Le Pen | FRA
Jean-Marie Le Pen | | Le Pen | FRA
Jordan Bardella | Bardella | | FRA
Jean-Luc Mélenchon | Mélenchon; Melenchon; Jean-Luc Melenchon | | FRA
Dominique de Villepin | Villepin | de Villepin | FRA
Lionel Jospin | | Jospin | FRA
Alain Juppé | Alain Juppe | Juppé | FRA
Laurent Fabius | | Fabius | FRA
Bernard Kouchner | | Kouchner | FRA
Catherine Colonna | | Colonna | FRA
Gérald Darmanin | Gerald Darmanin | Darmanin | FRA
Bruno Retailleau | | Retailleau | FRA
Anne Hidalgo | | Hidalgo | FRA
François Villeroy de Galhau | Francois Villeroy de Galhau | Villeroy de Galhau | FRA
Catherine Vautrin | | Vautrin | FRA
Richard von Weizsäcker | Richard von Weizsacker | von Weizsäcker | DEU
Roman Herzog | | Herzog | DEU
Johannes Rau | | Rau | DEU
Horst Köhler | Horst Koehler; Horst Kohler | Köhler | DEU
Christian Wulff | | Wulff | DEU
Joachim Gauck | | Gauck | DEU
Frank-Walter Steinmeier | Steinmeier | | DEU
Helmut Kohl | | Kohl | DEU
Gerhard Schröder | Gerhard Schroeder; Gerhard Schroder | Schröder; Schroeder | DEU
Hans-Dietrich Genscher | Genscher | | DEU
Joschka Fischer | | Fischer | DEU
Guido Westerwelle | | Westerwelle | DEU
Sigmar Gabriel | | Gabriel | DEU
Heiko Maas | | Maas | DEU
Annalena Baerbock | Baerbock | | DEU
Johann Wadephul | Wadephul | | DEU
Boris Pistorius | | Pistorius | DEU
Wolfgang Schäuble | Wolfgang Schaeuble; Schäuble; Schaeuble | | DEU
Christian Lindner | | Lindner | DEU
Lars Klingbeil | Klingbeil | | DEU
Robert Habeck | Habeck | | DEU
Alice Weidel | Weidel | | DEU
Markus Söder | Markus Soeder; Söder; Soeder | | DEU
Karl-Theodor zu Guttenberg | | zu Guttenberg; Guttenberg | DEU
Annegret Kramp-Karrenbauer | AKK | Kramp-Karrenbauer | DEU
Jens Weidmann | | Weidmann | DEU
Joachim Nagel | | Nagel | DEU
Julia Klöckner | Julia Kloeckner | Klöckner | DEU
Carsten Breuer | | Breuer | DEU
Francesco Cossiga | | Cossiga | ITA
Oscar Luigi Scalfaro | | Scalfaro | ITA
Carlo Azeglio Ciampi | | Ciampi | ITA
Giorgio Napolitano | | Napolitano | ITA
Sergio Mattarella | Mattarella | | ITA
Giulio Andreotti | | Andreotti | ITA
Giuliano Amato | | Amato | ITA
Silvio Berlusconi | Berlusconi | | ITA
Lamberto Dini | | Dini | ITA
Romano Prodi | | Prodi | ITA
Massimo D'Alema | | D'Alema | ITA
Mario Monti | | Monti | ITA
Enrico Letta | | Letta | ITA
Matteo Renzi | | Renzi | ITA
Paolo Gentiloni | | Gentiloni | ITA
Giuseppe Conte | | Conte | ITA
Mario Draghi | | Draghi | ITA
Antonio Tajani | | Tajani | ITA
Matteo Salvini | Salvini | | ITA
Luigi Di Maio | | Di Maio | ITA
Guido Crosetto | | Crosetto | ITA
Giancarlo Giorgetti | | Giorgetti | ITA
Federica Mogherini | | Mogherini | ITA
Ignazio Visco | | Visco | ITA
Fabio Panetta | | Panetta | ITA
Juan Carlos I | King Juan Carlos | - | ESP
Felipe VI | King Felipe VI; King Felipe | - | ESP
Felipe González | Felipe Gonzalez | González | ESP
José María Aznar | Jose Maria Aznar | Aznar | ESP
José Luis Rodríguez Zapatero | Jose Luis Rodriguez Zapatero; Zapatero | | ESP
Mariano Rajoy | Rajoy | | ESP
Pedro Sánchez | Pedro Sanchez | Sánchez; Sanchez | ESP
José Manuel Albares | Jose Manuel Albares | Albares | ESP
Josep Borrell | Borrell | | ESP
Margarita Robles | | Robles | ESP
Nadia Calviño | Nadia Calvino | Calviño | ESP
Luis de Guindos | | de Guindos | ESP
Carles Puigdemont | Puigdemont | | ESP
Alberto Núñez Feijóo | Alberto Nunez Feijoo; Feijóo; Feijoo | | ESP
Santiago Abascal | | Abascal | ESP
Javier Solana | | Solana | ESP
Mário Soares | Mario Soares | Soares | PRT
Jorge Sampaio | | Sampaio | PRT
Aníbal Cavaco Silva | Anibal Cavaco Silva; Cavaco Silva | | PRT
Marcelo Rebelo de Sousa | Rebelo de Sousa | | PRT
José Manuel Durão Barroso | José Manuel Barroso; Jose Manuel Barroso; Jose Manuel Durao Barroso | Barroso | PRT
José Sócrates | Jose Socrates | Sócrates | PRT
Pedro Passos Coelho | | Passos Coelho | PRT
António Costa | Antonio Costa | Costa | PRT
Luís Montenegro | Luis Montenegro | - | PRT
Beatrix | Queen Beatrix | - | NLD
Willem-Alexander | King Willem-Alexander | - | NLD
Ruud Lubbers | | Lubbers | NLD
Wim Kok | | Kok | NLD
Jan Peter Balkenende | | Balkenende | NLD
Dick Schoof | | Schoof | NLD
Geert Wilders | Wilders | | NLD
Rob Jetten | | Jetten | NLD
Jeroen Dijsselbloem | Dijsselbloem | | NLD
Frans Timmermans | | Timmermans | NLD
Wopke Hoekstra | | Hoekstra | NLD
Ruben Brekelmans | | Brekelmans | NLD
Albert II of Belgium | King Albert II | - | BEL
Philippe of Belgium | King Philippe | - | BEL
Jean of Luxembourg | Grand Duke Jean | - | LUX
Henri of Luxembourg | Grand Duke Henri | - | LUX
Guillaume of Luxembourg | Grand Duke Guillaume | - | LUX
Guy Verhofstadt | Verhofstadt | | BEL
Herman Van Rompuy | Van Rompuy | | BEL
Charles Michel | | Michel | BEL
Alexander De Croo | | De Croo | BEL
Bart De Wever | | De Wever | BEL
Jean-Luc Dehaene | | Dehaene | BEL
Elio Di Rupo | | Di Rupo | BEL
Yves Leterme | | Leterme | BEL
Didier Reynders | | Reynders | BEL
Jean-Claude Juncker | Juncker | | LUX
Xavier Bettel | | Bettel | LUX
Luc Frieden | | Frieden | LUX
Jacques Santer | | Santer | LUX
Alain Berset | | Berset | CHE
Ignazio Cassis | | Cassis | CHE
Karin Keller-Sutter | | Keller-Sutter | CHE
Guy Parmelin | | Parmelin | CHE
Viola Amherd | | Amherd | CHE
Alexander Van der Bellen | | Van der Bellen | AUT
Sebastian Kurz | | Kurz | AUT
Karl Nehammer | | Nehammer | AUT
Christian Stocker | | Stocker | AUT
Alexander Schallenberg | | Schallenberg | AUT
Herbert Kickl | Kickl | | AUT
Beate Meinl-Reisinger | | Meinl-Reisinger | AUT
Michael D. Higgins | Michael Higgins | Higgins | IRL
Catherine Connolly | | Connolly | IRL
Mary Robinson | | Robinson | IRL
Mary McAleese | | McAleese | IRL
Bertie Ahern | | Ahern | IRL
Enda Kenny | | Kenny | IRL
Leo Varadkar | Varadkar | | IRL
Micheál Martin | Micheal Martin | Martin | IRL
Simon Harris | | Harris | IRL
Paschal Donohoe | | Donohoe | IRL
Simon Coveney | | Coveney | IRL
"""

CURATED_ROLE_BLOCKS.append(("united kingdom", r"""
@GBR queen
1952-02-06 2022-09-08 Elizabeth II
@GBR king
2022-09-08 .. Charles III
@GBR prince of wales
1958-07-26 2022-09-08 Charles III
2022-09-09 .. Prince William
@GBR prime minister
1979-05-04 1990-11-28 Margaret Thatcher
1990-11-28 1997-05-02 John Major
1997-05-02 2007-06-27 Tony Blair
2007-06-27 2010-05-11 Gordon Brown
2010-05-11 2016-07-13 David Cameron
2016-07-13 2019-07-24 Theresa May
2019-07-24 2022-09-06 Boris Johnson
2022-09-06 2022-10-25 Liz Truss
2022-10-25 2024-07-05 Rishi Sunak
2024-07-05 .. Keir Starmer
@GBR deputy prime minister
1997-05-02 2007-06-27 John Prescott
2010-05-11 2015-05-08 Nick Clegg
2021-09-15 2022-09-06 Dominic Raab
2024-07-05 2025-09-05 Angela Rayner
2025-09-05 .. David Lammy
@GBR foreign secretary
1989-10-26 1995-07-05 Douglas Hurd
1995-07-05 1997-05-02 Malcolm Rifkind
1997-05-02 2001-06-08 Robin Cook
2001-06-08 2006-05-05 Jack Straw
2006-05-05 2007-06-27 Margaret Beckett
2007-06-28 2010-05-11 David Miliband
2010-05-12 2014-07-14 William Hague
2014-07-14 2016-07-13 Philip Hammond
2016-07-13 2018-07-09 Boris Johnson
2018-07-09 2019-07-24 Jeremy Hunt
2019-07-24 2021-09-15 Dominic Raab
2021-09-15 2022-09-06 Liz Truss
2022-09-06 2023-11-13 James Cleverly
2023-11-13 2024-07-05 David Cameron
2024-07-05 2025-09-05 David Lammy
2025-09-05 .. Yvette Cooper
@GBR defence secretary
1992-04-10 1995-07-05 Malcolm Rifkind
1995-07-05 1997-05-02 Michael Portillo
1997-05-03 1999-10-11 George Robertson
1999-10-11 2005-05-06 Geoff Hoon
2005-05-06 2006-05-05 John Reid
2006-05-05 2008-10-03 Des Browne
2008-10-03 2009-06-05 John Hutton
2009-06-05 2010-05-11 Bob Ainsworth
2010-05-12 2011-10-14 Liam Fox
2011-10-14 2014-07-15 Philip Hammond
2014-07-15 2017-11-01 Michael Fallon
2017-11-02 2019-05-01 Gavin Williamson
2019-05-01 2019-07-24 Penny Mordaunt
2019-07-24 2023-08-31 Ben Wallace
2023-08-31 2024-07-05 Grant Shapps
2024-07-05 .. John Healey
@GBR chancellor of the exchequer
1989-10-26 1990-11-28 John Major
1990-11-28 1993-05-27 Norman Lamont
1993-05-27 1997-05-02 Kenneth Clarke
1997-05-02 2007-06-27 Gordon Brown
2007-06-28 2010-05-11 Alistair Darling
2010-05-11 2016-07-13 George Osborne
2016-07-13 2019-07-24 Philip Hammond
2019-07-24 2020-02-13 Sajid Javid
2020-02-13 2022-07-05 Rishi Sunak
2022-07-05 2022-09-06 Nadhim Zahawi
2022-09-06 2022-10-14 Kwasi Kwarteng
2022-10-14 2024-07-05 Jeremy Hunt
2024-07-05 .. Rachel Reeves
@GBR home secretary
2010-05-12 2016-07-13 Theresa May
2016-07-13 2018-04-29 Amber Rudd
2018-04-30 2019-07-24 Sajid Javid
2019-07-24 2022-09-06 Priti Patel
2022-09-06 2022-10-19 Suella Braverman
2022-10-25 2023-11-13 Suella Braverman
2023-11-13 2024-07-05 James Cleverly
2024-07-05 2025-09-05 Yvette Cooper
2025-09-05 .. Shabana Mahmood
@bank-of-england governor
1993-07-01 2003-06-30 Eddie George
2003-07-01 2013-06-30 Mervyn King
2013-07-01 2020-03-15 Mark Carney
2020-03-16 .. Andrew Bailey
@GBR chief of the defence staff
2018-06-14 2021-11-30 Nick Carter
2021-11-30 2025-09 Tony Radakin
2025-09 .. Richard Knighton
@GBR national security adviser
2024-11 .. Jonathan Powell
@GBR ambassador to the united states
2025-02 2025-09-11 Peter Mandelson
@GBR leader of the opposition
2010-09-25 2015-05-08 Ed Miliband
2015-09-12 2020-04-04 Jeremy Corbyn
2020-04-04 2024-07-05 Keir Starmer
2024-11-02 .. Kemi Badenoch
@conservative-party leader
2024-11-02 .. Kemi Badenoch
@labour-party leader
2015-09-12 2020-04-04 Jeremy Corbyn
2020-04-04 .. Keir Starmer
@reform-uk leader
2024-06-03 .. Nigel Farage
@liberal-democrats leader
2020-08-27 .. Ed Davey
@GBR first minister of scotland
2007-05-16 2014-11-19 Alex Salmond
2014-11-20 2023-03-28 Nicola Sturgeon
2023-03-28 2024-05-07 Humza Yousaf
2024-05-07 .. John Swinney
@GBR first minister of wales
2018-12-13 2024-03-20 Mark Drakeford
2024-08-06 .. Eluned Morgan
@GBR first minister of northern ireland
2024-02-03 .. Michelle O'Neill
@GBR mayor of london
2000-05-04 2008-05-04 Ken Livingstone
2008-05-04 2016-05-09 Boris Johnson
2016-05-09 .. Sadiq Khan
@GBR secretary of state for energy
2024-07-05 .. Ed Miliband
"""))

CURATED_ROLE_BLOCKS.append(("france", r"""
@FRA president
1981-05-21 1995-05-17 François Mitterrand
1995-05-17 2007-05-16 Jacques Chirac
2007-05-16 2012-05-15 Nicolas Sarkozy
2012-05-15 2017-05-14 François Hollande
2017-05-14 .. Emmanuel Macron
@FRA prime minister
1988-05-10 1991-05-15 Michel Rocard
1991-05-15 1992-04-02 Édith Cresson
1992-04-02 1993-03-29 Pierre Bérégovoy
1993-03-29 1995-05-17 Édouard Balladur
1995-05-17 1997-06-02 Alain Juppé
1997-06-02 2002-05-06 Lionel Jospin
2002-05-06 2005-05-31 Jean-Pierre Raffarin
2005-05-31 2007-05-17 Dominique de Villepin
2007-05-17 2012-05-15 François Fillon
2012-05-15 2014-03-31 Jean-Marc Ayrault
2014-03-31 2016-12-06 Manuel Valls
2016-12-06 2017-05-15 Bernard Cazeneuve
2017-05-15 2020-07-03 Édouard Philippe
2020-07-03 2022-05-16 Jean Castex
2022-05-16 2024-01-09 Élisabeth Borne
2024-01-09 2024-09-05 Gabriel Attal
2024-09-05 2024-12-13 Michel Barnier
2024-12-13 2025-09-09 François Bayrou
2025-09-09 .. Sébastien Lecornu
@FRA foreign minister
1993-03-30 1995-05-17 Alain Juppé
1995-05-18 1997-06-02 Hervé de Charette
1997-06-04 2002-05-07 Hubert Védrine
2002-05-07 2004-03-31 Dominique de Villepin
2004-03-31 2005-06-02 Michel Barnier
2005-06-02 2007-05-18 Philippe Douste-Blazy
2007-05-18 2010-11-14 Bernard Kouchner
2010-11-14 2011-02-27 Michèle Alliot-Marie
2011-02-27 2012-05-16 Alain Juppé
2012-05-16 2016-02-11 Laurent Fabius
2016-02-11 2017-05-17 Jean-Marc Ayrault
2017-05-17 2022-05-20 Jean-Yves Le Drian
2022-05-20 2024-01-11 Catherine Colonna
2024-01-11 2024-09-21 Stéphane Séjourné
2024-09-21 .. Jean-Noël Barrot
@FRA defence minister
2002-05-07 2007-05-18 Michèle Alliot-Marie
2007-05-18 2010-11-14 Hervé Morin
2010-11-14 2011-02-27 Alain Juppé
2011-02-27 2012-05-16 Gérard Longuet
2012-05-16 2017-05-17 Jean-Yves Le Drian
2017-05-17 2017-06-21 Sylvie Goulard
2017-06-21 2022-05-20 Florence Parly
2022-05-20 2025-09-09 Sébastien Lecornu
2025-10-12 .. Catherine Vautrin
@FRA finance minister
1997-06-04 1999-11-02 Dominique Strauss-Kahn
2004-03-31 2004-11-29 Nicolas Sarkozy
2007-06-19 2011-06-29 Christine Lagarde
2012-05-16 2014-04-02 Pierre Moscovici
2014-04-02 2017-05-17 Michel Sapin
2017-05-17 2024-09-21 Bruno Le Maire
2024-09-21 2024-12-23 Antoine Armand
2024-12-23 2025-10-12 Éric Lombard
2025-10-12 .. Roland Lescure
@FRA economy minister
2014-08-26 2016-08-30 Emmanuel Macron
@FRA interior minister
2002-05-07 2004-03-31 Nicolas Sarkozy
2005-06-02 2007-03-26 Nicolas Sarkozy
2020-07-06 2024-09-21 Gérald Darmanin
2024-09-21 2025-10-12 Bruno Retailleau
2025-10-12 .. Laurent Nuñez
@FRA justice minister
2024-12-23 .. Gérald Darmanin
@banque-de-france governor
1993-09 2003-10-31 Jean-Claude Trichet
2003-11-01 2015-10-31 Christian Noyer
2015-11-01 .. François Villeroy de Galhau
@FRA chief of the defence staff
2021-07-22 2025-08-31 Thierry Burkhard
2025-09-01 .. Fabien Mandon
@national-rally president
1972-10-05 2011-01-16 Jean-Marie Le Pen
2011-01-16 2022-11-05 Marine Le Pen
2022-11-05 .. Jordan Bardella
@la-france-insoumise leader
2016-02 .. Jean-Luc Mélenchon
@FRA mayor of paris
1977-03-25 1995-05-16 Jacques Chirac
2014-04-05 .. Anne Hidalgo
"""))

CURATED_ROLE_BLOCKS.append(("germany, austria, switzerland", r"""
@DEU president
1984-07-01 1994-06-30 Richard von Weizsäcker
1994-07-01 1999-06-30 Roman Herzog
1999-07-01 2004-06-30 Johannes Rau
2004-07-01 2010-05-31 Horst Köhler
2010-06-30 2012-02-17 Christian Wulff
2012-03-18 2017-03-18 Joachim Gauck
2017-03-19 .. Frank-Walter Steinmeier
@DEU chancellor
1982-10-01 1998-10-27 Helmut Kohl
1998-10-27 2005-11-22 Gerhard Schröder
2005-11-22 2021-12-08 Angela Merkel
2021-12-08 2025-05-06 Olaf Scholz
2025-05-06 .. Friedrich Merz
@DEU vice chancellor
2021-12-08 2025-05-06 Robert Habeck
2025-05-06 .. Lars Klingbeil
2018-03-14 2021-12-08 Olaf Scholz
@DEU foreign minister
1974-05-17 1992-05-17 Hans-Dietrich Genscher
1992-05-18 1998-10-26 Klaus Kinkel
1998-10-27 2005-11-22 Joschka Fischer
2005-11-22 2009-10-28 Frank-Walter Steinmeier
2009-10-28 2013-12-17 Guido Westerwelle
2013-12-17 2017-01-27 Frank-Walter Steinmeier
2017-01-27 2018-03-14 Sigmar Gabriel
2018-03-14 2021-12-08 Heiko Maas
2021-12-08 2025-05-06 Annalena Baerbock
2025-05-06 .. Johann Wadephul
@DEU defence minister
1992-04-01 1998-10-26 Volker Rühe
1998-10-27 2002-07-19 Rudolf Scharping
2002-07-19 2005-11-22 Peter Struck
2005-11-22 2009-10-28 Franz Josef Jung
2009-10-28 2011-03-03 Karl-Theodor zu Guttenberg
2011-03-03 2013-12-17 Thomas de Maizière
2013-12-17 2019-07-17 Ursula von der Leyen
2019-07-17 2021-12-08 Annegret Kramp-Karrenbauer
2021-12-08 2023-01-19 Christine Lambrecht
2023-01-19 .. Boris Pistorius
@DEU finance minister
1989-04-21 1998-10-26 Theo Waigel
1998-10-27 1999-03-18 Oskar Lafontaine
1999-04-12 2005-11-22 Hans Eichel
2005-11-22 2009-10-28 Peer Steinbrück
2009-10-28 2017-10-24 Wolfgang Schäuble
2018-03-14 2021-12-08 Olaf Scholz
2021-12-08 2024-11-07 Christian Lindner
2024-11-07 2025-05-06 Jörg Kukies
2025-05-06 .. Lars Klingbeil
@DEU president of the bundestag
2017-10-24 2021-10-26 Wolfgang Schäuble
2021-10-26 2025-03-25 Bärbel Bas
2025-03-25 .. Julia Klöckner
@DEU chief of defence
2023-03-17 .. Carsten Breuer
@bundesbank president
2004-04-30 2011-04-30 Axel Weber
2011-05-01 2021-12-31 Jens Weidmann
2022-01-01 .. Joachim Nagel
@alternative-for-germany co-leader
2022-06-18 .. Alice Weidel
@DEU minister-president of bavaria
2018-03-16 .. Markus Söder
@AUT president
1986-07-08 1992-07-08 Kurt Waldheim
1992-07-08 2004-07-06 Thomas Klestil
2004-07-08 2016-07-08 Heinz Fischer
2017-01-26 .. Alexander Van der Bellen
@AUT chancellor
1986-06-16 1997-01-28 Franz Vranitzky
1997-01-28 2000-02-04 Viktor Klima
2000-02-04 2007-01-11 Wolfgang Schüssel
2007-01-11 2008-12-02 Alfred Gusenbauer
2008-12-02 2016-05-09 Werner Faymann
2016-05-17 2017-12-18 Christian Kern
2017-12-18 2019-05-28 Sebastian Kurz
2019-06-03 2020-01-07 Brigitte Bierlein
2020-01-07 2021-10-11 Sebastian Kurz
2021-10-11 2021-12-06 Alexander Schallenberg
2021-12-06 2025-01-10 Karl Nehammer
2025-01-10 2025-03-03 Alexander Schallenberg {acting chancellor}
2025-03-03 .. Christian Stocker
@AUT foreign minister
2019-06-03 2021-10-11 Alexander Schallenberg
2021-12-06 2025-03-03 Alexander Schallenberg
2025-03-03 .. Beate Meinl-Reisinger
@freedom-party-of-austria leader
2021-06-19 .. Herbert Kickl
@CHE president of the confederation
1990 1990 Arnold Koller
1991 1991 Flavio Cotti
1992 1992 René Felber
1993 1993 Adolf Ogi
1994 1994 Otto Stich
1995 1995 Kaspar Villiger
1996 1996 Jean-Pascal Delamuraz
1997 1997 Arnold Koller
1998 1998 Flavio Cotti
1999 1999 Ruth Dreifuss
2000 2000 Adolf Ogi
2001 2001 Moritz Leuenberger
2002 2002 Kaspar Villiger
2003 2003 Pascal Couchepin
2004 2004 Joseph Deiss
2005 2005 Samuel Schmid
2006 2006 Moritz Leuenberger
2007 2007 Micheline Calmy-Rey
2008 2008 Pascal Couchepin
2009 2009 Hans-Rudolf Merz
2010 2010 Doris Leuthard
2011 2011 Micheline Calmy-Rey
2012 2012 Eveline Widmer-Schlumpf
2013 2013 Ueli Maurer
2014 2014 Didier Burkhalter
2015 2015 Simonetta Sommaruga
2016 2016 Johann Schneider-Ammann
2017 2017 Doris Leuthard
2018 2018 Alain Berset
2019 2019 Ueli Maurer
2020 2020 Simonetta Sommaruga
2021 2021 Guy Parmelin
2022 2022 Ignazio Cassis
2023 2023 Alain Berset
2024 2024 Viola Amherd
2025 2025 Karin Keller-Sutter
2026 2026 Guy Parmelin
@CHE foreign minister
2017-11-01 .. Ignazio Cassis
2003-01-01 2011-12-31 Micheline Calmy-Rey
2012-01-01 2017-10-31 Didier Burkhalter
@council-of-europe secretary general
2024-09-18 .. Alain Berset
"""))

CURATED_ROLE_BLOCKS.append(("italy, iberia, benelux, ireland", r"""
@ITA president
1985-07-03 1992-04-28 Francesco Cossiga
1992-05-28 1999-05-15 Oscar Luigi Scalfaro
1999-05-18 2006-05-15 Carlo Azeglio Ciampi
2006-05-15 2015-01-14 Giorgio Napolitano
2015-02-03 .. Sergio Mattarella
@ITA prime minister
1989-07-22 1992-06-28 Giulio Andreotti
1992-06-28 1993-04-29 Giuliano Amato
1993-04-29 1994-05-10 Carlo Azeglio Ciampi
1994-05-10 1995-01-17 Silvio Berlusconi
1995-01-17 1996-05-18 Lamberto Dini
1996-05-18 1998-10-21 Romano Prodi
1998-10-21 2000-04-26 Massimo D'Alema
2000-04-26 2001-06-11 Giuliano Amato
2001-06-11 2006-05-17 Silvio Berlusconi
2006-05-17 2008-05-08 Romano Prodi
2008-05-08 2011-11-16 Silvio Berlusconi
2011-11-16 2013-04-28 Mario Monti
2013-04-28 2014-02-22 Enrico Letta
2014-02-22 2016-12-12 Matteo Renzi
2016-12-12 2018-06-01 Paolo Gentiloni
2018-06-01 2021-02-13 Giuseppe Conte
2021-02-13 2022-10-22 Mario Draghi
2022-10-22 .. Giorgia Meloni
@ITA deputy prime minister
2018-06-01 2019-09-05 Matteo Salvini
2022-10-22 .. Matteo Salvini
2022-10-22 .. Antonio Tajani
2018-06-01 2019-09-05 Luigi Di Maio
@ITA foreign minister
2006-05-17 2008-05-08 Massimo D'Alema
2008-05-08 2011-11-16 Franco Frattini
2014-02-22 2014-10-31 Federica Mogherini
2014-10-31 2016-12-12 Paolo Gentiloni
2016-12-12 2018-06-01 Angelino Alfano
2019-09-05 2022-10-22 Luigi Di Maio
2022-10-22 .. Antonio Tajani
@ITA interior minister
2018-06-01 2019-09-05 Matteo Salvini
@ITA defence minister
2019-09-05 2022-10-22 Lorenzo Guerini
2022-10-22 .. Guido Crosetto
@ITA finance minister
2008-05-08 2011-11-16 Giulio Tremonti
2014-02-22 2018-06-01 Pier Carlo Padoan
2019-09-05 2021-02-13 Roberto Gualtieri
2021-02-13 2022-10-22 Daniele Franco
2022-10-22 .. Giancarlo Giorgetti
@bank-of-italy governor
1993-05 2005-12 Antonio Fazio
2006-01-16 2011-10-31 Mario Draghi
2011-11-01 2023-10-31 Ignazio Visco
2023-11-01 .. Fabio Panetta
@ESP king
1975-11-22 2014-06-19 Juan Carlos I
2014-06-19 .. Felipe VI
@ESP prime minister
1982-12-02 1996-05-05 Felipe González
1996-05-05 2004-04-17 José María Aznar
2004-04-17 2011-12-21 José Luis Rodríguez Zapatero
2011-12-21 2018-06-02 Mariano Rajoy
2018-06-02 .. Pedro Sánchez
@ESP foreign minister
1992-07 1995-12 Javier Solana
2004-04-18 2010-10-21 Miguel Ángel Moratinos
2018-06-07 2019-11-29 Josep Borrell
2020-01-13 2021-07-12 Arancha González Laya
2021-07-12 .. José Manuel Albares
@ESP defence minister
2018-06-07 .. Margarita Robles
@ESP economy minister
2011-12-22 2018-03-08 Luis de Guindos
2018-06-07 2023-12-29 Nadia Calviño
2023-12-29 .. Carlos Cuerpo
@ESP finance minister
2018-06-07 .. María Jesús Montero
@ESP president of catalonia
2016-01-12 2017-10-27 Carles Puigdemont
2024-08-10 .. Salvador Illa
@peoples-party leader
2022-04-02 .. Alberto Núñez Feijóo
@vox leader
2014-09-20 .. Santiago Abascal
@PRT president
1986-03-09 1996-03-09 Mário Soares
1996-03-09 2006-03-09 Jorge Sampaio
2006-03-09 2016-03-09 Aníbal Cavaco Silva
2016-03-09 .. Marcelo Rebelo de Sousa
@PRT prime minister
1985-11-06 1995-10-28 Aníbal Cavaco Silva
1995-10-28 2002-04-06 António Guterres
2002-04-06 2004-07-17 José Manuel Durão Barroso
2004-07-17 2005-03-12 Pedro Santana Lopes
2005-03-12 2011-06-21 José Sócrates
2011-06-21 2015-11-26 Pedro Passos Coelho
2015-11-26 2024-04-02 António Costa
2024-04-02 .. Luís Montenegro
@PRT foreign minister
2024-04-02 .. Paulo Rangel
@NLD queen
1980-04-30 2013-04-30 Beatrix
@NLD king
2013-04-30 .. Willem-Alexander
@NLD prime minister
1982-11-04 1994-08-22 Ruud Lubbers
1994-08-22 2002-07-22 Wim Kok
2002-07-22 2010-10-14 Jan Peter Balkenende
2010-10-14 2024-07-02 Mark Rutte
2024-07-02 .. Dick Schoof
@NLD foreign minister
2012-11-05 2014-11-01 Frans Timmermans
2022-01-10 2023-09-05 Wopke Hoekstra
2023-09-05 2024-07-02 Hanke Bruins Slot
2024-07-02 2025-08-22 Caspar Veldkamp
2025-08 .. David van Weel
@NLD defence minister
2024-07-02 .. Ruben Brekelmans
@NLD finance minister
2012-11-05 2017-10-26 Jeroen Dijsselbloem
2017-10-26 2022-01-10 Wopke Hoekstra
2024-07-02 .. Eelco Heinen
@party-for-freedom leader
2006-02-22 .. Geert Wilders
@democrats-66 leader
2023-08 .. Rob Jetten
@eurogroup president
2013-01-21 2018-01-12 Jeroen Dijsselbloem /NLD
2018-01-12 2020-07-12 Mário Centeno /PRT
2020-07-13 2025-11 Paschal Donohoe /IRL
@BEL king
1951-07-17 1993-07-31 Baudouin
1993-08-09 2013-07-21 Albert II of Belgium
2013-07-21 .. Philippe of Belgium
@BEL prime minister
1981-12-17 1992-03-07 Wilfried Martens
1992-03-07 1999-07-12 Jean-Luc Dehaene
1999-07-12 2008-03-20 Guy Verhofstadt
2008-03-20 2008-12-30 Yves Leterme
2008-12-30 2009-11-25 Herman Van Rompuy
2009-11-25 2011-12-06 Yves Leterme
2011-12-06 2014-10-11 Elio Di Rupo
2014-10-11 2019-10-27 Charles Michel
2019-10-27 2020-10-01 Sophie Wilmès
2020-10-01 2025-02-03 Alexander De Croo
2025-02-03 .. Bart De Wever
@BEL foreign minister
2011-12-06 2019-11-30 Didier Reynders
2022-07-15 2024-12-01 Hadja Lahbib
2025-02-03 .. Maxime Prévot
@BEL defence minister
2025-02-03 .. Theo Francken
@LUX grand duke
1964-11-12 2000-10-07 Jean of Luxembourg
2000-10-07 2025-10-03 Henri of Luxembourg
2025-10-03 .. Guillaume of Luxembourg
@LUX prime minister
1984-07-20 1995-01-26 Jacques Santer
1995-01-26 2013-12-04 Jean-Claude Juncker
2013-12-04 2023-11-17 Xavier Bettel
2023-11-17 .. Luc Frieden
@LUX foreign minister
2004-07-31 2023-11-17 Jean Asselborn
2023-11-17 .. Xavier Bettel
@IRL president
1990-12-03 1997-09-12 Mary Robinson
1997-11-11 2011-11-10 Mary McAleese
2011-11-11 2025-11-10 Michael D. Higgins
2025-11-11 .. Catherine Connolly
@IRL prime minister
1987-03-10 1992-02-11 Charles Haughey
1992-02-11 1994-12-15 Albert Reynolds
1994-12-15 1997-06-26 John Bruton
1997-06-26 2008-05-07 Bertie Ahern
2008-05-07 2011-03-09 Brian Cowen
2011-03-09 2017-06-14 Enda Kenny
2017-06-14 2020-06-27 Leo Varadkar
2020-06-27 2022-12-17 Micheál Martin
2022-12-17 2024-04-09 Leo Varadkar
2024-04-09 2025-01-23 Simon Harris
2025-01-23 .. Micheál Martin
@IRL deputy prime minister
2025-01-23 .. Simon Harris
@IRL foreign minister
2017-06-14 2022-12-17 Simon Coveney
2022-12-17 2025-01-23 Micheál Martin
@IRL finance minister
2017-06-14 2022-12-17 Paschal Donohoe
2025-01-23 2025-11 Paschal Donohoe
"""))

CURATED_PEOPLE += r"""
Harald V | King Harald V; King Harald | - | NOR
Gro Harlem Brundtland | Brundtland | | NOR
Erna Solberg | | Solberg | NOR
Jonas Gahr Støre | Jonas Gahr Store; Støre; Gahr Støre | | NOR
Espen Barth Eide | | Barth Eide | NOR
Carl XVI Gustaf | King Carl XVI Gustaf; King Carl Gustaf | - | SWE
Carl Bildt | | Bildt | SWE
Göran Persson | Goran Persson | Persson | SWE
Fredrik Reinfeldt | | Reinfeldt | SWE
Stefan Löfven | Stefan Lofven | Löfven | SWE
Magdalena Andersson | | Andersson | SWE
Ulf Kristersson | | Kristersson | SWE
Margrethe II | Queen Margrethe II; Queen Margrethe | - | DNK
Frederik X | King Frederik X; King Frederik | - | DNK
Anders Fogh Rasmussen | | Rasmussen | DNK
Lars Løkke Rasmussen | Lars Lokke Rasmussen | Løkke Rasmussen; Rasmussen | DNK
Helle Thorning-Schmidt | | Thorning-Schmidt | DNK
Mette Frederiksen | | Frederiksen | DNK
Martti Ahtisaari | | Ahtisaari | FIN
Tarja Halonen | | Halonen | FIN
Sauli Niinistö | Sauli Niinisto | Niinistö; Niinisto | FIN
Alexander Stubb | | Stubb | FIN
Sanna Marin | | Marin | FIN
Petteri Orpo | | Orpo | FIN
Elina Valtonen | | Valtonen | FIN
Kaja Kallas | | Kallas | EST
Alar Karis | | Karis | EST
Kristen Michal | | Michal | EST
Toomas Hendrik Ilves | | Ilves | EST
Edgars Rinkēvičs | Edgars Rinkevics | Rinkēvičs; Rinkevics | LVA
Evika Siliņa | Evika Silina | Siliņa; Silina | LVA
Valdis Dombrovskis | Dombrovskis | | LVA
Krišjānis Kariņš | Krisjanis Karins | Kariņš; Karins | LVA
Gitanas Nausėda | Gitanas Nauseda | Nausėda; Nauseda | LTU
Dalia Grybauskaitė | Dalia Grybauskaite | Grybauskaitė; Grybauskaite | LTU
Gabrielius Landsbergis | | Landsbergis | LTU
Vytautas Landsbergis | | Landsbergis | LTU
Andrius Kubilius | | Kubilius | LTU
Ingrida Šimonytė | Ingrida Simonyte | Šimonytė; Simonyte | LTU
Lech Wałęsa | Lech Walesa; Wałęsa; Walesa | | POL
Aleksander Kwaśniewski | Aleksander Kwasniewski | Kwaśniewski; Kwasniewski | POL
Lech Kaczyński | Lech Kaczynski | Kaczyński; Kaczynski | POL
Jarosław Kaczyński | Jaroslaw Kaczynski | Kaczyński; Kaczynski | POL
Bronisław Komorowski | Bronislaw Komorowski | Komorowski | POL
Andrzej Duda | | Duda | POL
Karol Nawrocki | | Nawrocki | POL
Donald Tusk | Tusk | | POL
Mateusz Morawiecki | Morawiecki | | POL
Beata Szydło | Beata Szydlo | Szydło; Szydlo | POL
Radosław Sikorski | Radoslaw Sikorski; Radek Sikorski | Sikorski | POL
Władysław Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz | Kosiniak-Kamysz | POL
Mariusz Błaszczak | Mariusz Blaszczak | Błaszczak; Blaszczak | POL
Václav Havel | Vaclav Havel | Havel | CZE
Václav Klaus | Vaclav Klaus | Klaus | CZE
Miloš Zeman | Milos Zeman | Zeman | CZE
Petr Pavel | | Pavel | CZE
Andrej Babiš | Andrej Babis; Babiš; Babis | | CZE
Petr Fiala | | Fiala | CZE
Robert Fico | Fico | | SVK
Peter Pellegrini | | Pellegrini | SVK
Zuzana Čaputová | Zuzana Caputova | Čaputová; Caputova | SVK
Vladimír Mečiar | Vladimir Meciar | Mečiar; Meciar | SVK
Katalin Novák | Katalin Novak | Novák | HUN
Tamás Sulyok | Tamas Sulyok | Sulyok | HUN
Péter Szijjártó | Peter Szijjarto; Szijjártó; Szijjarto | | HUN
Péter Magyar | Peter Magyar | Magyar | HUN
Ion Iliescu | Iliescu | | ROU
Traian Băsescu | Traian Basescu | Băsescu; Basescu | ROU
Klaus Iohannis | Iohannis; Klaus Johannis | | ROU
Nicușor Dan | Nicusor Dan | - | ROU
Ilie Bolojan | | Bolojan | ROU
Marcel Ciolacu | | Ciolacu | ROU
Rumen Radev | | Radev | BGR
Boyko Borisov | | Borisov | BGR
Kyriakos Mitsotakis | | Mitsotakis | GRC
Alexis Tsipras | Tsipras | | GRC
Antonis Samaras | | Samaras | GRC
George Papandreou | Georgios Papandreou | Papandreou | GRC
Yanis Varoufakis | Varoufakis | | GRC
Nikos Christodoulides | | Christodoulides | CYP
Nicos Anastasiades | | Anastasiades | CYP
Ersin Tatar | | Tatar | CYP
Tufan Erhürman | Tufan Erhurman | Erhürman | CYP
Roberta Metsola | | Metsola | MLT
Robert Abela | | Abela | MLT
Joseph Muscat | | Muscat | MLT
Janez Janša | Janez Jansa | Janša; Jansa | SVN
Robert Golob | | Golob | SVN
Borut Pahor | | Pahor | SVN
Franjo Tuđman | Franjo Tudjman; Tuđman; Tudjman | | HRV
Zoran Milanović | Zoran Milanovic | Milanović | HRV
Andrej Plenković | Andrej Plenkovic | Plenković | HRV
Kolinda Grabar-Kitarović | Kolinda Grabar-Kitarovic | Grabar-Kitarović | HRV
Slobodan Milošević | Slobodan Milosevic; Milošević; Milosevic | | SRB
Vojislav Koštunica | Vojislav Kostunica | Koštunica; Kostunica | SRB
Zoran Đinđić | Zoran Djindjic | Đinđić; Djindjic | SRB
Boris Tadić | Boris Tadic | Tadić | SRB
Aleksandar Vučić | Aleksandar Vucic; Vučić; Vucic | | SRB
Ana Brnabić | Ana Brnabic | Brnabić | SRB
Milo Đukanović | Milo Djukanovic; Đukanović; Djukanovic | | MNE
Jakov Milatović | Jakov Milatovic | Milatović | MNE
Hashim Thaçi | Hashim Thaci; Thaçi; Thaci | | XKX
Albin Kurti | Kurti | | XKX
Vjosa Osmani | | Osmani | XKX
Ibrahim Rugova | Rugova | | XKX
Milorad Dodik | Dodik | | BIH
Alija Izetbegović | Alija Izetbegovic | Izetbegović | BIH
Radovan Karadžić | Radovan Karadzic; Karadžić; Karadzic | | BIH
Ratko Mladić | Ratko Mladic; Mladić; Mladic | | BIH
Christian Schmidt | | Schmidt | DEU
Hristijan Mickoski | | Mickoski | MKD
Zoran Zaev | | Zaev | MKD
Nikola Gruevski | | Gruevski | MKD
Edi Rama | | Rama | ALB
Sali Berisha | | Berisha | ALB
Maia Sandu | | Sandu | MDA
Igor Dodon | | Dodon | MDA
Vladimir Voronin | | Voronin | MDA
Eduard Shevardnadze | Shevardnadze | | GEO
Mikheil Saakashvili | Mikhail Saakashvili; Saakashvili | | GEO
Salome Zourabichvili | Salome Zurabishvili | Zourabichvili | GEO
Mikheil Kavelashvili | | Kavelashvili | GEO
Bidzina Ivanishvili | Ivanishvili | | GEO
Irakli Kobakhidze | | Kobakhidze | GEO
Irakli Garibashvili | | Garibashvili | GEO
Nikol Pashinyan | Pashinyan; Nikol Pashinian | | ARM
Serzh Sargsyan | Serzh Sarkisian | Sargsyan | ARM
Robert Kocharyan | | Kocharyan | ARM
Levon Ter-Petrosyan | | Ter-Petrosyan | ARM
Ararat Mirzoyan | | Mirzoyan | ARM
Heydar Aliyev | | Aliyev | AZE
Ilham Aliyev | | Aliyev | AZE
Mehriban Aliyeva | | Aliyeva | AZE
Jeyhun Bayramov | | Bayramov | AZE
Nursultan Nazarbayev | Nazarbayev; Nursultan Nazarbaev | | KAZ
Kassym-Jomart Tokayev | Tokayev; Kassym-Zhomart Tokayev | | KAZ
Islam Karimov | | Karimov | UZB
Shavkat Mirziyoyev | Mirziyoyev | | UZB
Saparmurat Niyazov | Niyazov; Turkmenbashi | | TKM
Gurbanguly Berdimuhamedow | Gurbanguly Berdymukhamedov | Berdimuhamedow; Berdymukhamedov | TKM
Serdar Berdimuhamedow | Serdar Berdymukhamedov | Berdimuhamedow; Berdymukhamedov | TKM
Emomali Rahmon | Emomali Rakhmon; Emomali Rakhmonov | Rahmon | TJK
Askar Akayev | | Akayev | KGZ
Kurmanbek Bakiyev | | Bakiyev | KGZ
Almazbek Atambayev | | Atambayev | KGZ
Sadyr Japarov | Sadyr Zhaparov | Japarov | KGZ
Turgut Özal | Turgut Ozal | Özal; Ozal | TUR
Süleyman Demirel | Suleyman Demirel | Demirel | TUR
Ahmet Necdet Sezer | | Sezer | TUR
Abdullah Gül | Abdullah Gul | Gül; Gul | TUR
Tansu Çiller | Tansu Ciller | Çiller; Ciller | TUR
Bülent Ecevit | Bulent Ecevit | Ecevit | TUR
Necmettin Erbakan | | Erbakan | TUR
Mesut Yılmaz | Mesut Yilmaz | Yılmaz; Yilmaz | TUR
Ahmet Davutoğlu | Ahmet Davutoglu; Davutoğlu; Davutoglu | | TUR
Binali Yıldırım | Binali Yildirim | Yıldırım; Yildirim | TUR
Mevlüt Çavuşoğlu | Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu | | TUR
Hakan Fidan | | Fidan | TUR
Hulusi Akar | | Akar | TUR
Yaşar Güler | Yasar Guler | Güler; Guler | TUR
Mehmet Şimşek | Mehmet Simsek | Şimşek; Simsek | TUR
Berat Albayrak | | Albayrak | TUR
İbrahim Kalın | Ibrahim Kalin | Kalın; Kalin | TUR
Ekrem İmamoğlu | Ekrem Imamoglu; İmamoğlu; Imamoglu | | TUR
Kemal Kılıçdaroğlu | Kemal Kilicdaroglu; Kılıçdaroğlu; Kilicdaroglu | | TUR
Özgür Özel | Ozgur Ozel | Özel; Ozel | TUR
Devlet Bahçeli | Devlet Bahceli | Bahçeli; Bahceli | TUR
Cevdet Yılmaz | Cevdet Yilmaz | Yılmaz; Yilmaz | TUR
Fethullah Gülen | Fethullah Gulen | Gülen; Gulen | TUR
Fatih Karahan | | Karahan | TUR
Ali Babacan | | Babacan | TUR
Árpád Göncz | Arpad Goncz | Göncz | HUN
József Antall | Jozsef Antall | Antall | HUN
Gyula Horn | | Horn | HUN
Ferenc Gyurcsány | Ferenc Gyurcsany | Gyurcsány | HUN
"""

CURATED_ROLE_BLOCKS.append(("nordic and baltic", r"""
@NOR king
1957-09-21 1991-01-17 Olav V
1991-01-17 .. Harald V
@NOR prime minister
1990-11-03 1996-10-25 Gro Harlem Brundtland
1996-10-25 1997-10-17 Thorbjørn Jagland
1997-10-17 2000-03-17 Kjell Magne Bondevik
2000-03-17 2001-10-19 Jens Stoltenberg
2001-10-19 2005-10-17 Kjell Magne Bondevik
2005-10-17 2013-10-16 Jens Stoltenberg
2013-10-16 2021-10-14 Erna Solberg
2021-10-14 .. Jonas Gahr Støre
@NOR foreign minister
2005-10-17 2012-09-21 Jonas Gahr Støre
2013-10-16 2017-10-20 Børge Brende
2017-10-20 2021-10-14 Ine Eriksen Søreide
2021-10-14 2023-10-16 Anniken Huitfeldt
2023-10-16 .. Espen Barth Eide
@NOR finance minister
2025-02-04 .. Jens Stoltenberg
@world-economic-forum president
2017-10 .. Børge Brende /NOR
@SWE king
1973-09-15 .. Carl XVI Gustaf
@SWE prime minister
1986-03-12 1991-10-04 Ingvar Carlsson
1991-10-04 1994-10-07 Carl Bildt
1994-10-07 1996-03-22 Ingvar Carlsson
1996-03-22 2006-10-06 Göran Persson
2006-10-06 2014-10-03 Fredrik Reinfeldt
2014-10-03 2021-11-30 Stefan Löfven
2021-11-30 2022-10-18 Magdalena Andersson
2022-10-18 .. Ulf Kristersson
@SWE foreign minister
1998-10-07 2003-09-11 Anna Lindh
2006-10-06 2014-10-03 Carl Bildt
2014-10-03 2019-09-10 Margot Wallström
2019-09-10 2022-10-18 Ann Linde
2022-10-18 2024-09-10 Tobias Billström
2024-09-10 .. Maria Malmer Stenergard
@SWE defence minister
2022-10-18 .. Pål Jonson
@DNK queen
1972-01-14 2024-01-14 Margrethe II
@DNK king
2024-01-14 .. Frederik X
@DNK prime minister
1982-09-10 1993-01-25 Poul Schlüter
1993-01-25 2001-11-27 Poul Nyrup Rasmussen
2001-11-27 2009-04-05 Anders Fogh Rasmussen
2009-04-05 2011-10-03 Lars Løkke Rasmussen
2011-10-03 2015-06-28 Helle Thorning-Schmidt
2015-06-28 2019-06-27 Lars Løkke Rasmussen
2019-06-27 .. Mette Frederiksen
@DNK foreign minister
2022-12-15 .. Lars Løkke Rasmussen
@DNK defence minister
2023-02 .. Troels Lund Poulsen
@FIN president
1982-01-27 1994-03-01 Mauno Koivisto
1994-03-01 2000-03-01 Martti Ahtisaari
2000-03-01 2012-03-01 Tarja Halonen
2012-03-01 2024-03-01 Sauli Niinistö
2024-03-01 .. Alexander Stubb
@FIN prime minister
1991-04-26 1995-04-13 Esko Aho
1995-04-13 2003-04-17 Paavo Lipponen
2003-04-17 2003-06-24 Anneli Jäätteenmäki
2003-06-24 2010-06-22 Matti Vanhanen
2010-06-22 2011-06-22 Mari Kiviniemi
2011-06-22 2014-06-24 Jyrki Katainen
2014-06-24 2015-05-29 Alexander Stubb
2015-05-29 2019-06-06 Juha Sipilä
2019-06-06 2019-12-10 Antti Rinne
2019-12-10 2023-06-20 Sanna Marin
2023-06-20 .. Petteri Orpo
@FIN foreign minister
2019-06-06 2023-06-20 Pekka Haavisto
2023-06-20 .. Elina Valtonen
@ISL president
1980-08-01 1996-08-01 Vigdís Finnbogadóttir
1996-08-01 2016-07-31 Ólafur Ragnar Grímsson
2016-08-01 2024-07-31 Guðni Th. Jóhannesson
2024-08-01 .. Halla Tómasdóttir
@ISL prime minister
1991-04-30 2004-09-15 Davíð Oddsson
2004-09-15 2006-06-15 Halldór Ásgrímsson
2006-06-15 2009-02-01 Geir Haarde
2009-02-01 2013-05-23 Jóhanna Sigurðardóttir
2013-05-23 2016-04-07 Sigmundur Davíð Gunnlaugsson
2016-04-07 2017-01-11 Sigurður Ingi Jóhannsson
2017-01-11 2017-11-30 Bjarni Benediktsson
2017-11-30 2024-04-09 Katrín Jakobsdóttir
2024-04-09 2024-12-21 Bjarni Benediktsson
2024-12-21 .. Kristrún Frostadóttir
@EST president
1992-10-06 2001-10-08 Lennart Meri
2001-10-08 2006-10-09 Arnold Rüütel
2006-10-09 2016-10-10 Toomas Hendrik Ilves
2016-10-10 2021-10-11 Kersti Kaljulaid
2021-10-11 .. Alar Karis
@EST prime minister
1992-10-21 1994-11-08 Mart Laar
1999-03-25 2002-01-28 Mart Laar
2002-01-28 2003-04-10 Siim Kallas
2003-04-10 2005-04-13 Juhan Parts
2005-04-13 2014-03-26 Andrus Ansip
2014-03-26 2016-11-23 Taavi Rõivas
2016-11-23 2021-01-26 Jüri Ratas
2021-01-26 2024-07-23 Kaja Kallas
2024-07-23 .. Kristen Michal
@EST foreign minister
2023-04-17 .. Margus Tsahkna
@european-union high representative for foreign affairs
1999-10-18 2009-11-30 Javier Solana
2009-12-01 2014-10-31 Catherine Ashton /GBR
2014-11-01 2019-11-30 Federica Mogherini
2019-12-01 2024-11-30 Josep Borrell
2024-12-01 .. Kaja Kallas
@LVA president
1993-07-08 1999-07-08 Guntis Ulmanis
1999-07-08 2007-07-08 Vaira Vīķe-Freiberga
2007-07-08 2011-07-08 Valdis Zatlers
2011-07-08 2015-07-08 Andris Bērziņš
2015-07-08 2019-07-08 Raimonds Vējonis
2019-07-08 2023-07-08 Egils Levits
2023-07-08 .. Edgars Rinkēvičs
@LVA prime minister
2009-03-12 2014-01-22 Valdis Dombrovskis
2014-01-22 2016-02-11 Laimdota Straujuma
2016-02-11 2019-01-23 Māris Kučinskis
2019-01-23 2023-09-15 Krišjānis Kariņš
2023-09-15 .. Evika Siliņa
@european-commission executive vice president
2019-12-01 2024-11-30 Valdis Dombrovskis
2019-12-01 2023-08-22 Frans Timmermans
@european-commission commissioner
2024-12-01 .. Valdis Dombrovskis {commissioner for economy}
2024-12-01 .. Andrius Kubilius {commissioner for defence}
2023-10-09 .. Wopke Hoekstra {commissioner for climate}
@LTU chairman of the supreme council
1990-03-11 1992-11-25 Vytautas Landsbergis
@LTU president
1993-02-25 1998-02-25 Algirdas Brazauskas
1998-02-26 2003-02-26 Valdas Adamkus
2003-02-26 2004-04-06 Rolandas Paksas
2004-07-12 2009-07-12 Valdas Adamkus
2009-07-12 2019-07-12 Dalia Grybauskaitė
2019-07-12 .. Gitanas Nausėda
@LTU prime minister
2001-07-03 2006-06-01 Algirdas Brazauskas
2008-12-09 2012-12-13 Andrius Kubilius
2012-12-13 2016-12-13 Algirdas Butkevičius
2016-12-13 2020-12-11 Saulius Skvernelis
2020-12-11 2024-12-12 Ingrida Šimonytė
2024-12-12 2025-08 Gintautas Paluckas
2025-09 .. Inga Ruginienė
@LTU foreign minister
2020-12-11 2024-12-12 Gabrielius Landsbergis
2024-12-12 .. Kęstutis Budrys
"""))

CURATED_ROLE_BLOCKS.append(("central europe", r"""
@POL president
1990-12-22 1995-12-22 Lech Wałęsa
1995-12-23 2005-12-23 Aleksander Kwaśniewski
2005-12-23 2010-04-10 Lech Kaczyński
2010-04-10 2015-08-06 Bronisław Komorowski
2015-08-06 2025-08-06 Andrzej Duda
2025-08-06 .. Karol Nawrocki
@POL prime minister
1989-08-24 1991-01-12 Tadeusz Mazowiecki
1991-01-12 1991-12-05 Jan Krzysztof Bielecki
1991-12-23 1992-06-05 Jan Olszewski
1992-07-11 1993-10-26 Hanna Suchocka
1993-10-26 1995-03-07 Waldemar Pawlak
1995-03-07 1996-02-07 Józef Oleksy
1996-02-07 1997-10-31 Włodzimierz Cimoszewicz
1997-10-31 2001-10-19 Jerzy Buzek
2001-10-19 2004-05-02 Leszek Miller
2004-05-02 2005-10-31 Marek Belka
2005-10-31 2006-07-14 Kazimierz Marcinkiewicz
2006-07-14 2007-11-16 Jarosław Kaczyński
2007-11-16 2014-09-22 Donald Tusk
2014-09-22 2015-11-16 Ewa Kopacz
2015-11-16 2017-12-11 Beata Szydło
2017-12-11 2023-12-13 Mateusz Morawiecki
2023-12-13 .. Donald Tusk
@law-and-justice leader
2003-01-18 .. Jarosław Kaczyński
@european-council president
2009-12-01 2014-11-30 Herman Van Rompuy
2014-12-01 2019-11-30 Donald Tusk
2019-12-01 2024-11-30 Charles Michel
2024-12-01 .. António Costa
@POL foreign minister
2007-11-16 2014-09-22 Radosław Sikorski
2015-11-16 2018-01-09 Witold Waszczykowski
2020-08-26 2023-12-13 Zbigniew Rau
2023-12-13 .. Radosław Sikorski
@POL defence minister
2015-11-16 2018-01-09 Antoni Macierewicz
2018-01-09 2023-11-27 Mariusz Błaszczak
2023-12-13 .. Władysław Kosiniak-Kamysz
@POL finance minister
2023-12-13 .. Andrzej Domański
@national-bank-of-poland president
2016-06-21 .. Adam Glapiński
@CSHH president
1989-12-29 1992-07-20 Václav Havel
@CZE president
1993-02-02 2003-02-02 Václav Havel
2003-03-07 2013-03-07 Václav Klaus
2013-03-08 2023-03-08 Miloš Zeman
2023-03-09 .. Petr Pavel
@CZE prime minister
1993-01-01 1997-12-17 Václav Klaus
1998-07-17 2002-07-15 Miloš Zeman
2002-07-15 2004-08-04 Vladimír Špidla
2006-09-04 2009-05-08 Mirek Topolánek
2009-05-08 2010-07-13 Jan Fischer
2010-07-13 2013-07-10 Petr Nečas
2014-01-29 2017-12-06 Bohuslav Sobotka
2017-12-06 2021-12-17 Andrej Babiš
2021-12-17 2025-12-09 Petr Fiala
2025-12-09 .. Andrej Babiš
@CZE foreign minister
2021-12-17 2025-12-09 Jan Lipavský
@SVK president
1993-03-02 1998-03-02 Michal Kováč
1999-06-15 2004-06-15 Rudolf Schuster
2004-06-15 2014-06-15 Ivan Gašparovič
2014-06-15 2019-06-15 Andrej Kiska
2019-06-15 2024-06-15 Zuzana Čaputová
2024-06-15 .. Peter Pellegrini
@SVK prime minister
1992-06-24 1994-03-14 Vladimír Mečiar
1994-12-13 1998-10-30 Vladimír Mečiar
1998-10-30 2006-07-04 Mikuláš Dzurinda
2006-07-04 2010-07-08 Robert Fico
2010-07-08 2012-04-04 Iveta Radičová
2012-04-04 2018-03-22 Robert Fico
2018-03-22 2020-03-21 Peter Pellegrini
2020-03-21 2021-04-01 Igor Matovič
2021-04-01 2023-05-15 Eduard Heger
2023-05-15 2023-10-25 Ľudovít Ódor
2023-10-25 .. Robert Fico
@SVK foreign minister
2023-10-25 .. Juraj Blanár
@HUN president
1990-05-02 2000-08-04 Árpád Göncz
2000-08-04 2005-08-05 Ferenc Mádl
2005-08-05 2010-08-05 László Sólyom
2010-08-06 2012-04-02 Pál Schmitt
2012-05-10 2022-05-10 János Áder
2022-05-10 2024-02-26 Katalin Novák
2024-03-05 .. Tamás Sulyok
@HUN prime minister
1990-05-23 1993-12-12 József Antall
1993-12-21 1994-07-15 Péter Boross
1994-07-15 1998-07-06 Gyula Horn
1998-07-06 2002-05-27 Viktor Orbán
2002-05-27 2004-09-29 Péter Medgyessy
2004-09-29 2009-04-14 Ferenc Gyurcsány
2009-04-14 2010-05-29 Gordon Bajnai
2010-05-29 .. Viktor Orbán
@fidesz leader
1993 2000 Viktor Orbán
2003 .. Viktor Orbán
@HUN foreign minister
2014-09-23 .. Péter Szijjártó
@tisza-party leader
2024-07 .. Péter Magyar
@ROU president
1989-12-22 1996-11-29 Ion Iliescu
1996-11-29 2000-12-20 Emil Constantinescu
2000-12-20 2004-12-20 Ion Iliescu
2004-12-20 2014-12-21 Traian Băsescu
2014-12-21 2025-02-12 Klaus Iohannis
2025-02-12 2025-05-26 Ilie Bolojan {acting president}
2025-05-26 .. Nicușor Dan
@ROU prime minister
1989-12-26 1991-10-16 Petre Roman
1991-10-16 1992-11-19 Theodor Stolojan
1992-11-19 1996-12-11 Nicolae Văcăroiu
1996-12-12 1998-04-17 Victor Ciorbea
1998-04-17 1999-12-13 Radu Vasile
1999-12-22 2000-12-28 Mugur Isărescu
2000-12-28 2004-12-21 Adrian Năstase
2004-12-29 2008-12-22 Călin Popescu-Tăriceanu
2008-12-22 2012-02-06 Emil Boc
2012-05-07 2015-11-04 Victor Ponta
2015-11-17 2017-01-04 Dacian Cioloș
2017-01-04 2017-06-29 Sorin Grindeanu
2017-06-29 2018-01-16 Mihai Tudose
2018-01-29 2019-11-04 Viorica Dăncilă
2019-11-04 2020-12-23 Ludovic Orban
2020-12-23 2021-11-25 Florin Cîțu
2021-11-25 2023-06-15 Nicolae Ciucă
2023-06-15 2025-05-06 Marcel Ciolacu
2025-06-23 .. Ilie Bolojan
@national-bank-of-romania governor
1990-09 1999-12 Mugur Isărescu
2000-12 .. Mugur Isărescu
@BGR president
1990-08-01 1997-01-22 Zhelyu Zhelev
1997-01-22 2002-01-22 Petar Stoyanov
2002-01-22 2012-01-22 Georgi Parvanov
2012-01-22 2017-01-22 Rosen Plevneliev
2017-01-22 .. Rumen Radev
@BGR prime minister
1995-01-26 1997-02-12 Zhan Videnov
1997-05-21 2001-07-24 Ivan Kostov
2001-07-24 2005-08-17 Simeon Saxe-Coburg-Gotha
2005-08-17 2009-07-27 Sergei Stanishev
2009-07-27 2013-03-13 Boyko Borisov
2014-11-07 2017-01-27 Boyko Borisov
2017-05-04 2021-05-12 Boyko Borisov
2021-12-13 2022-08-02 Kiril Petkov
2023-06-06 2024-04-09 Nikolai Denkov
2025-01-16 2025-12 Rosen Zhelyazkov
@GRC president
1990-05-05 1995-03-10 Konstantinos Karamanlis
1995-03-10 2005-03-12 Kostis Stephanopoulos
2005-03-12 2015-03-13 Karolos Papoulias
2015-03-13 2020-03-13 Prokopis Pavlopoulos
2020-03-13 2025-03-13 Katerina Sakellaropoulou
2025-03-13 .. Konstantinos Tasoulas
@GRC prime minister
1990-04-11 1993-10-13 Konstantinos Mitsotakis
1993-10-13 1996-01-22 Andreas Papandreou
1996-01-22 2004-03-10 Costas Simitis
2004-03-10 2009-10-06 Kostas Karamanlis
2009-10-06 2011-11-11 George Papandreou
2011-11-11 2012-05-16 Lucas Papademos
2012-06-20 2015-01-26 Antonis Samaras
2015-01-26 2015-08-27 Alexis Tsipras
2015-09-21 2019-07-08 Alexis Tsipras
2019-07-08 2023-05-25 Kyriakos Mitsotakis
2023-06-26 .. Kyriakos Mitsotakis
@GRC finance minister
2015-01-27 2015-07-06 Yanis Varoufakis
@GRC foreign minister
2019-07-09 2023-05-26 Nikos Dendias
2023-06-27 .. Giorgos Gerapetritis
@GRC defence minister
2023-06-27 .. Nikos Dendias
@CYP president
1993-02-28 2003-02-28 Glafcos Clerides
2003-02-28 2008-02-28 Tassos Papadopoulos
2008-02-28 2013-02-28 Demetris Christofias
2013-02-28 2023-02-28 Nicos Anastasiades
2023-02-28 .. Nikos Christodoulides
@CYP turkish cypriot leader
1983-11-15 2005-04-24 Rauf Denktaş
2005-04-24 2010-04-23 Mehmet Ali Talat
2010-04-23 2015-04-30 Derviş Eroğlu
2015-04-30 2020-10-23 Mustafa Akıncı
2020-10-23 2025-10-24 Ersin Tatar
2025-10-24 .. Tufan Erhürman
@MLT prime minister
1987-05-12 1996-10-28 Eddie Fenech Adami
1996-10-28 1998-09-06 Alfred Sant
1998-09-06 2004-03-23 Eddie Fenech Adami
2004-03-23 2013-03-11 Lawrence Gonzi
2013-03-11 2020-01-13 Joseph Muscat
2020-01-13 .. Robert Abela
@european-parliament president
2022-01-18 .. Roberta Metsola
2019-07-03 2022-01-11 David Sassoli /ITA
2017-01-17 2019-07-02 Antonio Tajani
2012-01-17 2017-01-17 Martin Schulz /DEU
@SVN president
1991-06-25 2002-12-22 Milan Kučan
2002-12-22 2007-12-22 Janez Drnovšek
2007-12-22 2012-12-22 Danilo Türk
2012-12-22 2022-12-22 Borut Pahor
2022-12-23 .. Nataša Pirc Musar
@SVN prime minister
1992-05-14 2002-12-02 Janez Drnovšek
2004-12-03 2008-11-21 Janez Janša
2008-11-21 2012-02-10 Borut Pahor
2012-02-10 2013-03-20 Janez Janša
2013-03-20 2014-09-18 Alenka Bratušek
2014-09-18 2018-09-13 Miro Cerar
2018-09-13 2020-03-13 Marjan Šarec
2020-03-13 2022-06-01 Janez Janša
2022-06-01 .. Robert Golob
@HRV president
1990-05-30 1999-12-10 Franjo Tuđman
2000-02-18 2010-02-18 Stjepan Mesić
2010-02-18 2015-02-19 Ivo Josipović
2015-02-19 2020-02-19 Kolinda Grabar-Kitarović
2020-02-19 .. Zoran Milanović
@HRV prime minister
2000-01-27 2003-12-23 Ivica Račan
2003-12-23 2009-07-06 Ivo Sanader
2009-07-06 2011-12-23 Jadranka Kosor
2011-12-23 2016-01-22 Zoran Milanović
2016-01-22 2016-10-19 Tihomir Orešković
2016-10-19 .. Andrej Plenković
"""))

CURATED_ROLE_BLOCKS.append(("balkans, moldova, caucasus, central asia", r"""
@SRB president
1991-01-11 1997-07-23 Slobodan Milošević
2004-07-11 2012-04-05 Boris Tadić
2012-05-31 2017-05-31 Tomislav Nikolić
2017-05-31 .. Aleksandar Vučić
@YUCS president
1997-07-23 2000-10-07 Slobodan Milošević
2000-10-07 2003-03-07 Vojislav Koštunica
@SRB prime minister
2001-01-25 2003-03-12 Zoran Đinđić
2004-03-03 2008-07-07 Vojislav Koštunica
2008-07-07 2012-07-27 Mirko Cvetković
2012-07-27 2014-04-27 Ivica Dačić
2014-04-27 2017-05-31 Aleksandar Vučić
2017-06-29 2024-05-02 Ana Brnabić
2024-05-02 2025-04-16 Miloš Vučević
2025-04-16 .. Đuro Macut
@SRB foreign minister
2014-04-27 2020-10-28 Ivica Dačić
@MNE prime minister
1991-02-15 1998-02-05 Milo Đukanović
2003-01-08 2006-11-10 Milo Đukanović
2008-02-29 2010-12-29 Milo Đukanović
2012-12-04 2016-11-28 Milo Đukanović
2016-11-28 2020-12-04 Duško Marković
2020-12-04 2022-04-28 Zdravko Krivokapić
2022-04-28 2023-10-31 Dritan Abazović
2023-10-31 .. Milojko Spajić
@MNE president
1998-01-15 2002-11-25 Milo Đukanović
2018-05-20 2023-05-20 Milo Đukanović
2023-05-20 .. Jakov Milatović
@XKX president
2002-03-04 2006-01-21 Ibrahim Rugova
2006-02-10 2010-09-27 Fatmir Sejdiu
2011-04-07 2016-04-07 Atifete Jahjaga
2016-04-07 2020-11-05 Hashim Thaçi
2021-04-04 .. Vjosa Osmani
@XKX prime minister
2008-01-09 2014-12-09 Hashim Thaçi
2014-12-09 2017-09-09 Isa Mustafa
2017-09-09 2020-02-03 Ramush Haradinaj
2020-02-03 2020-06-03 Albin Kurti
2020-06-03 2021-03-22 Avdullah Hoti
2021-03-22 .. Albin Kurti
@BIH chairman of the presidency
1990-12-20 1996-10-05 Alija Izetbegović
@BIH member of the presidency
1996-10-05 2000-10-14 Alija Izetbegović
2010-11-10 2018-11-20 Bakir Izetbegović
2018-11-20 2022-11-16 Milorad Dodik
2006-11-06 2014-11-17 Željko Komšić
2018-11-20 .. Željko Komšić
2022-11-16 .. Denis Bećirović
2022-11-16 .. Željka Cvijanović
@region:BA-SRP president
1992-01 1996-07-19 Radovan Karadžić
2010-11-15 2018-11-19 Milorad Dodik
2022-11-15 2025-08 Milorad Dodik
@region:BA-SRP commander
1992-05-12 1996-11-08 Ratko Mladić {commander of the army of republika srpska}
@BIH high representative
2021-08-01 .. Christian Schmidt
@MKD president
1991-01-27 1999-11-19 Kiro Gligorov
1999-12-15 2004-02-26 Boris Trajkovski
2004-05-12 2009-05-12 Branko Crvenkovski
2009-05-12 2019-05-12 Gjorge Ivanov
2019-05-12 2024-05-12 Stevo Pendarovski
2024-05-12 .. Gordana Siljanovska-Davkova
@MKD prime minister
1992-09-04 1998-11-30 Branko Crvenkovski
1998-11-30 2002-11-01 Ljubčo Georgievski
2002-11-01 2004-05-12 Branko Crvenkovski
2006-08-26 2016-01-18 Nikola Gruevski
2017-05-31 2020-01-03 Zoran Zaev
2020-08-31 2022-01-16 Zoran Zaev
2022-01-17 2024-01-28 Dimitar Kovačevski
2024-01-28 2024-06-23 Talat Xhaferi
2024-06-23 .. Hristijan Mickoski
@ALB president
1985-04-13 1992-04-03 Ramiz Alia
1992-04-09 1997-07-24 Sali Berisha
1997-07-24 2002-07-24 Rexhep Meidani
2002-07-24 2007-07-24 Alfred Moisiu
2007-07-24 2012-07-24 Bamir Topi
2012-07-24 2017-07-24 Bujar Nishani
2017-07-24 2022-07-24 Ilir Meta
2022-07-24 .. Bajram Begaj
@ALB prime minister
1999-10-29 2002-02-22 Ilir Meta
2002-07-31 2005-09-10 Fatos Nano
2005-09-10 2013-09-15 Sali Berisha
2013-09-15 .. Edi Rama
@MDA president
1990-09-03 1997-01-15 Mircea Snegur
1997-01-15 2001-04-07 Petru Lucinschi
2001-04-07 2009-09-11 Vladimir Voronin
2012-03-23 2016-12-23 Nicolae Timofti
2016-12-23 2020-12-24 Igor Dodon
2020-12-24 .. Maia Sandu
@MDA prime minister
2019-06-08 2019-11-14 Maia Sandu
2021-08-06 2023-02-16 Natalia Gavrilița
2023-02-16 2025-11 Dorin Recean
2025-11 .. Alexandru Munteanu
@GEO president
1991-04-14 1992-01-06 Zviad Gamsakhurdia
1992-03-10 2003-11-23 Eduard Shevardnadze
2004-01-25 2007-11-25 Mikheil Saakashvili
2008-01-20 2013-11-17 Mikheil Saakashvili
2013-11-17 2018-12-16 Giorgi Margvelashvili
2018-12-16 2024-12-29 Salome Zourabichvili
2024-12-29 .. Mikheil Kavelashvili
@SUHH foreign minister
1985-07-02 1990-12-20 Eduard Shevardnadze
@GEO prime minister
2012-10-25 2013-11-20 Bidzina Ivanishvili
2013-11-20 2015-12-30 Irakli Garibashvili
2015-12-30 2018-06-20 Giorgi Kvirikashvili
2018-06-20 2019-09-02 Mamuka Bakhtadze
2019-09-08 2021-02-18 Giorgi Gakharia
2021-02-22 2024-02-08 Irakli Garibashvili
2024-02-08 .. Irakli Kobakhidze
@georgian-dream chairman
2012-04 2013-11 Bidzina Ivanishvili
2021-12 .. Bidzina Ivanishvili {honorary chairman}
@ARM president
1991-10-16 1998-02-03 Levon Ter-Petrosyan
1998-02-04 2008-04-09 Robert Kocharyan
2008-04-09 2018-04-09 Serzh Sargsyan
2018-04-09 2022-02-01 Armen Sarkissian
2022-03-13 .. Vahagn Khachaturyan
@ARM prime minister
2008-04-09 2014-04-13 Tigran Sargsyan
2018-04-17 2018-04-23 Serzh Sargsyan
2018-05-08 .. Nikol Pashinyan
@ARM foreign minister
2021-08-19 .. Ararat Mirzoyan
@AZE president
1992-06-16 1993-09-01 Abulfaz Elchibey
1993-10-10 2003-10-31 Heydar Aliyev
2003-10-31 .. Ilham Aliyev
@AZE first vice president
2017-02-21 .. Mehriban Aliyeva
@AZE prime minister
2019-10-08 .. Ali Asadov
@AZE foreign minister
2020-07-16 .. Jeyhun Bayramov
@KAZ president
1990-04-24 2019-03-20 Nursultan Nazarbayev
2019-03-20 .. Kassym-Jomart Tokayev
@KAZ prime minister
1999-10-01 2002-01-28 Kassym-Jomart Tokayev
2007-01-10 2012-09-24 Karim Massimov
2014-04-02 2016-09-08 Karim Massimov
2019-02-25 2022-01-05 Askar Mamin
2022-01-11 2024-02-05 Alikhan Smailov
2024-02-06 .. Oljas Bektenov
@UZB president
1990-03-24 2016-09-02 Islam Karimov
2016-09-08 .. Shavkat Mirziyoyev
@UZB prime minister
2003-12-12 2016-12-14 Shavkat Mirziyoyev
2016-12-14 .. Abdulla Aripov
@TKM president
1990-10-27 2006-12-21 Saparmurat Niyazov
2006-12-21 2022-03-19 Gurbanguly Berdimuhamedow
2022-03-19 .. Serdar Berdimuhamedow
@TJK president
1992-11-19 .. Emomali Rahmon
@KGZ president
1990-10-27 2005-04-11 Askar Akayev
2005-08-14 2010-04-15 Kurmanbek Bakiyev
2010-04-07 2011-12-01 Roza Otunbayeva
2011-12-01 2017-11-24 Almazbek Atambayev
2017-11-24 2020-10-15 Sooronbay Jeenbekov
2021-01-28 .. Sadyr Japarov
@KGZ chairman of the cabinet of ministers
2021-10-12 2024-12-16 Akylbek Japarov
2024-12-16 .. Adylbek Kasymaliev
"""))

CURATED_ROLE_BLOCKS.append(("turkey", r"""
@TUR president
1989-11-09 1993-04-17 Turgut Özal
1993-05-16 2000-05-16 Süleyman Demirel
2000-05-16 2007-08-28 Ahmet Necdet Sezer
2007-08-28 2014-08-28 Abdullah Gül
2014-08-28 .. Recep Tayyip Erdoğan
@TUR prime minister
1991-06-23 1991-11-20 Mesut Yılmaz
1991-11-20 1993-05-16 Süleyman Demirel
1993-06-25 1996-03-06 Tansu Çiller
1996-03-06 1996-06-28 Mesut Yılmaz
1996-06-28 1997-06-30 Necmettin Erbakan
1997-06-30 1999-01-11 Mesut Yılmaz
1999-01-11 2002-11-18 Bülent Ecevit
2002-11-18 2003-03-14 Abdullah Gül
2003-03-14 2014-08-28 Recep Tayyip Erdoğan
2014-08-28 2016-05-24 Ahmet Davutoğlu
2016-05-24 2018-07-09 Binali Yıldırım
@TUR mayor of istanbul
1994-03-27 1998-11-06 Recep Tayyip Erdoğan
2019-06-27 2025-03-23 Ekrem İmamoğlu
@justice-and-development-party chairman
2001-08-14 2014-08-27 Recep Tayyip Erdoğan
2017-05-21 .. Recep Tayyip Erdoğan
@TUR vice president
2018-07-09 2023-06-04 Fuat Oktay
2023-06-04 .. Cevdet Yılmaz
@TUR foreign minister
2003-03-14 2007-08-28 Abdullah Gül
2007-08-29 2009-05-01 Ali Babacan
2009-05-01 2014-08-28 Ahmet Davutoğlu
2014-08-29 2015-08-28 Mevlüt Çavuşoğlu
2015-11-24 2023-06-04 Mevlüt Çavuşoğlu
2023-06-04 .. Hakan Fidan
@TUR intelligence chief
2010-05-27 2023-06-04 Hakan Fidan
2023-06-05 .. İbrahim Kalın
@TUR presidential spokesman
2014-08 2023-06-04 İbrahim Kalın
@TUR defence minister
2018-07-10 2023-06-04 Hulusi Akar
2023-06-04 .. Yaşar Güler
@TUR chief of the general staff
2015-08-18 2018-07-10 Hulusi Akar
2018-07-10 2023-06-04 Yaşar Güler
@TUR finance minister
2009-05-01 2015-08-28 Mehmet Şimşek
2018-07-10 2020-11-08 Berat Albayrak
2020-11-09 2021-12-02 Lütfi Elvan
2021-12-02 2023-06-04 Nureddin Nebati
2023-06-04 .. Mehmet Şimşek
@central-bank-of-the-republic-of-turkey governor
2023-06-09 2024-02-03 Hafize Gaye Erkan
2024-03-23 .. Fatih Karahan
@republican-peoples-party chairman
2010-05-22 2023-11-05 Kemal Kılıçdaroğlu
2023-11-05 .. Özgür Özel
@nationalist-movement-party chairman
1997-07-06 .. Devlet Bahçeli
@gulen-movement leader
1970 2024-10-20 Fethullah Gülen
"""))

CURATED_PEOPLE += r"""
Yitzhak Shamir | | Shamir | ISR
Yitzhak Rabin | | Rabin | ISR
Shimon Peres | | Peres | ISR
Ehud Barak | | Barak | ISR
Ariel Sharon | | Sharon | ISR
Ehud Olmert | Olmert | | ISR
Naftali Bennett | | Bennett | ISR
Yair Lapid | | Lapid | ISR
Benny Gantz | | Gantz | ISR
Yoav Gallant | | Gallant | ISR
Israel Katz | | Katz | ISR
Gideon Sa'ar | Gideon Saar | Sa'ar | ISR
Eli Cohen | | Cohen | ISR
Bezalel Smotrich | Smotrich | | ISR
Itamar Ben-Gvir | Ben-Gvir; Itamar Ben Gvir; Ben Gvir | | ISR
Avigdor Lieberman | Avigdor Liberman | Lieberman | ISR
Tzipi Livni | | Livni | ISR
Moshe Ya'alon | Moshe Yaalon | Ya'alon | ISR
Reuven Rivlin | | Rivlin | ISR
Isaac Herzog | Yitzhak Herzog | Herzog | ISR
Herzi Halevi | Herzl Halevi | Halevi | ISR
Eyal Zamir | | Zamir | ISR
Aviv Kochavi | | Kochavi | ISR
Gadi Eisenkot | | Eisenkot | ISR
David Barnea | | Barnea | ISR
Yossi Cohen | | Cohen | ISR
Ronen Bar | | Bar | ISR
David Zini | | Zini | ISR
Ron Dermer | | Dermer | ISR
Yasser Arafat | Arafat; Yasir Arafat | | PSE
Ahmed Qurei | Abu Alaa | Qurei | PSE
Salam Fayyad | | Fayyad | PSE
Rami Hamdallah | | Hamdallah | PSE
Mohammad Shtayyeh | Mohammad Shtayyeh; Mohammed Shtayyeh | Shtayyeh | PSE
Mohammad Mustafa | | Mustafa | PSE
Hussein al-Sheikh | | al-Sheikh | PSE
Riyad al-Maliki | | al-Maliki | PSE
Ismail Haniyeh | Haniyeh; Ismail Haniya; Ismail Haniyah | | PSE
Yahya Sinwar | Yahya al-Sinwar | Sinwar | PSE
Mohammed Sinwar | Muhammad Sinwar | Sinwar | PSE
Mohammed Deif | Mohammed Dief; Muhammad Deif | Deif | PSE
Khaled Mashal | Khaled Meshaal; Khalid Mishal; Khaled Meshal | Mashal; Meshaal | PSE
Ahmed Yassin | Sheikh Ahmed Yassin | Yassin | PSE
Abdel Aziz al-Rantisi | Abdel-Aziz Rantisi | Rantisi | PSE
Saleh al-Arouri | Saleh al-Aruri | al-Arouri; Arouri | PSE
Khalil al-Hayya | Khalil al-Hayyah | al-Hayya | PSE
Marwan Barghouti | | Barghouti | PSE
Ziyad al-Nakhalah | Ziad Nakhaleh; Ziyad Nakhaleh | al-Nakhalah | PSE
Michel Aoun | | Aoun | LBN
Joseph Aoun | | Aoun | LBN
Émile Lahoud | Emile Lahoud | Lahoud | LBN
Michel Suleiman | Michel Sleiman | Suleiman | LBN
Rafic Hariri | Rafik Hariri; Rafiq Hariri | Hariri | LBN
Saad Hariri | | Hariri | LBN
Najib Mikati | Mikati | | LBN
Fouad Siniora | | Siniora | LBN
Nawaf Salam | | Salam | LBN
Nabih Berri | | Berri | LBN
Hassan Nasrallah | Nasrallah; Sayyed Hassan Nasrallah; Hasan Nasrallah | | LBN
Naim Qassem | Naim Qasim; Sheikh Naim Qassem | Qassem | LBN
Hashem Safieddine | Hashem Safi al-Din | Safieddine | LBN
Imad Mughniyeh | Imad Mughniyah; Imad Moughniyeh | Mughniyeh | LBN
Fuad Shukr | | Shukr | LBN
Abbas al-Musawi | | al-Musawi | LBN
Walid Jumblatt | Jumblatt | | LBN
Samir Geagea | Geagea | | LBN
Hafez al-Assad | Hafez Assad; Hafiz al-Assad | al-Assad | SYR
Maher al-Assad | Maher Assad | al-Assad | SYR
Ahmed al-Sharaa | Abu Mohammad al-Julani; Abu Mohammed al-Jolani; Abu Mohammad al-Jawlani; Ahmad al-Sharaa; al-Sharaa; Sharaa; Abu Mohammed al-Golani | | SYR
Asaad al-Shaibani | Asaad Hassan al-Shibani; Asaad al-Shibani | al-Shaibani | SYR
Walid Muallem | Walid al-Moualem; Walid al-Muallem | Muallem | SYR
Faisal Mekdad | Faisal Miqdad | Mekdad | SYR
Mazloum Abdi | Mazloum Kobani | Abdi | SYR
Abu Bakr al-Baghdadi | Baghdadi; Ibrahim Awad al-Badri | al-Baghdadi | IRQ
Abu Musab al-Zarqawi | Zarqawi | al-Zarqawi | JOR
Abu Ibrahim al-Hashimi al-Qurashi | | - | IRQ
Saddam Hussein | Saddam Hussein al-Tikriti | Hussein | IRQ
Uday Hussein | | - | IRQ
Qusay Hussein | | - | IRQ
Tariq Aziz | | Aziz | IRQ
Ali Hassan al-Majid | Chemical Ali | al-Majid | IRQ
Jalal Talabani | | Talabani | IRQ
Fuad Masum | | Masum | IRQ
Barham Salih | | Salih | IRQ
Abdul Latif Rashid | | Rashid | IRQ
Ayad Allawi | Iyad Allawi | Allawi | IRQ
Ibrahim al-Jaafari | | al-Jaafari | IRQ
Nouri al-Maliki | Nuri al-Maliki; Nouri Maliki | al-Maliki; Maliki | IRQ
Haider al-Abadi | | al-Abadi; Abadi | IRQ
Adil Abdul-Mahdi | Adel Abdul Mahdi | Abdul-Mahdi | IRQ
Mustafa al-Kadhimi | | al-Kadhimi; Kadhimi | IRQ
Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani; Mohammed al-Sudani | al-Sudani; Sudani | IRQ
Masoud Barzani | | Barzani | IRQ
Nechirvan Barzani | | Barzani | IRQ
Masrour Barzani | | Barzani | IRQ
Muqtada al-Sadr | Moqtada al-Sadr; Moqtada Sadr; Muqtada Sadr | al-Sadr; Sadr | IRQ
Ali al-Sistani | Grand Ayatollah Ali al-Sistani; Ayatollah Ali al-Sistani; Sistani | al-Sistani | IRQ
Abu Mahdi al-Muhandis | | al-Muhandis | IRQ
Qais al-Khazali | | al-Khazali | IRQ
Hadi al-Amiri | | al-Amiri | IRQ
Hoshyar Zebari | | Zebari | IRQ
Fuad Hussein | | Hussein | IRQ
Paul Bremer | L. Paul Bremer | Bremer | USA
Ruhollah Khomeini | Ayatollah Khomeini; Ayatollah Ruhollah Khomeini | Khomeini | IRN
Akbar Hashemi Rafsanjani | Rafsanjani; Ali Akbar Hashemi Rafsanjani | | IRN
Mohammad Khatami | | Khatami | IRN
Mahmoud Ahmadinejad | Ahmadinejad | | IRN
Hassan Rouhani | Rouhani; Hassan Rowhani | | IRN
Ebrahim Raisi | Raisi; Ebrahim Raeisi | | IRN
Mohammad Mokhber | | Mokhber | IRN
Mohammad Javad Zarif | Javad Zarif; Zarif | | IRN
Hossein Amir-Abdollahian | Hossein Amirabdollahian; Amir-Abdollahian | | IRN
Abbas Araghchi | Araghchi; Abbas Araqchi | | IRN
Ali Bagheri Kani | | Bagheri Kani | IRN
Ali Akbar Velayati | | Velayati | IRN
Qasem Soleimani | Qassem Soleimani; Soleimani; Qassim Suleimani; Qasem Suleimani | | IRN
Esmail Qaani | Esmail Ghaani; Ismail Qaani | Qaani | IRN
Hossein Salami | | Salami | IRN
Mohammad Pakpour | | Pakpour | IRN
Mohammad Ali Jafari | | Jafari | IRN
Mohammad Bagheri | | Bagheri | IRN
Abdolrahim Mousavi | | Mousavi | IRN
Ali Shamkhani | Shamkhani | | IRN
Ali Larijani | | Larijani | IRN
Saeed Jalili | | Jalili | IRN
Mohammad Bagher Ghalibaf | Mohammad Bagher Qalibaf; Ghalibaf; Qalibaf | | IRN
Aziz Nasirzadeh | | Nasirzadeh | IRN
Mohammad Eslami | | Eslami | IRN
Ali Akbar Salehi | | Salehi | IRN
Mohammad Reza Aref | | Aref | IRN
Mir-Hossein Mousavi | Mir Hossein Mousavi | Mousavi | IRN
Mohammad Reza Pahlavi | Shah of Iran | Pahlavi | IRN
Reza Pahlavi | | Pahlavi | IRN
Fahd bin Abdulaziz Al Saud | King Fahd | - | SAU
Abdullah bin Abdulaziz Al Saud | | - | SAU
Salman bin Abdulaziz Al Saud | King Salman; Salman bin Abdulaziz | - | SAU
Sultan bin Abdulaziz Al Saud | Sultan bin Abdulaziz | - | SAU
Nayef bin Abdulaziz Al Saud | Nayef bin Abdulaziz | - | SAU
Muqrin bin Abdulaziz Al Saud | Muqrin bin Abdulaziz | - | SAU
Muhammad bin Nayef | Mohammed bin Nayef | bin Nayef | SAU
Saud bin Faisal Al Saud | Saud al-Faisal; Prince Saud al-Faisal | - | SAU
Adel al-Jubeir | Adel Jubeir | al-Jubeir; Jubeir | SAU
Faisal bin Farhan Al Saud | Faisal bin Farhan; Prince Faisal bin Farhan | bin Farhan | SAU
Khalid bin Salman Al Saud | Khalid bin Salman; Prince Khalid bin Salman | - | SAU
Abdulaziz bin Salman Al Saud | Abdulaziz bin Salman; Prince Abdulaziz bin Salman | - | SAU
Mohammed Al-Jadaan | Mohammed al-Jadaan | Al-Jadaan | SAU
Ali al-Naimi | | al-Naimi; Naimi | SAU
Turki bin Faisal Al Saud | Turki al-Faisal; Prince Turki al-Faisal | - | SAU
Bandar bin Sultan Al Saud | Bandar bin Sultan; Prince Bandar | - | SAU
Amin Nasser | Amin H. Nasser | Nasser | SAU
Hosni Mubarak | Mubarak; Muhammad Hosni Mubarak | | EGY
Mohamed Morsi | Mohammed Morsi; Mohamed Mursi; Morsi | | EGY
Mohamed Hussein Tantawi | Field Marshal Tantawi | Tantawi | EGY
Adly Mansour | | Mansour | EGY
Moustafa Madbouly | Mostafa Madbouly | Madbouly | EGY
Sameh Shoukry | | Shoukry | EGY
Badr Abdelatty | | Abdelatty | EGY
Amr Moussa | | Moussa | EGY
Ahmed Aboul Gheit | Ahmed Abul Gheit | Aboul Gheit | EGY
Mohamed ElBaradei | Mohamed El-Baradei; ElBaradei | | EGY
Boutros Boutros-Ghali | | Boutros-Ghali | EGY
Mohammed Badie | | Badie | EGY
Hussein of Jordan | King Hussein | - | JOR
Abdullah II | King Abdullah II; Abdullah II of Jordan | - | JOR
Rania of Jordan | Queen Rania | - | JOR
Ayman Safadi | | Safadi | JOR
Jafar Hassan | | Hassan | JOR
Bisher Al-Khasawneh | Bisher al-Khasawneh | Al-Khasawneh | JOR
Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad Al Thani; Emir Tamim | - | QAT
Hamad bin Khalifa Al Thani | Sheikh Hamad bin Khalifa Al Thani | - | QAT
Hamad bin Jassim bin Jaber Al Thani | Hamad bin Jassim | - | QAT
Mohammed bin Abdulrahman Al Thani | Sheikh Mohammed bin Abdulrahman Al Thani | - | QAT
Zayed bin Sultan Al Nahyan | Sheikh Zayed | - | ARE
Khalifa bin Zayed Al Nahyan | Sheikh Khalifa bin Zayed | - | ARE
Mohamed bin Zayed Al Nahyan | Mohammed bin Zayed; Mohamed bin Zayed; MBZ; Sheikh Mohamed bin Zayed | - | ARE
Mohammed bin Rashid Al Maktoum | Sheikh Mohammed bin Rashid Al Maktoum; Mohammed bin Rashid | - | ARE
Abdullah bin Zayed Al Nahyan | Abdullah bin Zayed; Sheikh Abdullah bin Zayed | - | ARE
Tahnoun bin Zayed Al Nahyan | Tahnoun bin Zayed; Sheikh Tahnoun bin Zayed | - | ARE
Mansour bin Zayed Al Nahyan | Mansour bin Zayed; Sheikh Mansour bin Zayed | - | ARE
Sabah Al-Ahmad Al-Jaber Al-Sabah | Sheikh Sabah al-Ahmad al-Jaber al-Sabah; Sabah al-Ahmad | - | KWT
Nawaf Al-Ahmad Al-Jaber Al-Sabah | Sheikh Nawaf al-Ahmad al-Sabah | - | KWT
Mishal Al-Ahmad Al-Jaber Al-Sabah | Sheikh Mishal al-Ahmad al-Sabah | - | KWT
Jaber Al-Ahmad Al-Sabah | | - | KWT
Hamad bin Isa Al Khalifa | King Hamad bin Isa Al Khalifa; King Hamad | - | BHR
Salman bin Hamad Al Khalifa | Crown Prince Salman bin Hamad | - | BHR
Khalifa bin Salman Al Khalifa | | - | BHR
Qaboos bin Said | Sultan Qaboos; Qaboos bin Said al Said | - | OMN
Haitham bin Tariq | Sultan Haitham; Haitham bin Tariq Al Said | - | OMN
Badr Albusaidi | Badr al-Busaidi | Albusaidi; al-Busaidi | OMN
Ali Abdullah Saleh | | Saleh | YEM
Abdrabbuh Mansur Hadi | Abed Rabbo Mansour Hadi; Abd Rabbuh Mansur Hadi | Hadi | YEM
Rashad al-Alimi | | al-Alimi | YEM
Abdul-Malik al-Houthi | Abdulmalik al-Houthi; Abdul Malik al-Houthi | al-Houthi | YEM
Hussein Badreddin al-Houthi | | al-Houthi | YEM
Mahdi al-Mashat | | al-Mashat | YEM
Mohammed Abdulsalam | | Abdulsalam | YEM
Aidarous al-Zoubaidi | Aidarous al-Zubaidi | al-Zoubaidi | YEM
Muammar Gaddafi | Gaddafi; Qaddafi; Gadhafi; Muammar Qaddafi; Muammar Gadhafi; Moammar Gadhafi; Muammar al-Gaddafi; Muammar al-Qaddafi; Muammar Qadhafi; Colonel Gaddafi; Moammar Qaddafi | | LBY
Saif al-Islam Gaddafi | Saif al-Islam Qaddafi; Saif al-Islam | Gaddafi | LBY
Mustafa Abdul Jalil | | Abdul Jalil | LBY
Fayez al-Sarraj | Fayez Sarraj | al-Sarraj | LBY
Abdul Hamid Dbeibah | Abdulhamid Dbeibah; Abdul Hamid al-Dbeibah | Dbeibah | LBY
Mohamed al-Menfi | | al-Menfi | LBY
Khalifa Haftar | Haftar; Khalifa Hifter | | LBY
Aguila Saleh Issa | Aguila Saleh | Saleh | LBY
Zine El Abidine Ben Ali | Ben Ali | | TUN
Beji Caid Essebsi | Beji Caid el Sebsi | Essebsi | TUN
Moncef Marzouki | | Marzouki | TUN
Kais Saied | Kais Saïed | Saied | TUN
Rached Ghannouchi | | Ghannouchi | TUN
Abdelaziz Bouteflika | Bouteflika | | DZA
Abdelmadjid Tebboune | Tebboune; Abdelmajid Tebboune | | DZA
Liamine Zéroual | Liamine Zeroual | Zéroual | DZA
Ahmed Ouyahia | | Ouyahia | DZA
Ahmed Gaid Salah | | Gaid Salah | DZA
Saïd Chengriha | Said Chengriha | Chengriha | DZA
Hassan II | King Hassan II | - | MAR
Mohammed VI | King Mohammed VI; Mohammed VI of Morocco | - | MAR
Aziz Akhannouch | | Akhannouch | MAR
Abdelilah Benkirane | | Benkirane | MAR
Nasser Bourita | | Bourita | MAR
Omar al-Bashir | Omar Hassan al-Bashir; Omar Bashir | al-Bashir; Bashir | SDN
Abdel Fattah al-Burhan | Abdel-Fattah Burhan; Abdel Fattah Burhan | al-Burhan; Burhan | SDN
Mohamed Hamdan Dagalo | Hemedti; Mohamed Hamdan Daglo | Dagalo | SDN
Abdalla Hamdok | Abdallah Hamdok | Hamdok | SDN
Kamil Idris | | Idris | SDN
Salva Kiir Mayardit | Salva Kiir | Kiir | SSD
Riek Machar | | Machar | SSD
John Garang | | Garang | SSD
Hassan Sheikh Mohamud | | Mohamud | SOM
Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed; Farmaajo; Farmajo | | SOM
Sharif Sheikh Ahmed | | - | SOM
Siad Barre | Mohamed Siad Barre | Barre | SOM
Hamza Abdi Barre | | Barre | SOM
Ahmed Abdi Godane | | Godane | SOM
Ahmad Umar | Abu Ubaidah; Ahmed Umar | - | SOM
"""

CURATED_ROLE_BLOCKS.append(("israel, palestine", r"""
@ISR prime minister
1986-10-20 1992-07-13 Yitzhak Shamir
1992-07-13 1995-11-04 Yitzhak Rabin
1995-11-04 1996-06-18 Shimon Peres
1996-06-18 1999-07-06 Benjamin Netanyahu
1999-07-06 2001-03-07 Ehud Barak
2001-03-07 2006-04-14 Ariel Sharon
2006-04-14 2009-03-31 Ehud Olmert
2009-03-31 2021-06-13 Benjamin Netanyahu
2021-06-13 2022-06-30 Naftali Bennett
2022-07-01 2022-12-29 Yair Lapid
2022-12-29 .. Benjamin Netanyahu
@ISR president
1983-05-05 1993-05-05 Chaim Herzog
1993-05-13 2000-07-13 Ezer Weizman
2000-08-01 2007-07-01 Moshe Katsav
2007-07-15 2014-07-24 Shimon Peres
2014-07-24 2021-07-07 Reuven Rivlin
2021-07-07 .. Isaac Herzog
@ISR foreign minister
1992-07-13 1995-11-22 Shimon Peres
2001-03-07 2002-11-02 Shimon Peres
2006-05-04 2009-03-31 Tzipi Livni
2009-03-31 2012-12-18 Avigdor Lieberman
2013-11-11 2015-05-14 Avigdor Lieberman
2021-06-13 2022-12-29 Yair Lapid
2022-12-29 2024-01-01 Eli Cohen
2024-01-01 2024-11-05 Israel Katz
2024-11-05 .. Gideon Sa'ar
@ISR defence minister
2002-11-04 2006-05-04 Shaul Mofaz
2006-05-04 2007-06-18 Amir Peretz
2007-06-18 2013-03-18 Ehud Barak
2013-03-18 2016-05-31 Moshe Ya'alon
2016-05-31 2018-11-18 Avigdor Lieberman
2019-11-12 2020-05-17 Naftali Bennett
2020-05-17 2022-12-29 Benny Gantz
2022-12-29 2024-11-05 Yoav Gallant
2024-11-05 .. Israel Katz
@ISR finance minister
2003-02-28 2005-08-09 Benjamin Netanyahu
2021-06-13 2022-12-29 Avigdor Lieberman
2022-12-29 .. Bezalel Smotrich
@ISR national security minister
2022-12-29 2025-01-19 Itamar Ben-Gvir
2025-03-18 .. Itamar Ben-Gvir
@ISR chief of staff
2002-07-09 2005-06-01 Moshe Ya'alon
2011-02-14 2015-02-16 Benny Gantz
2015-02-16 2019-01-15 Gadi Eisenkot
2019-01-15 2023-01-16 Aviv Kochavi
2023-01-16 2025-03-05 Herzi Halevi
2025-03-05 .. Eyal Zamir
@ISR mossad director
2016-01-06 2021-06-01 Yossi Cohen
2021-06-01 .. David Barnea
@ISR shin bet director
2021-10-13 2025-06-15 Ronen Bar
2025-10 .. David Zini
@ISR ambassador to the united states
2013-09 2021-01 Ron Dermer
@ISR opposition leader
2023-01 .. Yair Lapid
@PSE president
1994-07-05 2004-11-11 Yasser Arafat
2005-01-15 .. Mahmoud Abbas
@plo chairman
1969-02-04 2004-11-11 Yasser Arafat
2004-11-11 .. Mahmoud Abbas
@PSE vice president
2025-04-26 .. Hussein al-Sheikh
@PSE prime minister
2003-03-19 2003-10-07 Mahmoud Abbas
2003-10-07 2006-03-29 Ahmed Qurei
2006-03-29 2007-06-14 Ismail Haniyeh
2007-06-15 2013-06-06 Salam Fayyad
2013-06-06 2019-04-14 Rami Hamdallah
2019-04-14 2024-03-31 Mohammad Shtayyeh
2024-03-31 .. Mohammad Mustafa
@PSE foreign minister
2007-05 2024-03-31 Riyad al-Maliki
2024-03-31 .. Varsen Aghabekian
@hamas leader
1987-12 2004-03-22 Ahmed Yassin
2004-03-22 2004-04-17 Abdel Aziz al-Rantisi
@hamas political bureau chief
1996 2017-05-06 Khaled Mashal
2017-05-06 2024-07-31 Ismail Haniyeh
2024-08-06 2024-10-16 Yahya Sinwar
@hamas gaza leader
2017-02-13 2024-10-16 Yahya Sinwar
2024-10 2025-05 Mohammed Sinwar
@hamas deputy political bureau chief
2017-10 2024-01-02 Saleh al-Arouri
@hamas chief negotiator
2017 .. Khalil al-Hayya
@hamas military commander
2002 2024-07-13 Mohammed Deif
@fatah leader
2000 .. Marwan Barghouti
@palestinian-islamic-jihad secretary-general
2018-09-28 .. Ziyad al-Nakhalah
"""))

CURATED_ROLE_BLOCKS.append(("lebanon, syria, iraq, jordan", r"""
@LBN president
1989-11-24 1998-11-24 Elias Hrawi
1998-11-24 2007-11-23 Émile Lahoud
2008-05-25 2014-05-25 Michel Suleiman
2016-10-31 2022-10-30 Michel Aoun
2025-01-09 .. Joseph Aoun
@LBN army commander
2017-03-08 2025-01-09 Joseph Aoun
@LBN prime minister
1990-12-24 1992-05-16 Omar Karami
1992-10-31 1998-12-02 Rafic Hariri
1998-12-04 2000-10-23 Selim Hoss
2000-10-23 2004-10-21 Rafic Hariri
2005-04-19 2005-07-19 Najib Mikati
2005-07-19 2009-11-09 Fouad Siniora
2009-11-09 2011-06-13 Saad Hariri
2011-06-13 2014-02-15 Najib Mikati
2014-02-15 2016-12-18 Tammam Salam
2016-12-18 2020-01-21 Saad Hariri
2020-01-21 2021-09-10 Hassan Diab
2021-09-10 2025-02-08 Najib Mikati
2025-02-08 .. Nawaf Salam
@LBN speaker of parliament
1992-10-20 .. Nabih Berri
@hezbollah secretary-general
1991-05 1992-02-16 Abbas al-Musawi
1992-02-16 2024-09-27 Hassan Nasrallah
2024-10-29 .. Naim Qassem
@hezbollah deputy secretary-general
1991 2024-10-29 Naim Qassem
@hezbollah head of the executive council
2001 2024-10-03 Hashem Safieddine
@hezbollah military commander
1983 2008-02-12 Imad Mughniyeh
2008 2024-07-30 Fuad Shukr
@progressive-socialist-party leader
1977-03 2023-06 Walid Jumblatt
@lebanese-forces leader
2005 .. Samir Geagea
@SYR president
1971-03-14 2000-06-10 Hafez al-Assad
2000-07-17 2024-12-08 Bashar al-Assad
2025-01-29 .. Ahmed al-Sharaa
@SYR de facto leader
2024-12-08 2025-01-29 Ahmed al-Sharaa
@hayat-tahrir-al-sham leader
2017-01 2025-01-29 Ahmed al-Sharaa
@al-nusra-front leader
2012-01 2017-01 Ahmed al-Sharaa
@SYR prime minister
2016-07-03 2020-08-30 Imad Khamis
2020-08-30 2024-09-14 Hussein Arnous
2024-09-14 2024-12-10 Mohammad Ghazi al-Jalali
2024-12-10 2025-03-29 Mohammed al-Bashir
@SYR foreign minister
1984-03 2006-02-11 Farouk al-Sharaa
2006-02-11 2020-11-16 Walid Muallem
2020-11-22 2024-12-08 Faisal Mekdad
2024-12-21 .. Asaad al-Shaibani
@SYR defence minister
2024-12-21 .. Murhaf Abu Qasra
@SYR commander
2018 2024-12-08 Maher al-Assad {commander of the fourth armoured division}
@syrian-democratic-forces commander
2015 .. Mazloum Abdi
@islamic-state leader
2010-05-16 2019-10-27 Abu Bakr al-Baghdadi
2019-10-31 2022-02-03 Abu Ibrahim al-Hashimi al-Qurashi
2022-03 2022-10 Abu al-Hasan al-Hashimi al-Qurashi /IRQ
2022-11 2023-04 Abu al-Husayn al-Husayni al-Qurashi /SYR
2023-08 .. Abu Hafs al-Hashimi al-Qurashi /IRQ
@islamic-state spokesman
2011 2016-08-30 Abu Mohammad al-Adnani /SYR
@al-qaeda-in-iraq leader
2004-10 2006-06-07 Abu Musab al-Zarqawi
@IRQ president
1979-07-16 2003-04-09 Saddam Hussein
2004-06-28 2005-04-07 Ghazi al-Yawer
2005-04-07 2014-07-24 Jalal Talabani
2014-07-24 2018-10-02 Fuad Masum
2018-10-02 2022-10-17 Barham Salih
2022-10-17 .. Abdul Latif Rashid
@IRQ deputy prime minister
1979 2003-04 Tariq Aziz
@IRQ foreign minister
1983 1991 Tariq Aziz
2003-09 2014-09 Hoshyar Zebari
2020-06-06 .. Fuad Hussein
@IRQ commander
1987 2003 Uday Hussein {commander@organization:fedayeen-saddam}
2000 2003 Qusay Hussein {commander of the republican guard}
1987 1989 Ali Hassan al-Majid {governor of northern iraq}
@IRQ administrator of the coalition provisional authority
2003-05-11 2004-06-28 Paul Bremer
@IRQ prime minister
2004-06-28 2005-05-03 Ayad Allawi
2005-05-03 2006-05-20 Ibrahim al-Jaafari
2006-05-20 2014-09-08 Nouri al-Maliki
2014-09-08 2018-10-25 Haider al-Abadi
2018-10-25 2020-05-07 Adil Abdul-Mahdi
2020-05-07 2022-10-27 Mustafa al-Kadhimi
2022-10-27 .. Mohammed Shia al-Sudani
@IRQ president of kurdistan region
2005-06-13 2017-11-01 Masoud Barzani
2019-06-10 .. Nechirvan Barzani
@IRQ prime minister of kurdistan region
2006 2009 Nechirvan Barzani
2012 2019-06-10 Nechirvan Barzani
2019-07-10 .. Masrour Barzani
@kurdistan-democratic-party leader
1979 .. Masoud Barzani
@patriotic-union-of-kurdistan leader
1975 2017-10-03 Jalal Talabani
@sadrist-movement leader
2003 .. Muqtada al-Sadr
@IRQ grand ayatollah
1992 .. Ali al-Sistani
@popular-mobilization-forces deputy chairman
2014 2020-01-03 Abu Mahdi al-Muhandis
@kataib-hezbollah leader
2003 2020-01-03 Abu Mahdi al-Muhandis
@asaib-ahl-al-haq leader
2007 .. Qais al-Khazali
@badr-organization leader
2003 .. Hadi al-Amiri
@JOR king
1952-08-11 1999-02-07 Hussein of Jordan
1999-02-07 .. Abdullah II
@JOR queen
1999-02-07 .. Rania of Jordan
@JOR crown prince
2009-07-02 .. Hussein bin Abdullah
@JOR prime minister
2018-06-14 2020-10-12 Omar Razzaz
2020-10-12 2024-09-15 Bisher Al-Khasawneh
2024-09-15 .. Jafar Hassan
@JOR foreign minister
2017-01-15 .. Ayman Safadi
"""))

CURATED_ROLE_BLOCKS.append(("iran", r"""
@IRN supreme leader
1979-12-03 1989-06-03 Ruhollah Khomeini
1989-06-04 .. Ali Khamenei
@IRN shah
1941-09-16 1979-02-11 Mohammad Reza Pahlavi
@IRN crown prince
1967-10-26 1979-02-11 Reza Pahlavi
@IRN opposition leader
2022 .. Reza Pahlavi {exiled opposition leader}
@IRN prime minister
1981-10-31 1989-08-03 Mir-Hossein Mousavi
@IRN president
1981-10-13 1989-08-03 Ali Khamenei
1989-08-03 1997-08-03 Akbar Hashemi Rafsanjani
1997-08-03 2005-08-03 Mohammad Khatami
2005-08-03 2013-08-03 Mahmoud Ahmadinejad
2013-08-03 2021-08-03 Hassan Rouhani
2021-08-03 2024-05-19 Ebrahim Raisi
2024-05-19 2024-07-28 Mohammad Mokhber {acting president}
2024-07-28 .. Masoud Pezeshkian
@IRN first vice president
2021-08-08 2024-07-28 Mohammad Mokhber
2024-07-28 .. Mohammad Reza Aref
@IRN vice president for strategic affairs
2024-08-01 2025-03-02 Mohammad Javad Zarif
@IRN foreign minister
1981-12-15 1997-08-20 Ali Akbar Velayati
1997-08-20 2005-08-24 Kamal Kharazi
2005-08-24 2010-12-13 Manouchehr Mottaki
2011-01-30 2013-08-15 Ali Akbar Salehi
2013-08-15 2021-08-25 Mohammad Javad Zarif
2021-08-25 2024-05-19 Hossein Amir-Abdollahian
2024-05-20 2024-08-21 Ali Bagheri Kani {acting foreign minister}
2024-08-21 .. Abbas Araghchi
@IRN deputy foreign minister
2021-09 2024-05 Ali Bagheri Kani
@IRN defence minister
2013-08-15 2017-08-20 Hossein Dehghan
2017-08-20 2021-08-25 Amir Hatami
2021-08-25 2024-08-21 Mohammad-Reza Gharaei Ashtiani
2024-08-21 .. Aziz Nasirzadeh
@islamic-revolutionary-guard-corps commander
1997-09 2007-09-01 Yahya Rahim Safavi
2007-09-01 2019-04-21 Mohammad Ali Jafari
2019-04-21 2025-06-13 Hossein Salami
2025-06-13 .. Mohammad Pakpour
@quds-force commander
1998 2020-01-03 Qasem Soleimani
2020-01-03 .. Esmail Qaani
@IRN chief of staff of the armed forces
1989-09 2016-06-28 Hassan Firouzabadi
2016-06-28 2025-06-13 Mohammad Bagheri
2025-06-13 .. Abdolrahim Mousavi
@IRN secretary of the supreme national security council
2007-10-20 2013-09-10 Saeed Jalili
2013-09-10 2023-05-22 Ali Shamkhani
2023-05-22 2025-08 Ali Akbar Ahmadian
2025-08-05 .. Ali Larijani
@IRN speaker of parliament
2008-05-28 2020-05-28 Ali Larijani
2020-05-28 .. Mohammad Bagher Ghalibaf
@IRN mayor of tehran
2005-09 2017-08 Mohammad Bagher Ghalibaf
2003-05 2005-08 Mahmoud Ahmadinejad
@IRN head of the atomic energy organization
2009-07 2010-12 Ali Akbar Salehi
2013-08-16 2021-08-29 Ali Akbar Salehi
2021-08-29 .. Mohammad Eslami
"""))

CURATED_ROLE_BLOCKS.append(("arabian peninsula", r"""
@SAU king
1982-06-13 2005-08-01 Fahd bin Abdulaziz Al Saud
2005-08-01 2015-01-23 Abdullah bin Abdulaziz Al Saud
2015-01-23 .. Salman bin Abdulaziz Al Saud
@SAU crown prince
1982-06-13 2005-08-01 Abdullah bin Abdulaziz Al Saud
2005-08-01 2011-10-22 Sultan bin Abdulaziz Al Saud
2011-10-27 2012-06-16 Nayef bin Abdulaziz Al Saud
2012-06-18 2015-01-23 Salman bin Abdulaziz Al Saud
2015-01-23 2015-04-29 Muqrin bin Abdulaziz Al Saud
2015-04-29 2017-06-21 Muhammad bin Nayef
2017-06-21 .. Mohammed bin Salman
@SAU prime minister
2022-09-27 .. Mohammed bin Salman
@SAU defence minister
1962 2011-10-22 Sultan bin Abdulaziz Al Saud
2011-11-05 2015-01-23 Salman bin Abdulaziz Al Saud
2015-01-23 2022-09-27 Mohammed bin Salman
2022-09-27 .. Khalid bin Salman Al Saud
@SAU interior minister
1975 2012-06-16 Nayef bin Abdulaziz Al Saud
2012-11-05 2017-06-21 Muhammad bin Nayef
@SAU foreign minister
1975-10-13 2015-04-29 Saud bin Faisal Al Saud
2015-04-29 2018-12-27 Adel al-Jubeir
2018-12-27 2019-10-23 Ibrahim al-Assaf
2019-10-23 .. Faisal bin Farhan Al Saud
@SAU minister of state for foreign affairs
2018-12-27 .. Adel al-Jubeir
@SAU finance minister
2016-11-01 .. Mohammed Al-Jadaan
@SAU energy minister
1995-08 2016-05-07 Ali al-Naimi
2016-05-07 2019-09-08 Khalid al-Falih
2019-09-08 .. Abdulaziz bin Salman Al Saud
@SAU intelligence chief
1977 2001-08 Turki bin Faisal Al Saud
2012-07 2014-04 Bandar bin Sultan Al Saud
@SAU ambassador to the united states
1983-10 2005-09 Bandar bin Sultan Al Saud
@saudi-aramco ceo
2015-09 .. Amin Nasser
@QAT emir
1972-02-22 1995-06-27 Khalifa bin Hamad Al Thani
1995-06-27 2013-06-25 Hamad bin Khalifa Al Thani
2013-06-25 .. Tamim bin Hamad Al Thani
@QAT prime minister
2007-04-03 2013-06-26 Hamad bin Jassim bin Jaber Al Thani
2013-06-26 2020-01-28 Abdullah bin Nasser bin Khalifa Al Thani
2020-01-28 2023-03-07 Khalid bin Khalifa bin Abdul Aziz Al Thani
2023-03-07 .. Mohammed bin Abdulrahman Al Thani
@QAT foreign minister
1992 2013-06-26 Hamad bin Jassim bin Jaber Al Thani
2016-01-27 .. Mohammed bin Abdulrahman Al Thani
@ARE president
1971-12-02 2004-11-02 Zayed bin Sultan Al Nahyan
2004-11-03 2022-05-13 Khalifa bin Zayed Al Nahyan
2022-05-14 .. Mohamed bin Zayed Al Nahyan
@ARE crown prince of abu dhabi
2004-11-03 2022-05-14 Mohamed bin Zayed Al Nahyan
2023-03-29 .. Khaled bin Mohamed Al Nahyan
@ARE prime minister
1990-11 2006-01-04 Maktoum bin Rashid Al Maktoum
2006-01-04 .. Mohammed bin Rashid Al Maktoum
@ARE ruler of dubai
2006-01-04 .. Mohammed bin Rashid Al Maktoum
@ARE vice president
2006-01-04 .. Mohammed bin Rashid Al Maktoum
2023-03-29 .. Mansour bin Zayed Al Nahyan
@ARE foreign minister
2006-02-09 .. Abdullah bin Zayed Al Nahyan
@ARE national security adviser
2016-02 .. Tahnoun bin Zayed Al Nahyan
@KWT emir
1977-12-31 2006-01-15 Jaber Al-Ahmad Al-Sabah
2006-01-29 2020-09-29 Sabah Al-Ahmad Al-Jaber Al-Sabah
2020-09-29 2023-12-16 Nawaf Al-Ahmad Al-Jaber Al-Sabah
2023-12-16 .. Mishal Al-Ahmad Al-Jaber Al-Sabah
@KWT prime minister
2024-05-15 .. Ahmad Abdullah Al-Ahmad Al-Sabah
@BHR king
1999-03-06 .. Hamad bin Isa Al Khalifa
@BHR prime minister
1970-01-10 2020-11-11 Khalifa bin Salman Al Khalifa
2020-11-11 .. Salman bin Hamad Al Khalifa
@OMN sultan
1970-07-23 2020-01-10 Qaboos bin Said
2020-01-11 .. Haitham bin Tariq
@OMN foreign minister
1997 2020-08-18 Yusuf bin Alawi bin Abdullah
2020-08-18 .. Badr Albusaidi
@YEM president
1990-05-22 2012-02-27 Ali Abdullah Saleh
2012-02-27 2022-04-07 Abdrabbuh Mansur Hadi
@YEM chairman of the presidential leadership council
2022-04-07 .. Rashad al-Alimi
@YEM prime minister
2018-10-15 2024-02-05 Maeen Abdulmalik
2024-02-05 2025-05-03 Ahmad Awad bin Mubarak
2025-05-03 .. Salem bin Breik
@houthis leader
1992 2004-09-10 Hussein Badreddin al-Houthi
2004-09 .. Abdul-Malik al-Houthi
@houthis president of the supreme political council
2016-08-14 2018-04-19 Saleh al-Sammad /YEM
2018-04-25 .. Mahdi al-Mashat
@houthis spokesman
2015 .. Mohammed Abdulsalam
@southern-transitional-council president
2017-05-11 .. Aidarous al-Zoubaidi
"""))

CURATED_ROLE_BLOCKS.append(("egypt, north africa, sudan, somalia", r"""
@EGY president
1981-10-14 2011-02-11 Hosni Mubarak
2012-06-30 2013-07-03 Mohamed Morsi
2013-07-04 2014-06-08 Adly Mansour {interim president}
2014-06-08 .. Abdel Fattah el-Sisi
@EGY chairman of the supreme council of the armed forces
2011-02-11 2012-06-30 Mohamed Hussein Tantawi
@EGY defence minister
1991-05-20 2012-08-12 Mohamed Hussein Tantawi
2012-08-12 2014-03-26 Abdel Fattah el-Sisi
@EGY prime minister
2004-07-14 2011-01-29 Ahmed Nazif
2011-01-29 2011-03-03 Ahmed Shafik
2011-03-03 2011-12-07 Essam Sharaf
2011-12-07 2012-08-02 Kamal Ganzouri
2012-08-02 2013-07-08 Hesham Qandil
2013-07-09 2014-03-01 Hazem el-Beblawi
2014-03-01 2015-09-19 Ibrahim Mahlab
2015-09-19 2018-06-07 Sherif Ismail
2018-06-07 .. Moustafa Madbouly
@EGY vice president
2013-07-14 2013-08-14 Mohamed ElBaradei
@EGY foreign minister
1991-05 2001-05 Amr Moussa
2004-07 2011-03 Ahmed Aboul Gheit
2014-06-17 2024-07-03 Sameh Shoukry
2024-07-03 .. Badr Abdelatty
@arab-league secretary-general
2001-05-15 2011-06-30 Amr Moussa
2011-07-01 2016-06-30 Nabil Elaraby /EGY
2016-07-01 .. Ahmed Aboul Gheit
@muslim-brotherhood supreme guide
2010-01-16 .. Mohammed Badie
@LBY leader
1969-09-01 2011-08-23 Muammar Gaddafi
@LBY chairman of the national transitional council
2011-03-05 2012-08-08 Mustafa Abdul Jalil
@LBY prime minister
2012-11-14 2014-03-11 Ali Zeidan
2016-03-30 2021-03-15 Fayez al-Sarraj
2021-03-15 .. Abdul Hamid Dbeibah
@LBY chairman of the presidential council
2016-03-30 2021-03-15 Fayez al-Sarraj
2021-03-15 .. Mohamed al-Menfi
@LBY speaker of the house of representatives
2014-08-05 .. Aguila Saleh Issa
@libyan-national-army commander
2015-03-02 .. Khalifa Haftar
@LBY national security adviser
2000 2011 Saif al-Islam Gaddafi {de facto prime minister}
@TUN president
1987-11-07 2011-01-14 Zine El Abidine Ben Ali
2011-12-13 2014-12-31 Moncef Marzouki
2014-12-31 2019-07-25 Beji Caid Essebsi
2019-10-23 .. Kais Saied
@TUN prime minister
1999-11-17 2011-02-27 Mohamed Ghannouchi
2011-02-27 2011-12-24 Beji Caid Essebsi
2011-12-24 2013-03-14 Hamadi Jebali
2016-08-27 2020-02-27 Youssef Chahed
2021-10-11 2023-08-01 Najla Bouden
2023-08-01 2024-08-07 Ahmed Hachani
2024-08-07 2025-03-20 Kamel Madouri
2025-03-21 .. Sara Zaafrani Zenzri
@ennahda leader
1991 .. Rached Ghannouchi
@DZA president
1979-02-09 1992-01-11 Chadli Bendjedid
1994-01-31 1999-04-27 Liamine Zéroual
1999-04-27 2019-04-02 Abdelaziz Bouteflika
2019-12-19 .. Abdelmadjid Tebboune
@DZA prime minister
1995-12-31 1998-12-15 Ahmed Ouyahia
2003-05-05 2006-05-24 Ahmed Ouyahia
2008-06-23 2012-09-03 Ahmed Ouyahia
2012-09-03 2017-05-24 Abdelmalek Sellal
2017-05-25 2017-08-15 Abdelmadjid Tebboune
2017-08-15 2019-03-11 Ahmed Ouyahia
2019-12-28 2021-06-24 Abdelaziz Djerad
2021-06-30 2023-11-11 Aymen Benabderrahmane
@DZA chief of staff of the army
2004-08-03 2019-12-23 Ahmed Gaid Salah
2019-12-23 .. Saïd Chengriha
@MAR king
1961-03-03 1999-07-23 Hassan II
1999-07-23 .. Mohammed VI
@MAR prime minister
1998-02-04 2002-10-09 Abderrahmane Youssoufi
2002-10-09 2007-09-19 Driss Jettou
2007-09-19 2011-11-29 Abbas El Fassi
2011-11-29 2017-03-17 Abdelilah Benkirane
2017-03-17 2021-10-07 Saadeddine Othmani
2021-10-07 .. Aziz Akhannouch
@MAR foreign minister
2017-04-05 .. Nasser Bourita
@SDN president
1989-06-30 2019-04-11 Omar al-Bashir
@SDN chairman of the sovereignty council
2019-08-21 .. Abdel Fattah al-Burhan
@SDN chairman of the transitional military council
2019-04-12 2019-08-21 Abdel Fattah al-Burhan
@SDN deputy chairman of the sovereignty council
2019-08-21 2023-05-19 Mohamed Hamdan Dagalo
@rapid-support-forces commander
2013 .. Mohamed Hamdan Dagalo
@SDN prime minister
2019-08-21 2021-10-25 Abdalla Hamdok
2021-11-21 2022-01-02 Abdalla Hamdok
2025-05-31 .. Kamil Idris
@SSD president
2011-07-09 .. Salva Kiir Mayardit
@SSD first vice president
2011-07-09 2013-07-23 Riek Machar {vice president}
2016-04-26 2016-07-25 Riek Machar
2020-02-22 2025-09 Riek Machar
@sudan-peoples-liberation-movement leader
1983 2005-07-30 John Garang
@SOM president
1969-10-21 1991-01-26 Siad Barre
2004-10-14 2008-12-29 Abdullahi Yusuf Ahmed
2009-01-31 2012-08-20 Sharif Sheikh Ahmed
2012-09-16 2017-02-16 Hassan Sheikh Mohamud
2017-02-16 2022-05-23 Mohamed Abdullahi Farmaajo
2022-05-23 .. Hassan Sheikh Mohamud
@SOM prime minister
2010-11-01 2011-06-19 Mohamed Abdullahi Farmaajo
2017-03-01 2020-07-25 Hassan Ali Khaire
2020-09-23 2022-06-25 Mohamed Hussein Roble
2022-06-25 .. Hamza Abdi Barre
@SOM president of somaliland
2017-12-13 2024-12-12 Muse Bihi Abdi
2024-12-12 .. Abdirahman Mohamed Abdullahi
@al-shabaab leader
2008-05 2014-09-01 Ahmed Abdi Godane
2014-09-06 .. Ahmad Umar
"""))

CURATED_PEOPLE += r"""
P. V. Narasimha Rao | Narasimha Rao; P.V. Narasimha Rao | Rao | IND
Atal Bihari Vajpayee | Vajpayee | | IND
Manmohan Singh | | Singh | IND
V. P. Singh | Vishwanath Pratap Singh; V.P. Singh | Singh | IND
H. D. Deve Gowda | Deve Gowda; H.D. Deve Gowda | Gowda | IND
I. K. Gujral | Inder Kumar Gujral; I.K. Gujral | Gujral | IND
Droupadi Murmu | | Murmu | IND
Ram Nath Kovind | | Kovind | IND
Pranab Mukherjee | | Mukherjee | IND
A. P. J. Abdul Kalam | APJ Abdul Kalam; A.P.J. Abdul Kalam; Abdul Kalam | Kalam | IND
Pratibha Patil | | Patil | IND
S. Jaishankar | Subrahmanyam Jaishankar; Jaishankar | | IND
Sushma Swaraj | | Swaraj | IND
Rajnath Singh | | Singh | IND
Nirmala Sitharaman | Sitharaman | | IND
Arun Jaitley | | Jaitley | IND
Amit Shah | | Shah | IND
Ajit Doval | Doval | | IND
Raghuram Rajan | | Rajan | IND
Shaktikanta Das | | Das | IND
Sanjay Malhotra | | Malhotra | IND
Bipin Rawat | | Rawat | IND
Anil Chauhan | | Chauhan | IND
Rahul Gandhi | | Gandhi | IND
Sonia Gandhi | | Gandhi | IND
Rajiv Gandhi | | Gandhi | IND
Mallikarjun Kharge | | Kharge | IND
Mamata Banerjee | | Banerjee | IND
Arvind Kejriwal | Kejriwal | | IND
Yogi Adityanath | Adityanath | | IND
Jagdeep Dhankhar | | Dhankhar | IND
C. P. Radhakrishnan | C.P. Radhakrishnan | Radhakrishnan | IND
Mukesh Ambani | | Ambani | IND
Gautam Adani | | Adani | IND
N. Chandrasekaran | Natarajan Chandrasekaran | Chandrasekaran | IND
Ratan Tata | | Tata | IND
Pervez Musharraf | Musharraf; Gen. Pervez Musharraf | | PAK
Benazir Bhutto | | Bhutto | PAK
Nawaz Sharif | Mian Nawaz Sharif | Sharif | PAK
Shehbaz Sharif | Shahbaz Sharif | Sharif | PAK
Imran Khan | | Khan | PAK
Asif Ali Zardari | Zardari | | PAK
Arif Alvi | | Alvi | PAK
Yousaf Raza Gillani | Yousuf Raza Gilani; Yusuf Raza Gilani | Gillani; Gilani | PAK
Shaukat Aziz | | Aziz | PAK
Shahid Khaqan Abbasi | | Abbasi | PAK
Ishaq Dar | | Dar | PAK
Bilawal Bhutto Zardari | Bilawal Bhutto | Bhutto Zardari | PAK
Shah Mehmood Qureshi | | Qureshi | PAK
Khawaja Asif | | Asif | PAK
Asim Munir | Syed Asim Munir; Field Marshal Asim Munir | Munir | PAK
Qamar Javed Bajwa | | Bajwa | PAK
Raheel Sharif | | Sharif | PAK
Ashfaq Parvez Kayani | | Kayani | PAK
Maryam Nawaz | Maryam Nawaz Sharif | - | PAK
Muhammad Aurangzeb | | Aurangzeb | PAK
Sheikh Hasina | Sheikh Hasina Wazed | Hasina | BGD
Khaleda Zia | | Zia | BGD
Muhammad Yunus | | Yunus | BGD
Tarique Rahman | | Rahman | BGD
Mohammed Shahabuddin | | Shahabuddin | BGD
Mahinda Rajapaksa | | Rajapaksa | LKA
Gotabaya Rajapaksa | | Rajapaksa | LKA
Ranil Wickremesinghe | Wickremesinghe | | LKA
Maithripala Sirisena | | Sirisena | LKA
Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga | Kumaratunga | LKA
Anura Kumara Dissanayake | Anura Dissanayake | Dissanayake | LKA
Harini Amarasuriya | | Amarasuriya | LKA
Velupillai Prabhakaran | Prabhakaran | | LKA
Pushpa Kamal Dahal | Prachanda | Dahal | NPL
KP Sharma Oli | K. P. Sharma Oli; Khadga Prasad Sharma Oli | Oli | NPL
Sher Bahadur Deuba | | Deuba | NPL
Sushila Karki | | Karki | NPL
Mullah Omar | Mohammad Omar; Mullah Mohammad Omar | - | AFG
Hamid Karzai | Karzai | | AFG
Ashraf Ghani | Mohammad Ashraf Ghani | Ghani | AFG
Abdullah Abdullah | | - | AFG
Hibatullah Akhundzada | Haibatullah Akhundzada; Akhundzada | | AFG
Akhtar Mansour | Mullah Akhtar Mansour; Akhtar Mohammad Mansour | Mansour | AFG
Mohammad Hassan Akhund | | Akhund | AFG
Abdul Ghani Baradar | Mullah Baradar; Mullah Abdul Ghani Baradar | Baradar | AFG
Sirajuddin Haqqani | | Haqqani | AFG
Jalaluddin Haqqani | | Haqqani | AFG
Amir Khan Muttaqi | | Muttaqi | AFG
Zabihullah Mujahid | | Mujahid | AFG
Ahmad Shah Massoud | | Massoud | AFG
Ahmad Massoud | | Massoud | AFG
Gulbuddin Hekmatyar | Hekmatyar | | AFG
Burhanuddin Rabbani | | Rabbani | AFG
Mohammad Najibullah | Najibullah | | AFG
Mohamed Muizzu | Muizzu | | MDV
Mohamed Nasheed | | Nasheed | MDV
Suharto | President Suharto; Soeharto | - | IDN
B. J. Habibie | Bacharuddin Jusuf Habibie; B.J. Habibie; Habibie | | IDN
Abdurrahman Wahid | Gus Dur | Wahid | IDN
Megawati Sukarnoputri | Megawati | Sukarnoputri | IDN
Susilo Bambang Yudhoyono | SBY; Yudhoyono | | IDN
Joko Widodo | Jokowi | Widodo | IDN
Prabowo Subianto | Prabowo | Subianto | IDN
Gibran Rakabuming Raka | Gibran Rakabuming | Raka | IDN
Retno Marsudi | | Marsudi | IDN
Sri Mulyani Indrawati | Sri Mulyani | Indrawati | IDN
Mahathir Mohamad | Mahathir bin Mohamad; Mahathir | Mahathir | MYS
Abdullah Ahmad Badawi | | Badawi | MYS
Najib Razak | Najib Tun Razak | Najib | MYS
Muhyiddin Yassin | | Muhyiddin | MYS
Ismail Sabri Yaakob | | Ismail Sabri | MYS
Anwar Ibrahim | | Anwar | MYS
Lee Kuan Yew | | Lee | SGP
Goh Chok Tong | | Goh | SGP
Lee Hsien Loong | | Lee | SGP
Lawrence Wong | | Wong | SGP
Tharman Shanmugaratnam | | Tharman | SGP
Vivian Balakrishnan | | Balakrishnan | SGP
Bhumibol Adulyadej | King Bhumibol; King Bhumibol Adulyadej | - | THA
Vajiralongkorn | King Vajiralongkorn; Maha Vajiralongkorn; King Maha Vajiralongkorn | - | THA
Thaksin Shinawatra | Thaksin | Shinawatra | THA
Yingluck Shinawatra | Yingluck | Shinawatra | THA
Paetongtarn Shinawatra | Paetongtarn | Shinawatra | THA
Prayut Chan-o-cha | Prayuth Chan-ocha; Prayut Chan-ocha; Prayuth Chan-o-cha | Prayut; Prayuth | THA
Srettha Thavisin | Srettha | Thavisin | THA
Anutin Charnvirakul | Anutin | Charnvirakul | THA
Abhisit Vejjajiva | Abhisit | Vejjajiva | THA
Corazon Aquino | Cory Aquino | Aquino | PHL
Fidel V. Ramos | Fidel Ramos | Ramos | PHL
Joseph Estrada | | Estrada | PHL
Gloria Macapagal Arroyo | Gloria Arroyo | Arroyo | PHL
Benigno Aquino III | Noynoy Aquino; Benigno Aquino | Aquino | PHL
Rodrigo Duterte | Rodrigo Roa Duterte | Duterte | PHL
Sara Duterte | | Duterte | PHL
Ferdinand Marcos Jr. | Bongbong Marcos; Ferdinand Marcos Jr; Ferdinand R. Marcos Jr. | Marcos | PHL
Ferdinand Marcos | | Marcos | PHL
Nguyen Phu Trong | Nguyễn Phú Trọng | Trong | VNM
To Lam | Tô Lâm | Lam | VNM
Luong Cuong | Lương Cường | Cuong | VNM
Pham Minh Chinh | Phạm Minh Chính | Chinh | VNM
Nguyen Xuan Phuc | Nguyễn Xuân Phúc | Phuc | VNM
Nguyen Tan Dung | Nguyễn Tấn Dũng | Dung | VNM
Vo Van Thuong | Võ Văn Thưởng | Thuong | VNM
Hun Sen | | Hun | KHM
Hun Manet | | Hun | KHM
Norodom Sihanouk | King Sihanouk | Sihanouk | KHM
Norodom Sihamoni | King Norodom Sihamoni; King Sihamoni | Sihamoni | KHM
Pol Pot | | - | KHM
Than Shwe | | - | MMR
Thein Sein | | - | MMR
Aung San Suu Kyi | Suu Kyi; Daw Aung San Suu Kyi | | MMR
Min Aung Hlaing | Senior General Min Aung Hlaing | - | MMR
Win Myint | | - | MMR
Hassanal Bolkiah | Sultan Hassanal Bolkiah | Bolkiah | BRN
Xanana Gusmão | Xanana Gusmao | Gusmão; Gusmao | TLS
José Ramos-Horta | Jose Ramos-Horta; Ramos-Horta | | TLS
Bob Hawke | | Hawke | AUS
Paul Keating | | Keating | AUS
John Howard | | Howard | AUS
Kevin Rudd | | Rudd | AUS
Julia Gillard | | Gillard | AUS
Tony Abbott | | Abbott | AUS
Malcolm Turnbull | | Turnbull | AUS
Scott Morrison | | Morrison | AUS
Anthony Albanese | | Albanese | AUS
Penny Wong | | Wong | AUS
Richard Marles | | Marles | AUS
Jim Chalmers | | Chalmers | AUS
Peter Dutton | | Dutton | AUS
Sussan Ley | | Ley | AUS
Michele Bullock | | Bullock | AUS
Jim Bolger | | Bolger | NZL
Helen Clark | | Clark | NZL
John Key | | Key | NZL
Jacinda Ardern | Ardern | | NZL
Chris Hipkins | | Hipkins | NZL
Christopher Luxon | Chris Luxon | Luxon | NZL
Winston Peters | | Peters | NZL
James Marape | | Marape | PNG
Frank Bainimarama | Voreqe Bainimarama | Bainimarama | FJI
Sitiveni Rabuka | | Rabuka | FJI
"""

CURATED_ROLE_BLOCKS.append(("south asia", r"""
@IND prime minister
1984-10-31 1989-12-02 Rajiv Gandhi
1989-12-02 1990-11-10 V. P. Singh
1990-11-10 1991-06-21 Chandra Shekhar
1991-06-21 1996-05-16 P. V. Narasimha Rao
1996-05-16 1996-06-01 Atal Bihari Vajpayee
1996-06-01 1997-04-21 H. D. Deve Gowda
1997-04-21 1998-03-19 I. K. Gujral
1998-03-19 2004-05-22 Atal Bihari Vajpayee
2004-05-22 2014-05-26 Manmohan Singh
2014-05-26 .. Narendra Modi
@IND chief minister of gujarat
2001-10-07 2014-05-22 Narendra Modi
@IND president
1987-07-25 1992-07-25 R. Venkataraman
1992-07-25 1997-07-25 Shankar Dayal Sharma
1997-07-25 2002-07-25 K. R. Narayanan
2002-07-25 2007-07-25 A. P. J. Abdul Kalam
2007-07-25 2012-07-25 Pratibha Patil
2012-07-25 2017-07-25 Pranab Mukherjee
2017-07-25 2022-07-25 Ram Nath Kovind
2022-07-25 .. Droupadi Murmu
@IND vice president
2022-08-11 2025-07-21 Jagdeep Dhankhar
2025-09-12 .. C. P. Radhakrishnan
@IND foreign minister
1998-12 2002-07 Jaswant Singh
2002-07 2004-05 Yashwant Sinha
2006-10-24 2009-05-22 Pranab Mukherjee
2009-05-22 2012-10-28 S. M. Krishna
2012-10-28 2014-05-26 Salman Khurshid
2014-05-26 2019-05-30 Sushma Swaraj
2019-05-30 .. S. Jaishankar
@IND defence minister
2004-05-22 2006-10-24 Pranab Mukherjee
2006-10-25 2014-05-26 A. K. Antony
2014-11-09 2017-03-13 Manohar Parrikar
2017-09-03 2019-05-30 Nirmala Sitharaman
2019-05-30 .. Rajnath Singh
@IND finance minister
1991-06-21 1996-05-16 Manmohan Singh
2004-05-22 2008-11-30 P. Chidambaram
2009-01-24 2012-06-26 Pranab Mukherjee
2012-07-31 2014-05-26 P. Chidambaram
2014-05-26 2019-05-30 Arun Jaitley
2019-05-31 .. Nirmala Sitharaman
@IND home minister
2014-05-26 2019-05-30 Rajnath Singh
2019-05-30 .. Amit Shah
@IND national security adviser
2014-05-30 .. Ajit Doval
@reserve-bank-of-india governor
2003-09-06 2008-09-05 Y. V. Reddy
2008-09-05 2013-09-04 Duvvuri Subbarao
2013-09-04 2016-09-04 Raghuram Rajan
2016-09-04 2018-12-10 Urjit Patel
2018-12-12 2024-12-10 Shaktikanta Das
2024-12-11 .. Sanjay Malhotra
@IND chief of defence staff
2020-01-01 2021-12-08 Bipin Rawat
2022-09-30 .. Anil Chauhan
@IND army chief
2016-12-31 2019-12-31 Bipin Rawat
@IND leader of the opposition
2024-06-09 .. Rahul Gandhi
@indian-national-congress president
1998-03-14 2017-12-16 Sonia Gandhi
2017-12-16 2019-08-10 Rahul Gandhi
2019-08-10 2022-10-26 Sonia Gandhi
2022-10-26 .. Mallikarjun Kharge
@IND chief minister of west bengal
2011-05-20 .. Mamata Banerjee
@IND chief minister of delhi
2015-02-14 2024-09-21 Arvind Kejriwal
@IND chief minister of uttar pradesh
2017-03-19 .. Yogi Adityanath
@reliance-industries chairman
2002-07 .. Mukesh Ambani
@adani-group chairman
1988 .. Gautam Adani
@tata-group chairman
1991-03 2012-12-28 Ratan Tata
2017-02-21 .. N. Chandrasekaran
@PAK president
1988-12-13 1993-07-18 Ghulam Ishaq Khan
1993-11-14 1997-12-02 Farooq Leghari
1998-01-01 2001-06-20 Muhammad Rafiq Tarar
2001-06-20 2008-08-18 Pervez Musharraf
2008-09-09 2013-09-09 Asif Ali Zardari
2013-09-09 2018-09-09 Mamnoon Hussain
2018-09-09 2024-03-10 Arif Alvi
2024-03-10 .. Asif Ali Zardari
@PAK chief executive
1999-10-12 2002-11-23 Pervez Musharraf
@PAK army chief
1998-10-07 2007-11-28 Pervez Musharraf
2007-11-28 2013-11-29 Ashfaq Parvez Kayani
2013-11-29 2016-11-29 Raheel Sharif
2016-11-29 2022-11-29 Qamar Javed Bajwa
2022-11-29 .. Asim Munir
@PAK prime minister
1988-12-02 1990-08-06 Benazir Bhutto
1990-11-06 1993-07-18 Nawaz Sharif
1993-10-19 1996-11-05 Benazir Bhutto
1997-02-17 1999-10-12 Nawaz Sharif
2002-11-23 2004-06-26 Zafarullah Khan Jamali
2004-08-28 2007-11-16 Shaukat Aziz
2008-03-25 2012-06-19 Yousaf Raza Gillani
2012-06-22 2013-03-25 Raja Pervaiz Ashraf
2013-06-05 2017-07-28 Nawaz Sharif
2017-08-01 2018-05-31 Shahid Khaqan Abbasi
2018-08-18 2022-04-10 Imran Khan
2022-04-11 2023-08-14 Shehbaz Sharif
2023-08-14 2024-03-04 Anwaar-ul-Haq Kakar {caretaker prime minister}
2024-03-04 .. Shehbaz Sharif
@PAK chief minister of punjab
2008-06 2018-06 Shehbaz Sharif
2024-02-26 .. Maryam Nawaz
@pakistan-tehreek-e-insaf chairman
1996-04-25 2023-12 Imran Khan
@pakistan-peoples-party chairman
2007-12-30 .. Bilawal Bhutto Zardari
@PAK foreign minister
2008-03-31 2011-02-11 Shah Mehmood Qureshi
2011-07-19 2013-03-16 Hina Rabbani Khar
2018-08-20 2022-04-10 Shah Mehmood Qureshi
2022-04-27 2023-08-10 Bilawal Bhutto Zardari
2024-03-11 .. Ishaq Dar
@PAK deputy prime minister
2024-04-28 .. Ishaq Dar
@PAK finance minister
2013-06-07 2017-11 Ishaq Dar
2022-09-28 2023-08-10 Ishaq Dar
2024-03-11 .. Muhammad Aurangzeb
@PAK defence minister
2024-03-11 .. Khawaja Asif
@PAK intelligence chief
2019-06 2021-11 Faiz Hameed
2021-11-20 2024-09-30 Nadeem Anjum
2024-09-30 .. Asim Malik
@BGD prime minister
1991-03-20 1996-03-30 Khaleda Zia
1996-06-23 2001-07-15 Sheikh Hasina
2001-10-10 2006-10-29 Khaleda Zia
2009-01-06 2024-08-05 Sheikh Hasina
@BGD chief adviser
2007-01-12 2009-01-06 Fakhruddin Ahmed
2024-08-08 .. Muhammad Yunus
@awami-league president
1981-02-16 .. Sheikh Hasina
@bangladesh-nationalist-party acting chairman
2018-02-08 .. Tarique Rahman
@BGD president
2009-02-12 2013-03-20 Zillur Rahman
2013-03-20 2023-04-24 Abdul Hamid
2023-04-24 .. Mohammed Shahabuddin
@LKA president
1989-01-02 1993-05-01 Ranasinghe Premadasa
1993-05-01 1994-11-12 Dingiri Banda Wijetunga
1994-11-12 2005-11-19 Chandrika Kumaratunga
2005-11-19 2015-01-09 Mahinda Rajapaksa
2015-01-09 2019-11-18 Maithripala Sirisena
2019-11-18 2022-07-14 Gotabaya Rajapaksa
2022-07-21 2024-09-23 Ranil Wickremesinghe
2024-09-23 .. Anura Kumara Dissanayake
@LKA prime minister
2004-04-06 2005-11-19 Mahinda Rajapaksa
2015-01-09 2018-10-26 Ranil Wickremesinghe
2018-12-16 2019-11-21 Ranil Wickremesinghe
2019-11-21 2022-05-09 Mahinda Rajapaksa
2022-05-12 2022-07-21 Ranil Wickremesinghe
2022-07-22 2024-09-23 Dinesh Gunawardena
2024-09-24 .. Harini Amarasuriya
@LKA defence secretary
2005-11 2015-01 Gotabaya Rajapaksa
@liberation-tigers-of-tamil-eelam leader
1976-05-05 2009-05-18 Velupillai Prabhakaran
@NPL king
1972-01-31 2001-06-01 Birendra of Nepal
2001-06-04 2008-05-28 Gyanendra of Nepal
@NPL president
2008-07-23 2015-10-29 Ram Baran Yadav
2015-10-29 2023-03-13 Bidya Devi Bhandari
2023-03-13 .. Ram Chandra Paudel
@NPL prime minister
2006-04-25 2008-08-18 Girija Prasad Koirala
2008-08-18 2009-05-25 Pushpa Kamal Dahal
2015-10-12 2016-08-04 KP Sharma Oli
2016-08-04 2017-06-07 Pushpa Kamal Dahal
2017-06-07 2018-02-15 Sher Bahadur Deuba
2018-02-15 2021-07-13 KP Sharma Oli
2021-07-13 2022-12-26 Sher Bahadur Deuba
2022-12-26 2024-07-15 Pushpa Kamal Dahal
2024-07-15 2025-09-09 KP Sharma Oli
2025-09-12 .. Sushila Karki
@AFG president
1987-09-30 1992-04-16 Mohammad Najibullah
1992-06-28 2001-12-22 Burhanuddin Rabbani
2001-12-22 2014-09-29 Hamid Karzai
2014-09-29 2021-08-15 Ashraf Ghani
@AFG chief executive
2014-09-29 2020-03-31 Abdullah Abdullah
@AFG prime minister
1993-03 1994-01 Gulbuddin Hekmatyar
1996-06 1996-09 Gulbuddin Hekmatyar
2021-09-07 .. Mohammad Hassan Akhund
@hezb-e-islami leader
1976 .. Gulbuddin Hekmatyar
@taliban leader
1994 2013-04-23 Mullah Omar
2015-07-29 2016-05-21 Akhtar Mansour
2016-05-25 .. Hibatullah Akhundzada
@AFG supreme leader
1996-09-27 2001-11-13 Mullah Omar
2021-08-15 .. Hibatullah Akhundzada
@AFG deputy prime minister
2021-09-07 .. Abdul Ghani Baradar
@AFG interior minister
2021-09-07 .. Sirajuddin Haqqani
@haqqani-network leader
1970 2018-09 Jalaluddin Haqqani
2018-09 .. Sirajuddin Haqqani
@AFG foreign minister
2021-09-07 .. Amir Khan Muttaqi
@taliban spokesman
2007 .. Zabihullah Mujahid
@northern-alliance commander
1996 2001-09-09 Ahmad Shah Massoud
@national-resistance-front leader
2021-08 .. Ahmad Massoud
@MDV president
1978-11-11 2008-11-11 Maumoon Abdul Gayoom
2008-11-11 2012-02-07 Mohamed Nasheed
2012-02-07 2013-11-17 Mohammed Waheed Hassan
2013-11-17 2018-11-17 Abdulla Yameen
2018-11-17 2023-11-17 Ibrahim Mohamed Solih
2023-11-17 .. Mohamed Muizzu
@BTN king
1972-07-21 2006-12-09 Jigme Singye Wangchuck
2006-12-09 .. Jigme Khesar Namgyel Wangchuck
@BTN prime minister
2013-07-27 2018-08-07 Tshering Tobgay
2018-11-07 2024-01-28 Lotay Tshering
2024-01-28 .. Tshering Tobgay
"""))

CURATED_ROLE_BLOCKS.append(("southeast asia, oceania", r"""
@IDN president
1967-03-12 1998-05-21 Suharto
1998-05-21 1999-10-20 B. J. Habibie
1999-10-20 2001-07-23 Abdurrahman Wahid
2001-07-23 2004-10-20 Megawati Sukarnoputri
2004-10-20 2014-10-20 Susilo Bambang Yudhoyono
2014-10-20 2024-10-20 Joko Widodo
2024-10-20 .. Prabowo Subianto
@IDN vice president
2004-10-20 2009-10-20 Jusuf Kalla
2014-10-20 2019-10-20 Jusuf Kalla
2019-10-20 2024-10-20 Ma'ruf Amin
2024-10-20 .. Gibran Rakabuming Raka
@IDN defence minister
2019-10-23 2024-10-20 Prabowo Subianto
@IDN foreign minister
2014-10-27 2024-10-20 Retno Marsudi
2024-10-21 .. Sugiono
@IDN finance minister
2005-12 2010-05 Sri Mulyani Indrawati
2016-07-27 2025-09-08 Sri Mulyani Indrawati
2025-09-08 .. Purbaya Yudhi Sadewa
@bank-indonesia governor
2018-05-24 .. Perry Warjiyo
@MYS prime minister
1981-07-16 2003-10-31 Mahathir Mohamad
2003-10-31 2009-04-03 Abdullah Ahmad Badawi
2009-04-03 2018-05-10 Najib Razak
2018-05-10 2020-02-24 Mahathir Mohamad
2020-03-01 2021-08-16 Muhyiddin Yassin
2021-08-21 2022-11-24 Ismail Sabri Yaakob
2022-11-24 .. Anwar Ibrahim
@MYS deputy prime minister
1993-12 1998-09 Anwar Ibrahim
@MYS king
2024-01-31 .. Sultan Ibrahim of Johor
2019-01-31 2024-01-30 Abdullah of Pahang
@MYS foreign minister
2023-12-12 .. Mohamad Hasan
@SGP prime minister
1959-06-05 1990-11-28 Lee Kuan Yew
1990-11-28 2004-08-12 Goh Chok Tong
2004-08-12 2024-05-15 Lee Hsien Loong
2024-05-15 .. Lawrence Wong
@SGP president
1993-09-01 1999-08-31 Ong Teng Cheong
1999-09-01 2011-08-31 S. R. Nathan
2011-09-01 2017-08-31 Tony Tan
2017-09-14 2023-09-13 Halimah Yacob
2023-09-14 .. Tharman Shanmugaratnam
@SGP foreign minister
2015-10-01 .. Vivian Balakrishnan
@THA king
1946-06-09 2016-10-13 Bhumibol Adulyadej
2016-10-13 .. Vajiralongkorn
@THA prime minister
1991-03-02 1992-04-07 Anand Panyarachun
1992-09-23 1995-07-13 Chuan Leekpai
1995-07-13 1996-11-25 Banharn Silpa-archa
1996-11-25 1997-11-09 Chavalit Yongchaiyudh
1997-11-09 2001-02-09 Chuan Leekpai
2001-02-09 2006-09-19 Thaksin Shinawatra
2006-10-01 2008-01-29 Surayud Chulanont
2008-01-29 2008-09-09 Samak Sundaravej
2008-09-18 2008-12-02 Somchai Wongsawat
2008-12-17 2011-08-05 Abhisit Vejjajiva
2011-08-05 2014-05-07 Yingluck Shinawatra
2014-08-24 2023-08-22 Prayut Chan-o-cha
2023-08-22 2024-08-14 Srettha Thavisin
2024-08-16 2025-08-29 Paetongtarn Shinawatra
2025-09-05 .. Anutin Charnvirakul
@PHL president
1965-12-30 1986-02-25 Ferdinand Marcos
1986-02-25 1992-06-30 Corazon Aquino
1992-06-30 1998-06-30 Fidel V. Ramos
1998-06-30 2001-01-20 Joseph Estrada
2001-01-20 2010-06-30 Gloria Macapagal Arroyo
2010-06-30 2016-06-30 Benigno Aquino III
2016-06-30 2022-06-30 Rodrigo Duterte
2022-06-30 .. Ferdinand Marcos Jr.
@PHL vice president
2022-06-30 .. Sara Duterte
@PHL mayor of davao city
1988 1998 Rodrigo Duterte
2016-06-30 2022-06-30 Sara Duterte {mayor of davao city}
@communist-party-of-vietnam general secretary
1991-06-28 1997-12-26 Do Muoi
1997-12-26 2001-04-22 Le Kha Phieu
2001-04-22 2011-01-19 Nong Duc Manh
2011-01-19 2024-07-19 Nguyen Phu Trong
2024-08-03 .. To Lam
@VNM president
1992-09-23 1997-09-24 Le Duc Anh
1997-09-24 2006-06-27 Tran Duc Luong
2006-06-27 2011-07-25 Nguyen Minh Triet
2011-07-25 2016-04-02 Truong Tan Sang
2016-04-02 2018-09-21 Tran Dai Quang
2018-10-23 2021-04-05 Nguyen Phu Trong
2021-04-05 2023-01-18 Nguyen Xuan Phuc
2023-03-02 2024-03-21 Vo Van Thuong
2024-05-22 2024-10-21 To Lam
2024-10-21 .. Luong Cuong
@VNM prime minister
1991-08-08 1997-09-25 Vo Van Kiet
1997-09-25 2006-06-27 Phan Van Khai
2006-06-27 2016-04-06 Nguyen Tan Dung
2016-04-07 2021-04-05 Nguyen Xuan Phuc
2021-04-05 .. Pham Minh Chinh
@VNM minister of public security
2016-04-09 2024-06-06 To Lam
@KHM king
1993-09-24 2004-10-07 Norodom Sihanouk
2004-10-14 .. Norodom Sihamoni
@KHM prime minister
1985-01-14 2023-08-22 Hun Sen
2023-08-22 .. Hun Manet
@KHM president of the senate
2024-04-03 .. Hun Sen
@khmer-rouge leader
1963 1997 Pol Pot
@LAO president
2006-06-08 2016-04-20 Choummaly Sayasone
2016-04-20 2021-03-22 Bounnhang Vorachith
2021-03-22 .. Thongloun Sisoulith
@LAO prime minister
2016-04-20 2021-03-22 Thongloun Sisoulith
2022-12-30 .. Sonexay Siphandone
@MMR head of state
1992-04-23 2011-03-30 Than Shwe
@MMR president
2011-03-30 2016-03-30 Thein Sein
2016-03-30 2018-03-21 Htin Kyaw
2018-03-30 2021-02-01 Win Myint
2021-02-01 2024-07-22 Myint Swe {acting president}
2024-07-22 .. Min Aung Hlaing {acting president}
@MMR state counsellor
2016-04-06 2021-02-01 Aung San Suu Kyi
@national-league-for-democracy chairwoman
1988-09-27 .. Aung San Suu Kyi
@MMR commander-in-chief
2011-03-30 .. Min Aung Hlaing
@MMR chairman of the state administration council
2021-02-02 2025-07-31 Min Aung Hlaing
@MMR prime minister
2021-08-01 2025-07-31 Min Aung Hlaing
2025-07-31 .. Nyo Saw
@BRN sultan
1967-10-05 .. Hassanal Bolkiah
@TLS president
2002-05-20 2007-05-20 Xanana Gusmão
2007-05-20 2012-05-20 José Ramos-Horta
2012-05-20 2017-05-20 Taur Matan Ruak
2017-05-20 2022-05-20 Francisco Guterres
2022-05-20 .. José Ramos-Horta
@TLS prime minister
2007-08-08 2015-02-16 Xanana Gusmão
2018-06-22 2023-07-01 Taur Matan Ruak
2023-07-01 .. Xanana Gusmão
@AUS prime minister
1983-03-11 1991-12-20 Bob Hawke
1991-12-20 1996-03-11 Paul Keating
1996-03-11 2007-12-03 John Howard
2007-12-03 2010-06-24 Kevin Rudd
2010-06-24 2013-06-27 Julia Gillard
2013-06-27 2013-09-18 Kevin Rudd
2013-09-18 2015-09-15 Tony Abbott
2015-09-15 2018-08-24 Malcolm Turnbull
2018-08-24 2022-05-23 Scott Morrison
2022-05-23 .. Anthony Albanese
@AUS foreign minister
1996-03-11 2007-12-03 Alexander Downer
2013-09-18 2018-08-30 Julie Bishop
2018-08-30 2022-05-23 Marise Payne
2022-05-23 .. Penny Wong
@AUS ambassador to the united states
2023-03 .. Kevin Rudd
@AUS defence minister
2022-06-01 .. Richard Marles
@AUS deputy prime minister
2022-05-23 .. Richard Marles
@AUS treasurer
2018-08-28 2022-05-23 Josh Frydenberg
2022-06-01 .. Jim Chalmers
@reserve-bank-of-australia governor
2016-09-18 2023-09-17 Philip Lowe
2023-09-18 .. Michele Bullock
@AUS leader of the opposition
2022-05-30 2025-05-03 Peter Dutton
2025-05-13 .. Sussan Ley
@NZL prime minister
1990-11-02 1997-12-08 Jim Bolger
1997-12-08 1999-12-10 Jenny Shipley
1999-12-10 2008-11-19 Helen Clark
2008-11-19 2016-12-12 John Key
2016-12-12 2017-10-26 Bill English
2017-10-26 2023-01-25 Jacinda Ardern
2023-01-25 2023-11-27 Chris Hipkins
2023-11-27 .. Christopher Luxon
@undp administrator
2009-04-17 2017-04-19 Helen Clark
@NZL foreign minister
2017-10-26 2020-11-06 Winston Peters
2023-11-27 .. Winston Peters
@PNG prime minister
2002-08-05 2011-08-02 Michael Somare
2011-08-02 2019-05-30 Peter O'Neill
2019-05-30 .. James Marape
@FJI prime minister
1992-06-02 1999-05-19 Sitiveni Rabuka
2007-01-05 2022-12-24 Frank Bainimarama
2022-12-24 .. Sitiveni Rabuka
@SLB prime minister
2019-04-24 2024-05-02 Manasseh Sogavare
2024-05-02 .. Jeremiah Manele
@WSM prime minister
1998-11-23 2021-05-24 Tuilaepa Sailele Malielegaoi
2021-05-24 2025-09 Fiamē Naomi Mata'afa
"""))

CURATED_PEOPLE += r"""
Ibrahim Babangida | | Babangida | NGA
Sani Abacha | Abacha | | NGA
Olusegun Obasanjo | Obasanjo | | NGA
Umaru Musa Yar'Adua | Umaru Yar'Adua | Yar'Adua | NGA
Goodluck Jonathan | | Jonathan | NGA
Muhammadu Buhari | Buhari | | NGA
Bola Tinubu | Bola Ahmed Tinubu; Tinubu | | NGA
Kashim Shettima | | Shettima | NGA
Yemi Osinbajo | | Osinbajo | NGA
Abubakar Shekau | Shekau | | NGA
Mohammed Yusuf | | Yusuf | NGA
F. W. de Klerk | Frederik Willem de Klerk; F.W. de Klerk; FW de Klerk | de Klerk | ZAF
Nelson Mandela | Mandela; Nelson Rolihlahla Mandela | | ZAF
Thabo Mbeki | | Mbeki | ZAF
Kgalema Motlanthe | | Motlanthe | ZAF
Jacob Zuma | | Zuma | ZAF
Cyril Ramaphosa | Ramaphosa | | ZAF
Naledi Pandor | | Pandor | ZAF
Ronald Lamola | | Lamola | ZAF
Enoch Godongwana | | Godongwana | ZAF
Pravin Gordhan | | Gordhan | ZAF
Tito Mboweni | | Mboweni | ZAF
Lesetja Kganyago | | Kganyago | ZAF
Julius Malema | Malema | | ZAF
John Steenhuisen | | Steenhuisen | ZAF
Mangosuthu Buthelezi | | Buthelezi | ZAF
Desmond Tutu | Archbishop Desmond Tutu | Tutu | ZAF
Daniel arap Moi | Daniel Arap Moi | Moi | KEN
Mwai Kibaki | | Kibaki | KEN
Uhuru Kenyatta | | Kenyatta | KEN
William Ruto | | Ruto | KEN
Raila Odinga | | Odinga | KEN
Rigathi Gachagua | | Gachagua | KEN
Kithure Kindiki | | Kindiki | KEN
Meles Zenawi | | Meles | ETH
Hailemariam Desalegn | | Hailemariam | ETH
Abiy Ahmed | Abiy Ahmed Ali; Prime Minister Abiy | Abiy | ETH
Mengistu Haile Mariam | | Mengistu | ETH
Sahle-Work Zewde | | Sahle-Work | ETH
Taye Atske Selassie | | Taye | ETH
Debretsion Gebremichael | | Debretsion | ETH
Getachew Reda | | Getachew | ETH
Isaias Afwerki | | Isaias | ERI
Yoweri Museveni | Museveni | | UGA
Muhoozi Kainerugaba | | Kainerugaba; Muhoozi | UGA
Bobi Wine | Robert Kyagulanyi | - | UGA
Joseph Kony | Kony | | UGA
Benjamin Mkapa | | Mkapa | TZA
Jakaya Kikwete | | Kikwete | TZA
John Magufuli | | Magufuli | TZA
Samia Suluhu Hassan | | - | TZA
Paul Kagame | Kagame | | RWA
Juvénal Habyarimana | Juvenal Habyarimana | Habyarimana | RWA
Pierre Nkurunziza | | Nkurunziza | BDI
Évariste Ndayishimiye | Evariste Ndayishimiye | Ndayishimiye | BDI
Mobutu Sese Seko | Mobutu | | COD
Laurent-Désiré Kabila | Laurent Kabila; Laurent-Desire Kabila | Kabila | COD
Joseph Kabila | | Kabila | COD
Félix Tshisekedi | Felix Tshisekedi; Tshisekedi | | COD
Judith Suminwa | | Suminwa | COD
Corneille Nangaa | | Nangaa | COD
Sultani Makenga | | Makenga | COD
Denis Sassou Nguesso | Sassou Nguesso | | COG
José Eduardo dos Santos | Jose Eduardo dos Santos | dos Santos | AGO
João Lourenço | Joao Lourenco | Lourenço | AGO
Jonas Savimbi | Savimbi | | AGO
Joaquim Chissano | | Chissano | MOZ
Armando Guebuza | | Guebuza | MOZ
Filipe Nyusi | | Nyusi | MOZ
Daniel Chapo | | Chapo | MOZ
Venâncio Mondlane | Venancio Mondlane | Mondlane | MOZ
Robert Mugabe | Mugabe | | ZWE
Emmerson Mnangagwa | Mnangagwa | | ZWE
Morgan Tsvangirai | Tsvangirai | | ZWE
Nelson Chamisa | | Chamisa | ZWE
Kenneth Kaunda | | Kaunda | ZMB
Frederick Chiluba | | Chiluba | ZMB
Levy Mwanawasa | | Mwanawasa | ZMB
Michael Sata | | Sata | ZMB
Edgar Lungu | | Lungu | ZMB
Hakainde Hichilema | Hichilema | | ZMB
Bingu wa Mutharika | | Mutharika | MWI
Peter Mutharika | | Mutharika | MWI
Joyce Banda | | Banda | MWI
Lazarus Chakwera | | Chakwera | MWI
Sam Nujoma | | Nujoma | NAM
Hage Geingob | | Geingob | NAM
Netumbo Nandi-Ndaitwah | | Nandi-Ndaitwah | NAM
Ian Khama | | Khama | BWA
Mokgweetsi Masisi | | Masisi | BWA
Duma Boko | | Boko | BWA
Mswati III | King Mswati III; King Mswati | - | SWZ
Andry Rajoelina | Rajoelina | | MDG
Marc Ravalomanana | | Ravalomanana | MDG
Michael Randrianirina | | Randrianirina | MDG
Jerry Rawlings | | Rawlings | GHA
John Kufuor | | Kufuor | GHA
John Atta Mills | | Atta Mills | GHA
John Mahama | John Dramani Mahama | Mahama | GHA
Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | Akufo-Addo | GHA
Félix Houphouët-Boigny | Felix Houphouet-Boigny | Houphouët-Boigny | CIV
Henri Konan Bédié | Henri Konan Bedie | Bédié | CIV
Laurent Gbagbo | Gbagbo | | CIV
Alassane Ouattara | Ouattara | | CIV
Guillaume Soro | | Soro | CIV
Abdou Diouf | | Diouf | SEN
Abdoulaye Wade | | Wade | SEN
Macky Sall | | Sall | SEN
Bassirou Diomaye Faye | Diomaye Faye | Faye | SEN
Ousmane Sonko | | Sonko | SEN
Amadou Toumani Touré | Amadou Toumani Toure | Touré | MLI
Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita | Keïta; Keita | MLI
Assimi Goïta | Assimi Goita; Goïta; Goita | | MLI
Blaise Compaoré | Blaise Compaore | Compaoré | BFA
Roch Marc Christian Kaboré | Roch Kabore; Roch Marc Christian Kabore | Kaboré | BFA
Ibrahim Traoré | Ibrahim Traore | Traoré | BFA
Thomas Sankara | | Sankara | BFA
Mahamadou Issoufou | | Issoufou | NER
Mohamed Bazoum | Bazoum | | NER
Abdourahamane Tchiani | Abdourahamane Tiani | Tchiani; Tiani | NER
Idriss Déby | Idriss Deby | Déby | TCD
Mahamat Déby | Mahamat Idriss Déby; Mahamat Deby; Mahamat Idriss Deby | Déby | TCD
Hissène Habré | Hissene Habre | Habré | TCD
Paul Biya | | Biya | CMR
Omar Bongo | | Bongo | GAB
Ali Bongo Ondimba | Ali Bongo | Bongo | GAB
Brice Oligui Nguema | | Oligui Nguema | GAB
Teodoro Obiang Nguema Mbasogo | Teodoro Obiang | Obiang | GNQ
Faustin-Archange Touadéra | Faustin-Archange Touadera | Touadéra | CAF
François Bozizé | Francois Bozize | Bozizé | CAF
Lansana Conté | Lansana Conte | Conté | GIN
Alpha Condé | Alpha Conde | Condé | GIN
Mamady Doumbouya | | Doumbouya | GIN
Ernest Bai Koroma | | Koroma | SLE
Julius Maada Bio | | Maada Bio | SLE
Foday Sankoh | | Sankoh | SLE
Charles Taylor | | Taylor | LBR
Ellen Johnson Sirleaf | | Johnson Sirleaf; Sirleaf | LBR
George Weah | | Weah | LBR
Joseph Boakai | | Boakai | LBR
Yahya Jammeh | | Jammeh | GMB
Adama Barrow | | Barrow | GMB
Gnassingbé Eyadéma | Gnassingbe Eyadema | Eyadéma | TGO
Faure Gnassingbé | Faure Gnassingbe | Gnassingbé | TGO
Patrice Talon | | Talon | BEN
Thomas Boni Yayi | Boni Yayi | Yayi | BEN
Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani | MRT
Mohamed Ould Abdel Aziz | | Abdel Aziz | MRT
Ismaïl Omar Guelleh | Ismail Omar Guelleh | Guelleh | DJI
Umaro Sissoco Embaló | Umaro Sissoco Embalo | Embaló | GNB
Azali Assoumani | | Assoumani | COM
Navin Ramgoolam | | Ramgoolam | MUS
Pravind Jugnauth | | Jugnauth | MUS
"""

CURATED_ROLE_BLOCKS.append(("africa", r"""
@NGA head of state
1985-08-27 1993-08-26 Ibrahim Babangida
1993-11-17 1998-06-08 Sani Abacha
1998-06-09 1999-05-29 Abdulsalami Abubakar
@NGA president
1999-05-29 2007-05-29 Olusegun Obasanjo
2007-05-29 2010-05-05 Umaru Musa Yar'Adua
2010-05-06 2015-05-29 Goodluck Jonathan
2015-05-29 2023-05-29 Muhammadu Buhari
2023-05-29 .. Bola Tinubu
@NGA vice president
2015-05-29 2023-05-29 Yemi Osinbajo
2023-05-29 .. Kashim Shettima
@boko-haram leader
2002 2009-07-30 Mohammed Yusuf
2009-07 2021-05-19 Abubakar Shekau
@ZAF president
1989-09-20 1994-05-10 F. W. de Klerk
1994-05-10 1999-06-14 Nelson Mandela
1999-06-14 2008-09-24 Thabo Mbeki
2008-09-25 2009-05-09 Kgalema Motlanthe
2009-05-09 2018-02-14 Jacob Zuma
2018-02-15 .. Cyril Ramaphosa
@african-national-congress president
1991-07 1997-12 Nelson Mandela
2017-12-18 .. Cyril Ramaphosa
@ZAF foreign minister
2019-05-30 2024-06-30 Naledi Pandor
2024-07-03 .. Ronald Lamola
@ZAF finance minister
1996-04-04 2009-05-10 Trevor Manuel
2009-05-10 2014-05-25 Pravin Gordhan
2015-12-14 2017-03-31 Pravin Gordhan
2018-10-09 2021-08-05 Tito Mboweni
2021-08-05 .. Enoch Godongwana
@south-african-reserve-bank governor
2014-11-09 .. Lesetja Kganyago
@economic-freedom-fighters leader
2013-07 .. Julius Malema
@democratic-alliance leader
2019-11 .. John Steenhuisen
@inkatha-freedom-party leader
1975 2019 Mangosuthu Buthelezi
@anglican-church-of-southern-africa archbishop of cape town
1986 1996 Desmond Tutu
@KEN president
1978-10-14 2002-12-30 Daniel arap Moi
2002-12-30 2013-04-09 Mwai Kibaki
2013-04-09 2022-09-13 Uhuru Kenyatta
2022-09-13 .. William Ruto
@KEN prime minister
2008-04-17 2013-04-09 Raila Odinga
@KEN deputy president
2013-04-09 2022-09-13 William Ruto
2022-09-13 2024-10-17 Rigathi Gachagua
2024-11-01 .. Kithure Kindiki
@ETH head of state
1977-02-11 1991-05-21 Mengistu Haile Mariam
@ETH prime minister
1995-08-23 2012-08-20 Meles Zenawi
2012-08-20 2018-04-02 Hailemariam Desalegn
2018-04-02 .. Abiy Ahmed
@ETH president
1991-05-28 1995-08-22 Meles Zenawi
2018-10-25 2024-10-07 Sahle-Work Zewde
2024-10-07 .. Taye Atske Selassie
@tigray-peoples-liberation-front chairman
2017 .. Debretsion Gebremichael
@ETH president of the tigray interim administration
2023-04 2025-04 Getachew Reda
@ERI president
1993-05-24 .. Isaias Afwerki
@UGA president
1986-01-29 .. Yoweri Museveni
@UGA chief of defence forces
2024-03-21 .. Muhoozi Kainerugaba
@national-unity-platform leader
2020-07 .. Bobi Wine
@lords-resistance-army leader
1987 .. Joseph Kony
@TZA president
1995-11-23 2005-12-21 Benjamin Mkapa
2005-12-21 2015-11-05 Jakaya Kikwete
2015-11-05 2021-03-17 John Magufuli
2021-03-19 .. Samia Suluhu Hassan
@RWA president
1973-07-05 1994-04-06 Juvénal Habyarimana
1994-07-19 2000-03-23 Pasteur Bizimungu
2000-03-24 .. Paul Kagame
@RWA prime minister
2017-08-30 2025-07-23 Édouard Ngirente
2025-07-23 .. Justin Nsengiyumva
@BDI president
2005-08-26 2020-06-08 Pierre Nkurunziza
2020-06-18 .. Évariste Ndayishimiye
@COD president
1965-11-24 1997-05-16 Mobutu Sese Seko
1997-05-17 2001-01-16 Laurent-Désiré Kabila
2001-01-26 2019-01-24 Joseph Kabila
2019-01-24 .. Félix Tshisekedi
@COD prime minister
2024-06-12 .. Judith Suminwa
@m23 military commander
2012 .. Sultani Makenga
@congo-river-alliance leader
2023-12 .. Corneille Nangaa
@COG president
1979-02-08 1992-08-31 Denis Sassou Nguesso
1992-08-31 1997-10-15 Pascal Lissouba
1997-10-25 .. Denis Sassou Nguesso
@AGO president
1979-09-21 2017-09-26 José Eduardo dos Santos
2017-09-26 .. João Lourenço
@unita leader
1966-03-13 2002-02-22 Jonas Savimbi
@MOZ president
1986-11-06 2005-02-02 Joaquim Chissano
2005-02-02 2015-01-15 Armando Guebuza
2015-01-15 2025-01-15 Filipe Nyusi
2025-01-15 .. Daniel Chapo
@MOZ opposition leader
2024-10 .. Venâncio Mondlane
@ZWE prime minister
1980-04-18 1987-12-31 Robert Mugabe
2009-02-11 2013-09-15 Morgan Tsvangirai
@ZWE president
1987-12-31 2017-11-21 Robert Mugabe
2017-11-24 .. Emmerson Mnangagwa
@ZWE vice president
2014-12-12 2017-11-06 Emmerson Mnangagwa
@ZWE opposition leader
2018-02 2024-01 Nelson Chamisa
@ZMB president
1964-10-24 1991-11-02 Kenneth Kaunda
1991-11-02 2002-01-02 Frederick Chiluba
2002-01-02 2008-08-19 Levy Mwanawasa
2008-08-19 2011-09-23 Rupiah Banda
2011-09-23 2014-10-28 Michael Sata
2015-01-25 2021-08-24 Edgar Lungu
2021-08-24 .. Hakainde Hichilema
@MWI president
1994-05-24 2004-05-24 Bakili Muluzi
2004-05-24 2012-04-05 Bingu wa Mutharika
2012-04-07 2014-05-31 Joyce Banda
2014-05-31 2020-06-28 Peter Mutharika
2020-06-28 2025-10-04 Lazarus Chakwera
2025-10-04 .. Peter Mutharika
@NAM president
1990-03-21 2005-03-21 Sam Nujoma
2005-03-21 2015-03-21 Hifikepunye Pohamba
2015-03-21 2024-02-04 Hage Geingob
2024-02-04 2025-03-21 Nangolo Mbumba
2025-03-21 .. Netumbo Nandi-Ndaitwah
@BWA president
1998-04-01 2008-04-01 Festus Mogae
2008-04-01 2018-04-01 Ian Khama
2018-04-01 2024-11-01 Mokgweetsi Masisi
2024-11-01 .. Duma Boko
@SWZ king
1986-04-25 .. Mswati III
@LSO king
1996-02-07 .. Letsie III
@LSO prime minister
2022-10-28 .. Sam Matekane
@MDG president
2002-05-06 2009-03-17 Marc Ravalomanana
2009-03-17 2014-01-25 Andry Rajoelina
2014-01-25 2018-09-07 Hery Rajaonarimampianina
2019-01-19 2025-10-14 Andry Rajoelina
2025-10-17 .. Michael Randrianirina
@MUS prime minister
2005-07-05 2014-12-17 Navin Ramgoolam
2017-01-23 2024-11-13 Pravind Jugnauth
2024-11-13 .. Navin Ramgoolam
@SYC president
2020-10-26 2025-10-26 Wavel Ramkalawan
2025-10-26 .. Patrick Herminie
@GHA head of state
1981-12-31 1993-01-07 Jerry Rawlings
@GHA president
1993-01-07 2001-01-07 Jerry Rawlings
2001-01-07 2009-01-07 John Kufuor
2009-01-07 2012-07-24 John Atta Mills
2012-07-24 2017-01-07 John Mahama
2017-01-07 2025-01-07 Nana Akufo-Addo
2025-01-07 .. John Mahama
@CIV president
1960-08-07 1993-12-07 Félix Houphouët-Boigny
1993-12-07 1999-12-24 Henri Konan Bédié
1999-12-24 2000-10-26 Robert Guéï
2000-10-26 2011-04-11 Laurent Gbagbo
2011-04-11 .. Alassane Ouattara
@CIV prime minister
1990-11-07 1993-12-09 Alassane Ouattara
2007-04-04 2012-03-13 Guillaume Soro
@SEN president
1981-01-01 2000-04-01 Abdou Diouf
2000-04-01 2012-04-02 Abdoulaye Wade
2012-04-02 2024-04-02 Macky Sall
2024-04-02 .. Bassirou Diomaye Faye
@SEN prime minister
2024-04-02 .. Ousmane Sonko
@MLI president
1968-11-19 1991-03-26 Moussa Traoré
1992-06-08 2002-06-08 Alpha Oumar Konaré
2002-06-08 2012-03-22 Amadou Toumani Touré
2013-09-04 2020-08-18 Ibrahim Boubacar Keïta
2020-09-25 2021-05-24 Bah Ndaw
2021-05-24 .. Assimi Goïta
@BFA president
1987-10-15 2014-10-31 Blaise Compaoré
1983-08-04 1987-10-15 Thomas Sankara
2015-12-29 2022-01-24 Roch Marc Christian Kaboré
2022-01-24 2022-09-30 Paul-Henri Sandaogo Damiba
2022-09-30 .. Ibrahim Traoré
@NER president
1999-12-22 2010-02-18 Mamadou Tandja
2011-04-07 2021-04-02 Mahamadou Issoufou
2021-04-02 2023-07-26 Mohamed Bazoum
2023-07-26 .. Abdourahamane Tchiani
@TCD president
1982-06-07 1990-12-01 Hissène Habré
1990-12-02 2021-04-20 Idriss Déby
2021-04-20 .. Mahamat Déby
@CMR president
1982-11-06 .. Paul Biya
@CMR prime minister
2019-01-04 .. Joseph Dion Ngute
@GAB president
1967-12-02 2009-06-08 Omar Bongo
2009-10-16 2023-08-30 Ali Bongo Ondimba
2023-08-30 .. Brice Oligui Nguema
@GNQ president
1979-08-03 .. Teodoro Obiang Nguema Mbasogo
@GNQ vice president
2016-06-22 .. Teodoro Nguema Obiang Mangue
@CAF president
1993-10-22 2003-03-15 Ange-Félix Patassé
2003-03-15 2013-03-24 François Bozizé
2013-03-24 2014-01-10 Michel Djotodia
2014-01-23 2016-03-30 Catherine Samba-Panza
2016-03-30 .. Faustin-Archange Touadéra
@GIN president
1984-04-05 2008-12-22 Lansana Conté
2008-12-24 2009-12-03 Moussa Dadis Camara
2010-12-21 2021-09-05 Alpha Condé
2021-09-05 .. Mamady Doumbouya
@SLE president
1996-03-29 2007-09-17 Ahmad Tejan Kabbah
2007-09-17 2018-04-04 Ernest Bai Koroma
2018-04-04 .. Julius Maada Bio
@revolutionary-united-front leader
1991 2000 Foday Sankoh
@LBR president
1980-04-12 1990-09-09 Samuel Doe
1997-08-02 2003-08-11 Charles Taylor
2006-01-16 2018-01-22 Ellen Johnson Sirleaf
2018-01-22 2024-01-22 George Weah
2024-01-22 .. Joseph Boakai
@GMB president
1970-04-24 1994-07-22 Dawda Jawara
1994-07-22 2017-01-19 Yahya Jammeh
2017-01-19 .. Adama Barrow
@TGO president
1967-04-14 2005-02-05 Gnassingbé Eyadéma
2005-05-04 2025-05-03 Faure Gnassingbé
@TGO president of the council of ministers
2025-05-03 .. Faure Gnassingbé
@BEN president
1991-04-04 1996-04-04 Nicéphore Soglo
1996-04-04 2006-04-06 Mathieu Kérékou
2006-04-06 2016-04-06 Thomas Boni Yayi
2016-04-06 .. Patrice Talon
@MRT president
1984-12-12 2005-08-03 Maaouya Ould Sid'Ahmed Taya
2009-08-05 2019-08-01 Mohamed Ould Abdel Aziz
2019-08-01 .. Mohamed Ould Ghazouani
@DJI president
1977-06-27 1999-05-08 Hassan Gouled Aptidon
1999-05-08 .. Ismaïl Omar Guelleh
@GNB president
2020-02-27 2025-11-26 Umaro Sissoco Embaló
2025-11-27 .. Horta Inta-A {transitional president}
@COM president
2016-05-26 .. Azali Assoumani
@CPV president
2021-11-09 .. José Maria Neves
@CPV prime minister
2016-04-22 .. Ulisses Correia e Silva
@STP president
2021-10-02 .. Carlos Vila Nova
"""))

CURATED_PEOPLE += r"""
Brian Mulroney | | Mulroney | CAN
Kim Campbell | | Campbell | CAN
Jean Chrétien | Jean Chretien | Chrétien; Chretien | CAN
Paul Martin | | Martin | CAN
Stephen Harper | | Harper | CAN
Mélanie Joly | Melanie Joly | Joly | CAN
Anita Anand | | Anand | CAN
Chrystia Freeland | | Freeland | CAN
François-Philippe Champagne | Francois-Philippe Champagne | Champagne | CAN
Dominic LeBlanc | | LeBlanc | CAN
Bill Blair | | Blair | CAN
David McGuinty | | McGuinty | CAN
Pierre Poilievre | Poilievre | | CAN
Jagmeet Singh | | Singh | CAN
Tiff Macklem | | Macklem | CAN
Stephen Poloz | | Poloz | CAN
Mary Simon | | Simon | CAN
Carlos Salinas de Gortari | Carlos Salinas | Salinas | MEX
Ernesto Zedillo | | Zedillo | MEX
Vicente Fox | | Fox | MEX
Felipe Calderón | Felipe Calderon | Calderón | MEX
Enrique Peña Nieto | Enrique Pena Nieto | Peña Nieto; Pena Nieto | MEX
Andrés Manuel López Obrador | Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO | | MEX
Claudia Sheinbaum | Sheinbaum | | MEX
Marcelo Ebrard | | Ebrard | MEX
Alicia Bárcena | Alicia Barcena | Bárcena | MEX
Victoria Rodríguez Ceja | Victoria Rodriguez Ceja | Rodríguez Ceja | MEX
Joaquín Guzmán | El Chapo; Joaquín "El Chapo" Guzmán; Joaquin Guzman; El Chapo Guzmán; El Chapo Guzman | Guzmán | MEX
Ismael Zambada | El Mayo Zambada; Ismael Zambada García | Zambada | MEX
Nemesio Oseguera Cervantes | El Mencho | Oseguera | MEX
Fernando Collor de Mello | Fernando Collor | Collor | BRA
Itamar Franco | | Franco | BRA
Fernando Henrique Cardoso | | Cardoso | BRA
Dilma Rousseff | Rousseff | | BRA
Michel Temer | | Temer | BRA
Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro | BRA
Geraldo Alckmin | | Alckmin | BRA
Mauro Vieira | | Vieira | BRA
Celso Amorim | | Amorim | BRA
Fernando Haddad | | Haddad | BRA
Paulo Guedes | | Guedes | BRA
Gabriel Galípolo | Gabriel Galipolo | Galípolo | BRA
Roberto Campos Neto | | Campos Neto | BRA
Alexandre de Moraes | | de Moraes; Moraes | BRA
Carlos Menem | | Menem | ARG
Fernando de la Rúa | Fernando de la Rua | de la Rúa | ARG
Eduardo Duhalde | | Duhalde | ARG
Néstor Kirchner | Nestor Kirchner | Kirchner | ARG
Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner; Cristina Kirchner | Kirchner | ARG
Mauricio Macri | | Macri | ARG
Alberto Fernández | Alberto Fernandez | Fernández | ARG
Javier Milei | Milei | | ARG
Victoria Villarruel | | Villarruel | ARG
Luis Caputo | | Caputo | ARG
Karina Milei | | Milei | ARG
Patricio Aylwin | | Aylwin | CHL
Eduardo Frei Ruiz-Tagle | | Frei | CHL
Ricardo Lagos | | Lagos | CHL
Sebastián Piñera | Sebastian Pinera | Piñera; Pinera | CHL
Gabriel Boric | Boric | | CHL
José Antonio Kast | Jose Antonio Kast | Kast | CHL
Augusto Pinochet | Pinochet | | CHL
César Gaviria | Cesar Gaviria | Gaviria | COL
Ernesto Samper | | Samper | COL
Andrés Pastrana | Andres Pastrana | Pastrana | COL
Álvaro Uribe | Alvaro Uribe | Uribe | COL
Juan Manuel Santos | | Santos | COL
Iván Duque | Ivan Duque | Duque | COL
Gustavo Petro | | Petro | COL
Manuel Marulanda | Tirofijo | Marulanda | COL
Rodrigo Londoño | Timochenko; Rodrigo Londono | Londoño | COL
Pablo Escobar | | Escobar | COL
Hugo Chávez | Hugo Chavez; Chávez; Chavez | | VEN
Nicolás Maduro | Nicolas Maduro; Maduro | | VEN
Delcy Rodríguez | Delcy Rodriguez | Rodríguez | VEN
Diosdado Cabello | | Cabello | VEN
Vladimir Padrino López | Vladimir Padrino Lopez; Vladimir Padrino | Padrino | VEN
Juan Guaidó | Juan Guaido; Guaidó; Guaido | | VEN
María Corina Machado | Maria Corina Machado | Machado | VEN
Edmundo González Urrutia | Edmundo Gonzalez Urrutia; Edmundo González | González Urrutia | VEN
Yván Gil | Yvan Gil | Gil | VEN
Alberto Fujimori | | Fujimori | PER
Keiko Fujimori | | Fujimori | PER
Alan García | Alan Garcia | García | PER
Alejandro Toledo | | Toledo | PER
Ollanta Humala | | Humala | PER
Pedro Pablo Kuczynski | | Kuczynski | PER
Martín Vizcarra | Martin Vizcarra | Vizcarra | PER
Pedro Castillo | | Castillo | PER
Dina Boluarte | | Boluarte | PER
José Jerí | Jose Jeri | Jerí | PER
Rafael Correa | | Correa | ECU
Lenín Moreno | Lenin Moreno | Moreno | ECU
Guillermo Lasso | | Lasso | ECU
Daniel Noboa | | Noboa | ECU
Evo Morales | | Morales | BOL
Luis Arce | | Arce | BOL
Jeanine Áñez | Jeanine Anez | Áñez | BOL
Rodrigo Paz | Rodrigo Paz Pereira | Paz | BOL
Santiago Peña | Santiago Pena | Peña | PRY
Horacio Cartes | | Cartes | PRY
Mario Abdo Benítez | Mario Abdo Benitez | Abdo | PRY
Fernando Lugo | | Lugo | PRY
José Mujica | Jose Mujica; Pepe Mujica | Mujica | URY
Tabaré Vázquez | Tabare Vazquez | Vázquez | URY
Luis Lacalle Pou | | Lacalle Pou | URY
Yamandú Orsi | Yamandu Orsi | Orsi | URY
Fidel Castro | | Castro | CUB
Raúl Castro | Raul Castro | Castro | CUB
Miguel Díaz-Canel | Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel | | CUB
Bruno Rodríguez Parrilla | Bruno Rodriguez Parrilla; Bruno Rodríguez | Rodríguez | CUB
Bernardo Arévalo | Bernardo Arevalo | Arévalo | GTM
Alejandro Giammattei | | Giammattei | GTM
Nayib Bukele | Bukele | | SLV
Xiomara Castro | | Castro | HND
Nasry Asfura | | Asfura | HND
Juan Orlando Hernández | Juan Orlando Hernandez | Hernández | HND
Manuel Zelaya | | Zelaya | HND
Daniel Ortega | | Ortega | NIC
Rosario Murillo | | Murillo | NIC
Violeta Chamorro | | Chamorro | NIC
Rodrigo Chaves | Rodrigo Chaves Robles | Chaves | CRI
Óscar Arias | Oscar Arias | Arias | CRI
José Raúl Mulino | Jose Raul Mulino | Mulino | PAN
Manuel Noriega | | Noriega | PAN
Luis Abinader | | Abinader | DOM
Danilo Medina | | Medina | DOM
Leonel Fernández | Leonel Fernandez | Fernández | DOM
Jean-Bertrand Aristide | Aristide | | HTI
René Préval | Rene Preval | Préval | HTI
Michel Martelly | | Martelly | HTI
Jovenel Moïse | Jovenel Moise | Moïse | HTI
Ariel Henry | | Henry | HTI
Garry Conille | | Conille | HTI
Alix Didier Fils-Aimé | Alix Didier Fils-Aime | Fils-Aimé | HTI
Andrew Holness | | Holness | JAM
Portia Simpson-Miller | | Simpson-Miller | JAM
Kamla Persad-Bissessar | | Persad-Bissessar | TTO
Keith Rowley | | Rowley | TTO
Mia Mottley | | Mottley | BRB
Irfaan Ali | Mohamed Irfaan Ali | Ali | GUY
Bharrat Jagdeo | | Jagdeo | GUY
Dési Bouterse | Desi Bouterse | Bouterse | SUR
Chan Santokhi | | Santokhi | SUR
Jennifer Geerlings-Simons | | Geerlings-Simons | SUR
"""

CURATED_ROLE_BLOCKS.append(("americas", r"""
@CAN prime minister
1984-09-17 1993-06-25 Brian Mulroney
1993-06-25 1993-11-04 Kim Campbell
1993-11-04 2003-12-12 Jean Chrétien
2003-12-12 2006-02-06 Paul Martin
2006-02-06 2015-11-04 Stephen Harper
2015-11-04 2025-03-14 Justin Trudeau
2025-03-14 .. Mark Carney
@liberal-party-of-canada leader
2013-04-14 2025-03-09 Justin Trudeau
2025-03-09 .. Mark Carney
@bank-of-canada governor
2008-02-01 2013-06-01 Mark Carney
2013-06-02 2020-06-02 Stephen Poloz
2020-06-03 .. Tiff Macklem
@CAN foreign minister
2017-01-10 2019-11-20 Chrystia Freeland
2021-10-26 2025-05-13 Mélanie Joly
2025-05-13 .. Anita Anand
@CAN deputy prime minister
2019-11-20 2024-12-16 Chrystia Freeland
@CAN finance minister
2006-02-06 2014-03-18 Jim Flaherty
2020-08-18 2024-12-16 Chrystia Freeland
2024-12-16 2025-03-14 Dominic LeBlanc
2025-03-14 .. François-Philippe Champagne
@CAN defence minister
2021-10-26 2023-07-26 Anita Anand
2023-07-26 2025-05-13 Bill Blair
2025-05-13 .. David McGuinty
@conservative-party-of-canada leader
2022-09-10 .. Pierre Poilievre
@new-democratic-party leader
2017-10-01 2025-04-28 Jagmeet Singh
@CAN governor general
2021-07-26 .. Mary Simon
@MEX president
1988-12-01 1994-11-30 Carlos Salinas de Gortari
1994-12-01 2000-11-30 Ernesto Zedillo
2000-12-01 2006-11-30 Vicente Fox
2006-12-01 2012-11-30 Felipe Calderón
2012-12-01 2018-11-30 Enrique Peña Nieto
2018-12-01 2024-09-30 Andrés Manuel López Obrador
2024-10-01 .. Claudia Sheinbaum
@MEX head of government of mexico city
2018-12-05 2023-06-16 Claudia Sheinbaum
2000-12-05 2005-07-29 Andrés Manuel López Obrador
@MEX foreign minister
2018-12-01 2023-06-12 Marcelo Ebrard
2023-07-03 2024-09-30 Alicia Bárcena
@MEX economy minister
2024-10-01 .. Marcelo Ebrard
@bank-of-mexico governor
2010-01-01 2017-11-30 Agustín Carstens
2022-01-01 .. Victoria Rodríguez Ceja
@sinaloa-cartel leader
1989 2016-01-08 Joaquín Guzmán
1989 2024-07-25 Ismael Zambada
@jalisco-new-generation-cartel leader
2009 .. Nemesio Oseguera Cervantes
@BRA president
1990-03-15 1992-12-29 Fernando Collor de Mello
1992-12-29 1995-01-01 Itamar Franco
1995-01-01 2003-01-01 Fernando Henrique Cardoso
2003-01-01 2010-12-31 Luiz Inácio Lula da Silva
2011-01-01 2016-08-31 Dilma Rousseff
2016-08-31 2019-01-01 Michel Temer
2019-01-01 2023-01-01 Jair Bolsonaro
2023-01-01 .. Luiz Inácio Lula da Silva
@BRA vice president
2023-01-01 .. Geraldo Alckmin
@BRA foreign minister
2003-01-01 2010-12-31 Celso Amorim
2015-01-01 2016-05-12 Mauro Vieira
2023-01-01 .. Mauro Vieira
@BRA chief adviser on foreign affairs
2023-01-01 .. Celso Amorim
@BRA finance minister
2023-01-01 .. Fernando Haddad
@BRA economy minister
2019-01-01 2022-12-31 Paulo Guedes
@banco-central-do-brasil governor
2003-01-01 2010-12-31 Henrique Meirelles
2019-02-28 2024-12-31 Roberto Campos Neto
2025-01-01 .. Gabriel Galípolo
@BRA supreme court justice
2017-03-22 .. Alexandre de Moraes
@ARG president
1989-07-08 1999-12-10 Carlos Menem
1999-12-10 2001-12-21 Fernando de la Rúa
2002-01-02 2003-05-25 Eduardo Duhalde
2003-05-25 2007-12-10 Néstor Kirchner
2007-12-10 2015-12-10 Cristina Fernández de Kirchner
2015-12-10 2019-12-10 Mauricio Macri
2019-12-10 2023-12-10 Alberto Fernández
2023-12-10 .. Javier Milei
@ARG vice president
2019-12-10 2023-12-10 Cristina Fernández de Kirchner
2023-12-10 .. Victoria Villarruel
@ARG economy minister
2022-08-03 2023-12-10 Sergio Massa
2023-12-10 .. Luis Caputo
@ARG foreign minister
2023-12-10 2024-10-30 Diana Mondino
2024-10-30 2025-10 Gerardo Werthein
2025-10 .. Pablo Quirno
@ARG secretary general of the presidency
2023-12-10 .. Karina Milei
@CHL president
1973-09-11 1990-03-11 Augusto Pinochet
1990-03-11 1994-03-11 Patricio Aylwin
1994-03-11 2000-03-11 Eduardo Frei Ruiz-Tagle
2000-03-11 2006-03-11 Ricardo Lagos
2006-03-11 2010-03-11 Michelle Bachelet
2010-03-11 2014-03-11 Sebastián Piñera
2014-03-11 2018-03-11 Michelle Bachelet
2018-03-11 2022-03-11 Sebastián Piñera
2022-03-11 .. Gabriel Boric
@CHL president-elect
2025-12-14 .. José Antonio Kast
@CHL army commander-in-chief
1990-03-11 1998-03-10 Augusto Pinochet
@COL president
1990-08-07 1994-08-07 César Gaviria
1994-08-07 1998-08-07 Ernesto Samper
1998-08-07 2002-08-07 Andrés Pastrana
2002-08-07 2010-08-07 Álvaro Uribe
2010-08-07 2018-08-07 Juan Manuel Santos
2018-08-07 2022-08-07 Iván Duque
2022-08-07 .. Gustavo Petro
@COL defence minister
2006-07-19 2009-05-18 Juan Manuel Santos
@organization-of-american-states secretary general
1994-09-15 2004-09-15 César Gaviria
@farc leader
1964 2008-03-26 Manuel Marulanda
2011-11 2017-08 Rodrigo Londoño
@comunes president
2017-09 .. Rodrigo Londoño
@medellin-cartel leader
1976 1993-12-02 Pablo Escobar
@VEN president
1989-02-02 1993-05-21 Carlos Andrés Pérez
1994-02-02 1999-02-02 Rafael Caldera
1999-02-02 2013-03-05 Hugo Chávez
2013-03-05 2026-01-03 Nicolás Maduro
@VEN acting president
2026-01-03 .. Delcy Rodríguez
@VEN vice president
2012-10-13 2013-03-05 Nicolás Maduro
2018-06-14 2026-01-03 Delcy Rodríguez
@VEN foreign minister
2006-08-09 2013-01-15 Nicolás Maduro
2014-12-26 2017-06-21 Delcy Rodríguez
2023-01 .. Yván Gil
@VEN interior minister
2024-08-27 .. Diosdado Cabello
@VEN defence minister
2014-10-24 .. Vladimir Padrino López
@VEN opposition leader
2019-01-23 2023-01-05 Juan Guaidó {interim president claimant}
2023-10 .. María Corina Machado
2024-04 .. Edmundo González Urrutia {opposition presidential candidate}
@PER president
1985-07-28 1990-07-28 Alan García
1990-07-28 2000-11-21 Alberto Fujimori
2000-11-22 2001-07-28 Valentín Paniagua
2001-07-28 2006-07-28 Alejandro Toledo
2006-07-28 2011-07-28 Alan García
2011-07-28 2016-07-28 Ollanta Humala
2016-07-28 2018-03-23 Pedro Pablo Kuczynski
2018-03-23 2020-11-10 Martín Vizcarra
2020-11-10 2020-11-15 Manuel Merino
2020-11-17 2021-07-28 Francisco Sagasti
2021-07-28 2022-12-07 Pedro Castillo
2022-12-07 2025-10-10 Dina Boluarte
2025-10-10 .. José Jerí
@popular-force leader
2010-03 .. Keiko Fujimori
@ECU president
1988-08-10 1992-08-10 Rodrigo Borja
1992-08-10 1996-08-10 Sixto Durán Ballén
1996-08-10 1997-02-06 Abdalá Bucaram
1998-08-10 2000-01-21 Jamil Mahuad
2000-01-22 2003-01-15 Gustavo Noboa
2003-01-15 2005-04-20 Lucio Gutiérrez
2005-04-20 2007-01-15 Alfredo Palacio
2007-01-15 2017-05-24 Rafael Correa
2017-05-24 2021-05-24 Lenín Moreno
2021-05-24 2023-11-23 Guillermo Lasso
2023-11-23 .. Daniel Noboa
@BOL president
1989-08-06 1993-08-06 Jaime Paz Zamora
1993-08-06 1997-08-06 Gonzalo Sánchez de Lozada
1997-08-06 2001-08-07 Hugo Banzer
2001-08-07 2002-08-06 Jorge Quiroga
2002-08-06 2003-10-17 Gonzalo Sánchez de Lozada
2003-10-17 2005-06-09 Carlos Mesa
2006-01-22 2019-11-10 Evo Morales
2019-11-12 2020-11-08 Jeanine Áñez
2020-11-08 2025-11-08 Luis Arce
2025-11-08 .. Rodrigo Paz
@PRY president
2008-08-15 2012-06-22 Fernando Lugo
2013-08-15 2018-08-15 Horacio Cartes
2018-08-15 2023-08-15 Mario Abdo Benítez
2023-08-15 .. Santiago Peña
@URY president
1985-03-01 1990-03-01 Julio María Sanguinetti
1990-03-01 1995-03-01 Luis Alberto Lacalle
1995-03-01 2000-03-01 Julio María Sanguinetti
2000-03-01 2005-03-01 Jorge Batlle
2005-03-01 2010-03-01 Tabaré Vázquez
2010-03-01 2015-03-01 José Mujica
2015-03-01 2020-03-01 Tabaré Vázquez
2020-03-01 2025-03-01 Luis Lacalle Pou
2025-03-01 .. Yamandú Orsi
@CUB prime minister
1959-02-16 1976-12-02 Fidel Castro
2019-12-21 .. Manuel Marrero Cruz
@CUB president
1976-12-02 2008-02-24 Fidel Castro
2008-02-24 2018-04-19 Raúl Castro
2018-04-19 .. Miguel Díaz-Canel
@communist-party-of-cuba first secretary
1965-10-03 2011-04-19 Fidel Castro
2011-04-19 2021-04-19 Raúl Castro
2021-04-19 .. Miguel Díaz-Canel
@CUB foreign minister
2009-03-02 .. Bruno Rodríguez Parrilla
@GTM president
2016-01-14 2020-01-14 Jimmy Morales
2020-01-14 2024-01-14 Alejandro Giammattei
2024-01-15 .. Bernardo Arévalo
@SLV president
2009-06-01 2014-06-01 Mauricio Funes
2014-06-01 2019-06-01 Salvador Sánchez Cerén
2019-06-01 .. Nayib Bukele
@HND president
2006-01-27 2009-06-28 Manuel Zelaya
2010-01-27 2014-01-27 Porfirio Lobo
2014-01-27 2022-01-27 Juan Orlando Hernández
2022-01-27 2026-01-27 Xiomara Castro
2026-01-27 .. Nasry Asfura
@NIC president
1985-01-10 1990-04-25 Daniel Ortega
1990-04-25 1997-01-10 Violeta Chamorro
1997-01-10 2002-01-10 Arnoldo Alemán
2002-01-10 2007-01-10 Enrique Bolaños
2007-01-10 .. Daniel Ortega
@NIC vice president
2017-01-10 2025-02-18 Rosario Murillo
@NIC co-president
2025-02-18 .. Rosario Murillo
@CRI president
2006-05-08 2010-05-08 Óscar Arias
2010-05-08 2014-05-08 Laura Chinchilla
2014-05-08 2018-05-08 Luis Guillermo Solís
2018-05-08 2022-05-08 Carlos Alvarado Quesada
2022-05-08 .. Rodrigo Chaves
@PAN head of state
1983-08-12 1989-12-20 Manuel Noriega
@PAN president
2009-07-01 2014-07-01 Ricardo Martinelli
2014-07-01 2019-07-01 Juan Carlos Varela
2019-07-01 2024-07-01 Laurentino Cortizo
2024-07-01 .. José Raúl Mulino
@DOM president
1996-08-16 2000-08-16 Leonel Fernández
2000-08-16 2004-08-16 Hipólito Mejía
2004-08-16 2012-08-16 Leonel Fernández
2012-08-16 2020-08-16 Danilo Medina
2020-08-16 .. Luis Abinader
@HTI president
1991-02-07 1991-09-29 Jean-Bertrand Aristide
1994-10-15 1996-02-07 Jean-Bertrand Aristide
1996-02-07 2001-02-07 René Préval
2001-02-07 2004-02-29 Jean-Bertrand Aristide
2006-05-14 2011-05-14 René Préval
2011-05-14 2016-02-07 Michel Martelly
2017-02-07 2021-07-07 Jovenel Moïse
@HTI prime minister
2021-07-20 2024-04-25 Ariel Henry
2024-06-03 2024-11-10 Garry Conille
2024-11-11 .. Alix Didier Fils-Aimé
@JAM prime minister
1992-03-30 2006-03-30 P. J. Patterson
2006-03-30 2007-09-11 Portia Simpson-Miller
2012-01-05 2016-03-03 Portia Simpson-Miller
2016-03-03 .. Andrew Holness
@TTO prime minister
2010-05-26 2015-09-09 Kamla Persad-Bissessar
2015-09-09 2025-03-17 Keith Rowley
2025-03-17 2025-05-01 Stuart Young
2025-05-01 .. Kamla Persad-Bissessar
@BRB prime minister
2018-05-25 .. Mia Mottley
@GUY president
1999-08-11 2011-12-03 Bharrat Jagdeo
2020-08-02 .. Irfaan Ali
@GUY vice president
2020-08-02 .. Bharrat Jagdeo
@SUR president
2010-08-12 2020-07-16 Dési Bouterse
2020-07-16 2025-07-16 Chan Santokhi
2025-07-16 .. Jennifer Geerlings-Simons
@BHS prime minister
2017-05-11 2021-09-16 Hubert Minnis
2021-09-17 .. Philip Davis
@BLZ prime minister
2008-02-08 2020-11-12 Dean Barrow
2020-11-12 .. Johnny Briceño
"""))

CURATED_PEOPLE += r"""
Osama bin Laden | Usama bin Laden; Osama bin Ladin; Usama bin Ladin | bin Laden | SAU
Ayman al-Zawahiri | Ayman al-Zawahri; Zawahiri; Ayman Zawahiri | al-Zawahiri | EGY
Saif al-Adel | Saif al-Adl | al-Adel | EGY
Abdullah Öcalan | Abdullah Ocalan; Öcalan; Ocalan | | TUR
Murat Karayılan | Murat Karayilan | Karayılan; Karayilan | TUR
Hafiz Saeed | Hafiz Muhammad Saeed | Saeed | PAK
Masood Azhar | Maulana Masood Azhar | Azhar | PAK
Noor Wali Mehsud | | Mehsud | PAK
Iyad Ag Ghaly | Iyad ag Ghali | Ag Ghaly | MLI
Gerry Adams | | Adams | IRL
Mary Lou McDonald | | McDonald | IRL
Abimael Guzmán | Abimael Guzman; Presidente Gonzalo | Guzmán | PER
Antonio García | | García | COL
Twan Mrat Naing | | - | MMR
Jeff Bezos | Bezos | | USA
Andy Jassy | | Jassy | USA
Tim Cook | | Cook | USA
Steve Jobs | | Jobs | USA
Satya Nadella | Nadella | | USA
Bill Gates | | Gates | USA
Steve Ballmer | | Ballmer | USA
Sundar Pichai | Pichai | | USA
Larry Page | | Page | USA
Sergey Brin | | Brin | USA
Eric Schmidt | | Schmidt | USA
Mark Zuckerberg | Zuckerberg | | USA
Sheryl Sandberg | | Sandberg | USA
Jensen Huang | | Huang | USA
Warren Buffett | Buffett | | USA
Greg Abel | | Abel | CAN
Jamie Dimon | Dimon | | USA
Doug McMillon | | McMillon | USA
John Furner | | Furner | USA
Darren Woods | | Woods | USA
Mike Wirth | Michael Wirth | Wirth | USA
Sam Altman | Samuel Altman | Altman | USA
Dario Amodei | Amodei | | USA
Demis Hassabis | Hassabis | | GBR
Larry Fink | Laurence Fink | Fink | USA
David Solomon | | Solomon | USA
Lloyd Blankfein | | Blankfein | USA
Jane Fraser | | Fraser | USA
Brian Moynihan | | Moynihan | USA
Ted Pick | | Pick | USA
Kelly Ortberg | | Ortberg | USA
Dave Calhoun | David Calhoun | Calhoun | USA
Albert Bourla | | Bourla | USA
David Ricks | | Ricks | USA
Lip-Bu Tan | | Tan | USA
Pat Gelsinger | | Gelsinger | USA
Lisa Su | | Su | USA
Hock Tan | | Tan | USA
Safra Catz | | Catz | USA
Larry Ellison | | Ellison | USA
Bob Iger | Robert Iger | Iger | USA
Ted Sarandos | | Sarandos | USA
Arvind Krishna | | Krishna | USA
Mary Barra | | Barra | USA
Jim Farley | | Farley | USA
Linda Yaccarino | | Yaccarino | USA
Shou Zi Chew | Shou Chew | Chew | SGP
Jack Ma | Ma Yun | Ma | CHN
Daniel Zhang | Zhang Yong | Zhang | CHN
Eddie Wu | Wu Yongming | Wu | CHN
Joseph Tsai | | Tsai | TWN
Pony Ma | Ma Huateng | Ma | CHN
Ren Zhengfei | | Ren | CHN
Wang Chuanfu | | Wang | CHN
Lei Jun | | Lei | CHN
Liang Wenfeng | | Liang | CHN
C. C. Wei | C.C. Wei; Wei Che-chia | Wei | TWN
Mark Liu | | Liu | TWN
Morris Chang | | Chang | TWN
Akio Toyoda | | Toyoda | JPN
Koji Sato | | Sato | JPN
Masayoshi Son | | Son | JPN
Wael Sawan | | Sawan | CAN
Murray Auchincloss | | Auchincloss | CAN
Bernard Looney | | Looney | GBR
Patrick Pouyanné | Patrick Pouyanne | Pouyanné | FRA
Bernard Arnault | Arnault | | FRA
Oliver Blume | | Blume | DEU
Ola Källenius | Ola Kallenius | Källenius | SWE
Christian Klein | | Klein | DEU
Roland Busch | | Busch | DEU
Christophe Fouquet | | Fouquet | FRA
Peter Wennink | | Wennink | NLD
Lars Fruergaard Jørgensen | | Jørgensen | DNK
Carlos Tavares | | Tavares | PRT
Guillaume Faury | | Faury | FRA
Sergio Ermotti | | Ermotti | CHE
Philipp Navratil | | Navratil | AUT
Laurent Freixe | | Freixe | FRA
Mark Schneider | | Schneider | DEU
Vas Narasimhan | Vasant Narasimhan | Narasimhan | USA
Magda Chambriard | | Chambriard | BRA
Jean Paul Prates | | Prates | BRA
Sultan Al Jaber | Sultan Ahmed Al Jaber | Al Jaber | ARE
Saad Sherida al-Kaabi | Saad al-Kaabi | al-Kaabi | QAT
Vagit Alekperov | | Alekperov | RUS
Vladimir Potanin | | Potanin | RUS
Alexei Likhachev | | Likhachev | RUS
Andrei Kostin | Andrey Kostin | Kostin | RUS
Leonid Mikhelson | | Mikhelson | RUS
Noel Quinn | | Quinn | GBR
Georges Elhedery | | Elhedery | FRA
Carlos Slim | | Slim | MEX
Jakob Stausholm | | Stausholm | AUS
Simon Trott | | Trott | AUS
Mike Henry | | Henry | AUS
Gary Nagle | | Nagle | AUS
Lakshmi Mittal | | Mittal | IND
Aditya Mittal | | Mittal | IND
Tim Sweeney | | Sweeney | USA
Kenichiro Yoshida | | Yoshida | JPN
Hiroki Totoki | | Totoki | JPN
Shuntaro Furukawa | | Furukawa | JPN
Salil Parekh | | Parekh | IND
Chung Eui-sun | | Chung | KOR
Chey Tae-won | | Chey | KOR
Koo Kwang-mo | | Koo | KOR
Jun Young-hyun | | Jun | KOR
"""

CURATED_ROLE_BLOCKS.append(("armed groups", r"""
@al-qaeda leader
1988-08 2011-05-02 Osama bin Laden
2011-06-16 2022-07-31 Ayman al-Zawahiri
2022 .. Saif al-Adel {de facto leader}
@egyptian-islamic-jihad leader
1991 1998 Ayman al-Zawahiri
@kurdistan-workers-party leader
1978-11-27 1999-02-15 Abdullah Öcalan
1999-02-15 .. Abdullah Öcalan {founder and imprisoned leader}
@kurdistan-workers-party commander
2013 .. Murat Karayılan
@lashkar-e-taiba founder
1987 .. Hafiz Saeed
@jaish-e-mohammed leader
2000-01 .. Masood Azhar
@tehrik-i-taliban-pakistan leader
2018-06 .. Noor Wali Mehsud
@jama-at-nasr-al-islam-wal-muslimin leader
2017-03 .. Iyad Ag Ghaly
@sinn-fein president
1983-11-13 2018-02-10 Gerry Adams
2018-02-10 .. Mary Lou McDonald
@shining-path leader
1969 1992-09-12 Abimael Guzmán
@national-liberation-army leader
1998 .. Antonio García {commander}
@arakan-army commander-in-chief
2009-04 .. Twan Mrat Naing
"""))

CURATED_ROLE_BLOCKS.append(("business", r"""
@amazon ceo
1994-07 2021-07-05 Jeff Bezos
2021-07-05 .. Andy Jassy
@amazon executive chairman
2021-07-05 .. Jeff Bezos
@blue-origin founder
2000-09 .. Jeff Bezos
@apple ceo
1997-09 2011-08-24 Steve Jobs
2011-08-24 .. Tim Cook
@microsoft ceo
1975-04 2000-01-13 Bill Gates
2000-01-13 2014-02-04 Steve Ballmer
2014-02-04 .. Satya Nadella
@microsoft chairman
2021-06-16 .. Satya Nadella
@gates-foundation chair
2000 .. Bill Gates
@google ceo
2001-08 2011-04-04 Eric Schmidt
2011-04-04 2015-10-02 Larry Page
2015-10-02 .. Sundar Pichai
@alphabet ceo
2015-10-02 2019-12-03 Larry Page
2019-12-03 .. Sundar Pichai
@google co-founder
1998-09 .. Sergey Brin
@google-deepmind ceo
2010 .. Demis Hassabis
@meta-platforms ceo
2004-02 .. Mark Zuckerberg
@meta-platforms chief operating officer
2008-03 2022-08 Sheryl Sandberg
@nvidia ceo
1993-04 .. Jensen Huang
@tesla ceo
2008-10 .. Elon Musk
@spacex ceo
2002-05 .. Elon Musk
@x-corp owner
2022-10-27 .. Elon Musk
@x-corp ceo
2023-06-05 2025-07-09 Linda Yaccarino
@xai founder
2023-03 .. Elon Musk
@USA senior adviser
2025-01-20 2025-05-30 Elon Musk {head of the department of government efficiency}
@berkshire-hathaway ceo
1970 2025-12-31 Warren Buffett
2026-01-01 .. Greg Abel
@berkshire-hathaway chairman
1970 .. Warren Buffett
@jpmorgan-chase ceo
2005-12-31 .. Jamie Dimon
@walmart ceo
2014-02-01 2026-01-31 Doug McMillon
2026-02-01 .. John Furner
@exxonmobil ceo
2006-01-01 2016-12-31 Rex Tillerson
2017-01-01 .. Darren Woods
@chevron ceo
2018-02-01 .. Mike Wirth
@openai ceo
2019-03 2023-11-17 Sam Altman
2023-11-22 .. Sam Altman
@anthropic ceo
2021 .. Dario Amodei
@blackrock ceo
1988 .. Larry Fink
@goldman-sachs ceo
2006-06 2018-09-30 Lloyd Blankfein
2018-10-01 .. David Solomon
@citigroup ceo
2021-03-01 .. Jane Fraser
@bank-of-america ceo
2010-01-01 .. Brian Moynihan
@morgan-stanley ceo
2024-01-01 .. Ted Pick
@boeing ceo
2020-01-13 2024-08-07 Dave Calhoun
2024-08-08 .. Kelly Ortberg
@pfizer ceo
2019-01-01 .. Albert Bourla
@eli-lilly ceo
2017-01-01 .. David Ricks
@intel ceo
2021-02-15 2024-12-01 Pat Gelsinger
2025-03-18 .. Lip-Bu Tan
@amd ceo
2014-10-08 .. Lisa Su
@broadcom ceo
2006-03 .. Hock Tan
@oracle ceo
2014-09 2025-09 Safra Catz
@oracle chairman
1977 .. Larry Ellison
@walt-disney-company ceo
2005-10-01 2020-02-25 Bob Iger
2022-11-20 .. Bob Iger
@netflix co-ceo
2020-07 .. Ted Sarandos
@ibm ceo
2020-04-06 .. Arvind Krishna
@general-motors ceo
2014-01-15 .. Mary Barra
@ford-motor-company ceo
2020-10-01 .. Jim Farley
@tiktok ceo
2021-04-30 .. Shou Zi Chew
@alibaba-group chairman
1999 2019-09-10 Jack Ma
2019-09-10 2023-09-10 Daniel Zhang
2023-09-10 .. Joseph Tsai
@alibaba-group ceo
2015-05 2023-09-10 Daniel Zhang
2023-09-10 .. Eddie Wu
@tencent ceo
1998-11 .. Pony Ma
@huawei founder
1987 .. Ren Zhengfei
@byd chairman
1995 .. Wang Chuanfu
@xiaomi ceo
2010-04 .. Lei Jun
@deepseek ceo
2023-07 .. Liang Wenfeng
@tsmc chairman
1987 2018-06-05 Morris Chang
2018-06-05 2024-06-04 Mark Liu
2024-06-04 .. C. C. Wei
@tsmc ceo
2018-06-05 .. C. C. Wei
@toyota ceo
2009-06-23 2023-03-31 Akio Toyoda
2023-04-01 .. Koji Sato
@toyota chairman
2023-04-01 .. Akio Toyoda
@softbank ceo
1981-09 .. Masayoshi Son
@sony ceo
2018-04-01 2025-03-31 Kenichiro Yoshida
2025-04-01 .. Hiroki Totoki
@nintendo president
2018-06-28 .. Shuntaro Furukawa
@shell ceo
2023-01-01 .. Wael Sawan
@bp ceo
2020-02-05 2023-09-12 Bernard Looney
2024-01-17 .. Murray Auchincloss
@totalenergies ceo
2014-10-22 .. Patrick Pouyanné
@lvmh ceo
1989-01 .. Bernard Arnault
@volkswagen ceo
2022-09-01 .. Oliver Blume
@mercedes-benz-group ceo
2019-05-22 .. Ola Källenius
@sap ceo
2020-04 .. Christian Klein
@siemens ceo
2021-02-03 .. Roland Busch
@asml ceo
2013-07-01 2024-04-24 Peter Wennink
2024-04-24 .. Christophe Fouquet
@novo-nordisk ceo
2017-01-01 2025-08-07 Lars Fruergaard Jørgensen
@stellantis ceo
2021-01-16 2024-12-01 Carlos Tavares
@airbus ceo
2019-04-10 .. Guillaume Faury
@ubs ceo
2011-11 2020-10-31 Sergio Ermotti
2023-04-05 .. Sergio Ermotti
@nestle ceo
2017-01-01 2024-08-31 Mark Schneider
2024-09-01 2025-09-01 Laurent Freixe
2025-09-01 .. Philipp Navratil
@novartis ceo
2018-02-01 .. Vas Narasimhan
@petrobras ceo
2023-01-26 2024-05-23 Jean Paul Prates
2024-05-24 .. Magda Chambriard
@adnoc ceo
2016-02 .. Sultan Al Jaber
@ARE industry minister
2020-07 .. Sultan Al Jaber
@qatarenergy ceo
2014-09 .. Saad Sherida al-Kaabi
@lukoil president
1993 2022-04-21 Vagit Alekperov
@norilsk-nickel ceo
2012-12 .. Vladimir Potanin
@rosatom director general
2016-10-05 .. Alexei Likhachev
@vtb ceo
2002-06 .. Andrei Kostin
@novatek ceo
2003 .. Leonid Mikhelson
@hsbc ceo
2020-03 2024-09-01 Noel Quinn
2024-09-02 .. Georges Elhedery
@grupo-carso chairman
1980 .. Carlos Slim
@rio-tinto ceo
2021-01-01 2025-08-25 Jakob Stausholm
2025-08-25 .. Simon Trott
@bhp ceo
2020-01-01 .. Mike Henry
@glencore ceo
2021-07-01 .. Gary Nagle
@arcelormittal executive chairman
2021-02 .. Lakshmi Mittal
@arcelormittal ceo
2021-02 .. Aditya Mittal
@epic-games ceo
1991 .. Tim Sweeney
@infosys ceo
2018-01-02 .. Salil Parekh
@hyundai-motor-group chairman
2020-10-14 .. Chung Eui-sun
@sk-group chairman
1998-09 .. Chey Tae-won
@lg-group chairman
2018-06-29 .. Koo Kwang-mo
@samsung-electronics co-ceo
2024-05 .. Jun Young-hyun
"""))

CURATED_PEOPLE += r"""
Albert II of Monaco | Prince Albert II; Prince Albert II of Monaco | - | MCO
Rainier III | Prince Rainier III; Prince Rainier | - | MCO
Hans-Adam II | Prince Hans-Adam II | - | LIE
Sjafrie Sjamsoeddin | | Sjamsoeddin | IDN
"""

CURATED_ROLE_BLOCKS.append(("small states", r"""
@AND head of government
1994-12-21 2005-05-27 Marc Forné Molné
2005-05-27 2009-06-05 Albert Pintat
2009-06-05 2011-05-12 Jaume Bartumeu
2011-05-12 2019-05-16 Antoni Martí
2019-05-16 .. Xavier Espot Zamora
@ATG prime minister
1981-11-01 1994-03-09 Vere Bird
1994-03-09 2004-03-24 Lester Bird
2004-03-24 2014-06-13 Baldwin Spencer
2014-06-13 .. Gaston Browne
@DMA prime minister
2004-01-08 .. Roosevelt Skerrit
@DMA president
2013-10-02 2023-10-02 Charles Savarin
2023-10-02 .. Sylvanie Burton
@FSM president
2019-05-11 2023-05-11 David Panuelo
2023-05-11 .. Wesley Simina
@GRD prime minister
1995-06-22 2008-07-09 Keith Mitchell
2008-07-09 2013-02-20 Tillman Thomas
2013-02-20 2022-06-24 Keith Mitchell
2022-06-24 .. Dickon Mitchell
@KIR president
1994-10-01 2003-03-28 Teburoro Tito
2003-07-10 2016-03-11 Anote Tong
2016-03-11 .. Taneti Maamau
@KNA prime minister
1995-07-06 2015-02-18 Denzil Douglas
2015-02-18 2022-08-06 Timothy Harris
2022-08-06 .. Terrance Drew
@LCA prime minister
1997-05-24 2006-12-15 Kenny Anthony
2011-11-30 2016-06-07 Kenny Anthony
2016-06-07 2021-07-28 Allen Chastanet
2021-07-28 .. Philip J. Pierre
@LIE prince
1989-11-13 .. Hans-Adam II
@LIE regent
2004-08-15 .. Alois of Liechtenstein
@LIE head of government
2013-03-27 2021-03-25 Adrian Hasler
2021-03-25 2025-04-10 Daniel Risch
2025-04-10 .. Brigitte Haas
@MCO prince
1949-05-09 2005-04-06 Rainier III
2005-04-06 .. Albert II of Monaco
@MHL president
2016-01-28 2020-01-13 Hilda Heine
2020-01-13 2024-01-03 David Kabua
2024-01-03 .. Hilda Heine
@NRU president
2013-06-11 2019-08-27 Baron Waqa
2019-08-27 2022-09-29 Lionel Aingimea
2022-09-29 2023-10-25 Russ Kun
2023-10-30 .. David Adeang
@PLW president
2001-01-01 2009-01-15 Tommy Remengesau
2013-01-17 2021-01-21 Tommy Remengesau
2021-01-21 .. Surangel Whipps Jr.
@TON king
2006-09-11 2012-03-18 George Tupou V
2012-03-18 .. Tupou VI
@TUV prime minister
2013-08-05 2019-09-19 Enele Sopoaga
2019-09-19 2024-02-26 Kausea Natano
2024-02-26 .. Feleti Teo
@VCT prime minister
2001-03-29 2025-11-28 Ralph Gonsalves
2025-11-28 .. Godwin Friday
@VUT prime minister
2020-04-20 2022-11-04 Bob Loughman
2022-11-04 2023-09-06 Ishmael Kalsakau
2023-10-06 2025-02-11 Charlot Salwai
2025-02-11 .. Jotham Napat
@SMR captain regent
2025-04-01 2025-10-01 Denise Bronzetti
2025-04-01 2025-10-01 Italo Righi
"""))

CURATED_ROLE_BLOCKS.append(("g20 ministers, more", r"""
@IDN defence minister
2024-10-21 .. Sjafrie Sjamsoeddin
@MEX finance minister
2021-08-09 2025-03-09 Rogelio Ramírez de la O
2025-03-10 .. Édgar Amador Zamora
@MEX defence minister
2018-12-01 2024-09-30 Luis Cresencio Sandoval
2024-10-01 .. Ricardo Trevilla Trejo
@ZAF defence minister
2021-08-05 2024-06-19 Thandi Modise
2024-07-03 .. Angie Motshekga
@ARG defence minister
2023-12-10 2025-12 Luis Petri
@BRA defence minister
2023-01-01 .. José Múcio
@SAU foreign minister
2019-10-23 .. Faisal bin Farhan Al Saud
"""))

CURATED_PEOPLE += r"""
Javier Pérez de Cuéllar | Javier Perez de Cuellar; Pérez de Cuéllar | | PER
Kofi Annan | Annan; Kofi Atta Annan | | GHA
Manfred Wörner | Manfred Woerner | Wörner | DEU
Willy Claes | | Claes | BEL
George Robertson | Lord Robertson | Robertson | GBR
Jaap de Hoop Scheffer | | de Hoop Scheffer | NLD
Jacques Delors | | Delors | FRA
Manuel Marín | Manuel Marin | Marín | ESP
Catherine Ashton | Lady Ashton | Ashton | GBR
Martin Schulz | | Schulz | DEU
David Sassoli | | Sassoli | ITA
Michel Camdessus | | Camdessus | FRA
Horst Köhler | Horst Koehler | Köhler | DEU
Rodrigo Rato | | Rato | ESP
Dominique Strauss-Kahn | DSK; Strauss-Kahn | | FRA
Christine Lagarde | Lagarde | | FRA
Kristalina Georgieva | Georgieva | | BGR
Gita Gopinath | | Gopinath | USA
Lewis Preston | | Preston | USA
James Wolfensohn | | Wolfensohn | USA
Paul Wolfowitz | | Wolfowitz | USA
Robert Zoellick | | Zoellick | USA
Jim Yong Kim | | Kim | USA
David Malpass | | Malpass | USA
Ajay Banga | | Banga | USA
Hiroshi Nakajima | | Nakajima | JPN
Lee Jong-wook | | Lee | KOR
Margaret Chan | | Chan | CHN
Tedros Adhanom Ghebreyesus | Tedros Adhanom; Dr Tedros; Tedros | | ETH
Hans Blix | | Blix | SWE
Yukiya Amano | | Amano | JPN
Rafael Grossi | Rafael Mariano Grossi | Grossi | ARG
Renato Ruggiero | | Ruggiero | ITA
Mike Moore | | Moore | NZL
Supachai Panitchpakdi | | Supachai | THA
Pascal Lamy | | Lamy | FRA
Roberto Azevêdo | Roberto Azevedo | Azevêdo | BRA
Ngozi Okonjo-Iweala | Okonjo-Iweala | | NGA
Wim Duisenberg | | Duisenberg | NLD
Jean-Claude Trichet | | Trichet | FRA
Sadako Ogata | | Ogata | JPN
Ruud Lubbers | | Lubbers | NLD
Filippo Grandi | | Grandi | ITA
Barham Salih | | Salih | IRQ
Alpha Oumar Konaré | Alpha Oumar Konare | Konaré | MLI
Jean Ping | | Ping | GAB
Nkosazana Dlamini-Zuma | | Dlamini-Zuma | ZAF
Moussa Faki Mahamat | Moussa Faki | Faki | TCD
Mahmoud Ali Youssouf | | Youssouf | DJI
Haitham al-Ghais | | al-Ghais | KWT
Mohammed Barkindo | | Barkindo | NGA
Luis Moreno Ocampo | Luis Moreno-Ocampo | Moreno Ocampo | ARG
Fatou Bensouda | | Bensouda | GMB
Karim Khan | Karim A. A. Khan | Khan | GBR
Juan Antonio Samaranch | | Samaranch | ESP
Jacques Rogge | | Rogge | BEL
Thomas Bach | | Bach | DEU
Kirsty Coventry | | Coventry | ZWE
Sepp Blatter | Joseph Blatter | Blatter | CHE
Gianni Infantino | | Infantino | CHE
Ángel Gurría | Angel Gurria | Gurría | MEX
Mathias Cormann | | Cormann | AUS
Klaus Schwab | | Schwab | DEU
Pope John Paul II | John Paul II; Karol Wojtyła | - | VAT
Pope Benedict XVI | Benedict XVI; Joseph Ratzinger | - | VAT
Pope Francis | Jorge Mario Bergoglio | - | VAT
Pope Leo XIV | Leo XIV; Robert Francis Prevost; Robert Prevost | - | VAT
Pietro Parolin | Cardinal Pietro Parolin | Parolin | VAT
Bartholomew I | Ecumenical Patriarch Bartholomew | - | TUR
Volker Türk | Volker Turk | Türk | AUT
Michelle Bachelet | | Bachelet | CHL
Zeid Ra'ad Al Hussein | Zeid Raad al-Hussein | - | JOR
Navi Pillay | | Pillay | ZAF
Achim Steiner | | Steiner | DEU
Catherine Russell | | Russell | USA
Cindy McCain | | McCain | USA
David Beasley | | Beasley | USA
Tom Fletcher | | Fletcher | GBR
Martin Griffiths | | Griffiths | GBR
Philippe Lazzarini | | Lazzarini | CHE
Amina J. Mohammed | Amina Mohammed | - | NGA
Annalena Baerbock | Baerbock | | DEU
Dennis Francis | | Francis | TTO
Csaba Kőrösi | Csaba Korosi | Kőrösi | HUN
Tor Wennesland | | Wennesland | NOR
Staffan de Mistura | | de Mistura | ITA
Lakhdar Brahimi | | Brahimi | DZA
Geir Pedersen | | Pedersen | NOR
Hans Grundberg | | Grundberg | SWE
Jean-Pierre Lacroix | | Lacroix | FRA
Kao Kim Hourn | | Kao | KHM
Jim Skea | | Skea | GBR
Fatih Birol | | Birol | TUR
Werner Hoyer | | Hoyer | DEU
Nadia Calviño | Nadia Calvino | Calviño | ESP
Odile Renaud-Basso | | Renaud-Basso | FRA
Masato Kanda | | Kanda | JPN
Dilma Rousseff | Rousseff | | BRA
Agustín Carstens | Agustin Carstens | Carstens | MEX
Pablo Hernández de Cos | Pablo Hernandez de Cos | Hernández de Cos | ESP
Jürgen Stock | Jurgen Stock | Stock | DEU
Valdecy Urquiza | | Urquiza | BRA
Feridun Sinirlioğlu | Feridun Sinirlioglu | Sinirlioğlu | TUR
Helga Schmid | | Schmid | DEU
Marija Pejčinović Burić | Marija Pejcinovic Buric | Pejčinović Burić | HRV
Luis Almagro | | Almagro | URY
Albert Ramdin | | Ramdin | SUR
Jasem Mohamed Albudaiwi | Jasem Albudaiwi | Albudaiwi | KWT
Hissein Brahim Taha | | Taha | TCD
Patricia Scotland | Baroness Scotland | Scotland | GBR
Shirley Ayorkor Botchwey | | Botchwey | GHA
Akinwumi Adesina | | Adesina | NGA
Sidi Ould Tah | | Ould Tah | MRT
Masatsugu Asakawa | | Asakawa | JPN
Jin Liqun | | Jin | CHN
Zou Jiayi | | Zou | CHN
"""

CURATED_ROLE_BLOCKS.append(("international organisations", r"""
@united-nations secretary-general
1982-01-01 1991-12-31 Javier Pérez de Cuéllar
1992-01-01 1996-12-31 Boutros Boutros-Ghali
1997-01-01 2006-12-31 Kofi Annan
2007-01-01 2016-12-31 Ban Ki-moon
2017-01-01 .. António Guterres
@united-nations deputy secretary-general
2017-01-01 .. Amina J. Mohammed
@united-nations president of the general assembly
2025-09-09 .. Annalena Baerbock
2023-09-05 2024-09-10 Dennis Francis
2022-09-13 2023-09-05 Csaba Kőrösi
@united-nations high commissioner for refugees
1991-02 2000-12 Sadako Ogata
2001-01 2005-02 Ruud Lubbers
2005-06-15 2015-12-31 António Guterres
2016-01-01 2025-12-31 Filippo Grandi
2026-01-01 .. Barham Salih
@united-nations high commissioner for human rights
2008-09-01 2014-08-31 Navi Pillay
2014-09-01 2018-08-31 Zeid Ra'ad Al Hussein
2018-09-01 2022-08-31 Michelle Bachelet
2022-10-17 .. Volker Türk
@united-nations under-secretary-general for humanitarian affairs
2021-07 2024-06 Martin Griffiths
2024-10 .. Tom Fletcher
@united-nations special envoy
2014-07 2018-11 Staffan de Mistura {special envoy for syria}
2012-08 2014-05 Lakhdar Brahimi {special envoy for syria}
2019-01 .. Geir Pedersen {special envoy for syria}
2021-08 .. Hans Grundberg {special envoy for yemen}
2021-01 2025-01 Tor Wennesland {special coordinator for the middle east peace process}
@united-nations under-secretary-general for peace operations
2017-04 .. Jean-Pierre Lacroix
@unrwa commissioner-general
2020-03 .. Philippe Lazzarini
@unicef executive director
2022-01 .. Catherine Russell
@world-food-programme executive director
2017-04 2023-04 David Beasley
2023-04 .. Cindy McCain
@undp administrator
2005-07 2009-04 Kemal Derviş /TUR
2017-06 2025-06 Achim Steiner
@nato secretary general
1988-07-01 1994-08-13 Manfred Wörner
1994-10-17 1995-10-20 Willy Claes
1995-12-05 1999-10-06 Javier Solana
1999-10-14 2003-12-17 George Robertson
2004-01-01 2009-07-31 Jaap de Hoop Scheffer
2009-08-01 2014-09-30 Anders Fogh Rasmussen
2014-10-01 2024-10-01 Jens Stoltenberg
2024-10-01 .. Mark Rutte
@nato supreme allied commander europe
2009-06-30 2013-05-13 James Stavridis /USA
2013-05-13 2016-05-04 Philip Breedlove /USA
2016-05-04 2019-05-03 Curtis Scaparrotti /USA
2019-05-03 2022-07-04 Tod Wolters /USA
2022-07-04 2025-07-01 Christopher Cavoli /USA
2025-07-01 .. Alexus Grynkewich /USA
@european-commission president
1985-01-06 1995-01-24 Jacques Delors
1995-01-24 1999-03-15 Jacques Santer
1999-03-15 1999-09-17 Manuel Marín {acting president}
1999-09-16 2004-11-22 Romano Prodi
2004-11-22 2014-10-31 José Manuel Durão Barroso
2014-11-01 2019-11-30 Jean-Claude Juncker
2019-12-01 .. Ursula von der Leyen
@european-central-bank president
1998-06-01 2003-10-31 Wim Duisenberg
2003-11-01 2011-10-31 Jean-Claude Trichet
2011-11-01 2019-10-31 Mario Draghi
2019-11-01 .. Christine Lagarde
@european-central-bank vice president
2018-06-01 .. Luis de Guindos
@european-central-bank executive board member
2020-01-01 2023-10-31 Fabio Panetta
@european-investment-bank president
2012-01-01 2023-12-31 Werner Hoyer
2024-01-01 .. Nadia Calviño
@ebrd president
2020-11 .. Odile Renaud-Basso
@asian-development-bank president
2020-01-17 2025-02-23 Masatsugu Asakawa
2025-02-24 .. Masato Kanda
@asian-infrastructure-investment-bank president
2016-01-16 2026-01-15 Jin Liqun
2026-01-16 .. Zou Jiayi
@new-development-bank president
2023-03-24 .. Dilma Rousseff
@african-development-bank president
2015-09-01 2025-08-31 Akinwumi Adesina
2025-09-01 .. Sidi Ould Tah
@international-monetary-fund managing director
1987-01-16 2000-02-14 Michel Camdessus
2000-05-01 2004-03-04 Horst Köhler
2004-06-07 2007-10-31 Rodrigo Rato
2007-11-01 2011-05-18 Dominique Strauss-Kahn
2011-07-05 2019-09-12 Christine Lagarde
2019-10-01 .. Kristalina Georgieva
@international-monetary-fund first deputy managing director
2022-01-21 2025-08 Gita Gopinath
@world-bank president
1991-09-01 1995-05-04 Lewis Preston
1995-06-01 2005-05-31 James Wolfensohn
2005-06-01 2007-06-30 Paul Wolfowitz
2007-07-01 2012-06-30 Robert Zoellick
2012-07-01 2019-02-01 Jim Yong Kim
2019-04-09 2023-06-01 David Malpass
2023-06-02 .. Ajay Banga
@world-bank chief executive officer
2016-01 2019-04 Kristalina Georgieva {ceo}
@world-health-organization director-general
1988-07-21 1998-07-21 Hiroshi Nakajima
1998-07-21 2003-07-21 Gro Harlem Brundtland
2003-07-21 2006-05-22 Lee Jong-wook
2007-01-04 2017-06-30 Margaret Chan
2017-07-01 .. Tedros Adhanom Ghebreyesus
@ETH foreign minister
2012-11-29 2016-11-01 Tedros Adhanom Ghebreyesus
@international-atomic-energy-agency director general
1981-12-01 1997-11-30 Hans Blix
1997-12-01 2009-11-30 Mohamed ElBaradei
2009-12-01 2019-07-18 Yukiya Amano
2019-12-03 .. Rafael Grossi
@united-nations chief weapons inspector
2000-03-01 2003-06-30 Hans Blix
@world-trade-organization director-general
1995-05-01 1999-04-30 Renato Ruggiero
1999-09-01 2002-08-31 Mike Moore
2002-09-01 2005-08-31 Supachai Panitchpakdi
2005-09-01 2013-08-31 Pascal Lamy
2013-09-01 2020-08-31 Roberto Azevêdo
2021-03-01 .. Ngozi Okonjo-Iweala
@NZL prime minister
1990-09-04 1990-11-02 Mike Moore
@african-union commission chairperson
2003-09-16 2008-04-28 Alpha Oumar Konaré
2008-04-28 2012-10-15 Jean Ping
2012-10-15 2017-03-14 Nkosazana Dlamini-Zuma
2017-03-14 2025-02-15 Moussa Faki Mahamat
2025-02-15 .. Mahmoud Ali Youssouf
@opec secretary general
2016-08-01 2022-07-05 Mohammed Barkindo
2022-08-01 .. Haitham al-Ghais
@international-criminal-court prosecutor
2003-06-16 2012-06-15 Luis Moreno Ocampo
2012-06-16 2021-06-15 Fatou Bensouda
2021-06-16 .. Karim Khan
@international-olympic-committee president
1980-07-16 2001-07-16 Juan Antonio Samaranch
2001-07-16 2013-09-10 Jacques Rogge
2013-09-10 2025-06-23 Thomas Bach
2025-06-23 .. Kirsty Coventry
@fifa president
1998-06-08 2015-12-21 Sepp Blatter
2016-02-26 .. Gianni Infantino
@oecd secretary-general
2006-06-01 2021-05-31 Ángel Gurría
2021-06-01 .. Mathias Cormann
@world-economic-forum founder
1971 .. Klaus Schwab
@interpol secretary general
2014-11-07 2024-11-07 Jürgen Stock
2024-11-07 .. Valdecy Urquiza
@osce secretary general
2020-12 2024-09 Helga Schmid
2024-12 .. Feridun Sinirlioğlu
@council-of-europe secretary general
2019-09-18 2024-09-17 Marija Pejčinović Burić
@organization-of-american-states secretary general
2015-05-26 2025-05-25 Luis Almagro
2025-05-26 .. Albert Ramdin
@gulf-cooperation-council secretary general
2023-04-01 .. Jasem Mohamed Albudaiwi
@organisation-of-islamic-cooperation secretary general
2021-11 .. Hissein Brahim Taha
@commonwealth secretary-general
2016-04-01 2025-03-31 Patricia Scotland
2025-04-01 .. Shirley Ayorkor Botchwey
@asean secretary-general
2023-01-09 .. Kao Kim Hourn
@ipcc chair
2023-07 .. Jim Skea
@international-energy-agency executive director
2015-09-01 .. Fatih Birol
@bank-for-international-settlements general manager
2017-12-01 2025-06-30 Agustín Carstens
2025-07-01 .. Pablo Hernández de Cos
@VAT pope
1978-10-16 2005-04-02 Pope John Paul II
2005-04-19 2013-02-28 Pope Benedict XVI
2013-03-13 2025-04-21 Pope Francis
2025-05-08 .. Pope Leo XIV
@VAT secretary of state
2013-10-15 .. Pietro Parolin
@ecumenical-patriarchate ecumenical patriarch
1991-11-02 .. Bartholomew I
"""))


if __name__ == "__main__":
    main()
