#!/usr/bin/env python3
"""Generate nergraph's built-in organizations gazetteer, gazetteers/organizations.tsv.

One line per organization (type `organization`), from three kinds of input:

  * a hand-curated table (CURATED below): alliances and blocs, national
    militaries, intelligence services, news agencies, government bodies,
    parties, armed groups, large companies and banks, central banks, NGOs,
    sports bodies, courts. Curated lines are authoritative: their names,
    aliases, short forms, countries and kinds win over every data source;
  * supraverden's list of international organisations (general_list.yaml,
    CC BY-SA 4.0): the UN system, EU institutions and agencies, regional
    bodies, development banks, commodity and fisheries bodies;
  * the PETRARCH/Phoenix actor dictionaries of Open Event Data (MIT):
    Phoenix.International.actors.txt (IGOs, NGOs, multinational companies)
    and Phoenix.MilNonState.actors.txt (armed non-state groups, from the
    START TOPS list). People, generic descriptions ("UN staff") and role
    titles in these files are left out.

Entries of different sources that share a full name are merged into one
organization (a curated line absorbs the data entries it names).

Inputs (read-only):

    <shared>/data/orgs/general_list.yaml                   supraverden, CC BY-SA 4.0
    <shared>/data/petrarch/Phoenix.International.actors.txt Open Event Data, MIT
    <shared>/data/petrarch/Phoenix.MilNonState.actors.txt   Open Event Data, MIT
    <shared>/data/petrarch/Phoenix.Countries.actors.txt     Open Event Data, MIT
        (only to learn which words are people's names, so that a company
        called after a surname does not get the bare surname as an alias)
    <shared>/data/news/bbc/, <shared>/data/conll2003/       research corpora
        (only to learn which words are common English words, and which
        capitalised words are people or places; no text is copied)
    <shared>/data/geonames/cities15000.txt                  GeoNames, CC BY 4.0
        (place names, for the same purpose)
    gazetteers/countries.tsv, cities.tsv, regions.tsv, people.tsv (this repo)
        (no organization alias may equal one of their names)

The output is a pure function of these inputs and of the tables below: the
same inputs give a byte-identical file. Fix a wrong alias by editing a
table here and re-running; never edit the TSV by hand.

Usage:
    python3 scripts/gaz/organizations.py [--shared DIR] [--out FILE] [--report]

--report lists on stderr every merge, every dropped alias and every dropped
entry, for reviewing the tables.

Needs Python 3 and PyYAML. Exit status 2 when an input is missing or
unreadable, 1 when a consistency check fails (an unlisted risky or shared
curated alias, an unknown country code, a duplicate id ...).
"""

import argparse
import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover - reported like a missing input
    yaml = None

SCRIPT_PATH = Path(__file__).resolve()
REPO_ROOT = SCRIPT_PATH.parent.parent.parent  # scripts/gaz/organizations.py
SCRIPT_NAME = "scripts/gaz/organizations.py"

KINDS = [
    "international", "military", "intelligence", "government", "party",
    "armed group", "company", "bank", "central bank", "media", "ngo",
    "sport", "court",
]

# ===========================================================================
# Curated tables. Every precision decision lives here, with its reason.
# ===========================================================================

# Ids of the hand-made starter file. They must survive unchanged (graphs
# made with earlier builds refer to them); the script fails if one is lost.
LEGACY_IDS = [
    "organization:korean-peoples-army", "organization:korean-central-news-agency",
    "organization:united-nations", "organization:un-security-council",
    "organization:nato", "organization:european-union",
    "organization:european-commission", "organization:kremlin",
    "organization:russian-armed-forces", "organization:wagner-group",
    "organization:armed-forces-of-ukraine", "organization:peoples-liberation-army",
    "organization:chinese-communist-party", "organization:workers-party-of-korea",
    "organization:pentagon", "organization:white-house",
    "organization:us-state-department", "organization:iaea", "organization:imf",
    "organization:world-bank", "organization:who", "organization:hamas",
    "organization:hezbollah", "organization:islamic-state", "organization:al-qaeda",
    "organization:taliban", "organization:g7", "organization:g20",
    "organization:brics", "organization:opec", "organization:asean",
    "organization:african-union", "organization:european-central-bank",
    "organization:federal-reserve", "organization:bank-of-england",
    "organization:labour-party", "organization:conservative-party",
    "organization:liberal-democrats", "organization:house-of-commons",
    "organization:bbc", "organization:reuters", "organization:microsoft",
    "organization:apple", "organization:google", "organization:gazprom",
]

# Curated aliases that the automatic risk check flags (a one-word alias
# whose lowercase form is a common English word in the news corpora, or an
# acronym of two letters or one that spells a common word) and that we keep
# on purpose. Anything flagged and not listed here makes the script fail.
RISKY_KEPT = {
    "UN": "the United Nations; 'un' is not English and the case policy needs both capitals",
    "EU": "the European Union; two capitals required",
    "AU": "the African Union in African news; 'Au' (gold) and 'AUD' do not match two capitals "
          "followed by a word boundary; Australian dollars are written A$",
    "AP": "the Associated Press; overwhelmingly the news agency in news text",
    "BP": "the oil company; 'BP' for blood pressure is rare in general news",
    "RT": "the Russian state broadcaster; frequent in news about Russian media",
    "VW": "Volkswagen; two capitals required",
    "WHO": "the World Health Organization; all three capitals required, so only all-caps "
           "headlines ('WHO IS ...') can misfire",
    "ICE": "US Immigration and Customs Enforcement; all three capitals required",
    "Fed": "the US Federal Reserve; 'fed' (past tense) is lowercase, and a sentence starting "
           "'Fed up' is rare in news",
    "Labour": "the UK Labour Party: in the BBC corpus every capitalised 'Labour' outside "
              "longer names is the party; 'labour' (work) is lowercase",
    "Adidas": "the sportswear company; lowercase 'adidas' in the corpus is the brand written in lowercase",
    "Amnesty": "Amnesty International: capitalised 'Amnesty' alone is the NGO in news; the common "
               "noun is lowercase",
    "KUNA": "the Kuwait News Agency; the Croatian currency is written lowercase 'kuna'",
    "Meta": "Meta Platforms; 'meta' is lowercase (the Colombian department Meta is in regions.tsv, "
            "see EXTERNAL_OK)",
    "Oracle": "the software company; the common noun is lowercase",
    "Telegram": "the messaging company; 'telegram' (a message) is lowercase",
    "Pentagon": "the US Department of Defense; the shape is lowercase",
    "Commons": "the UK House of Commons (legacy alias); 'Creative Commons' is the rare other use",
    "Apple": "the company is the dominant capitalised sense in news; the fruit is lowercase",
    "Shell": "the oil company; the capitalised singular noun at sentence start is rare "
             "(shelling is 'Shelling'/'shells')",
    "Democrats": "the US Democratic Party; longer names (Liberal/Social/Sweden/Christian/Free "
                 "Democrats) are listed and win by longest match",
    "Republicans": "the US Republican Party",
    "Conservatives": "the UK Conservative Party (legacy alias)",
    "Senate": "several national senates share it, settled by the article's country",
    "Congress": "the US Congress or the Indian National Congress, settled by the article's "
                "country (short form of no one else)",
}

# Names that would be false hits as aliases (a common word, another
# entity's name, or a second sense in news) and so are only short forms of
# the organization below: they name it after its full name in the same
# article. Listed here for review; the curated lines carry them.
SHORT_ONLY = {
    "Amazon": "Amazon.com; also the rainforest and the river",
    "Alphabet": "Google's parent", "Target": "Target Corporation", "Visa": "Visa Inc.",
    "Total": "TotalEnergies", "Ford": "Ford Motor Company; a surname", "Delta": "Delta Air Lines",
    "Canon": "Canon Inc.", "Continental": "Continental AG", "Reliance": "Reliance Industries",
    "Tata": "Tata Group; a surname", "Adani": "Adani Group; a surname",
    "Vinci": "Vinci SA; Leonardo da Vinci", "Tether": "Tether Holdings; a common word",
    "CCTV": "China Central Television; closed-circuit cameras in UK news",
    "Sputnik": "Sputnik News; a vaccine and a satellite", "Guardian": "The Guardian",
    "Economist": "The Economist", "Spiegel": "Der Spiegel",
    "IRA": "the Provisional IRA; Individual Retirement Account and Inflation Reduction Act",
    "Security Council": "the UN Security Council or Russia's Security Council",
    "Security Service": "MI5; other countries' services share the words",
    "Parliament": "the UK Parliament", "Lords": "the House of Lords", "Treasury": "US / UK",
    "Diet": "Japan's National Diet", "Majlis": "Iran's parliament", "Politburo": "the CCP's",
    "Commonwealth": "the Commonwealth of Nations", "Quad": "the Quadrilateral Security Dialogue",
    "Reform": "Reform UK", "Greens": "the German Greens", "Green Party": "England and Wales",
    "Labor": "the Australian Labor Party", "Lega": "Italy's League", "Morena": "Mexico's party",
    "Vox": "Spain's party", "Law and Justice": "Poland's PiS; 'Ministry of Law and Justice'",
    "Social Democrats": "(an alias, shared: see SHARED_OK)", "Space Force": "US Space Force",
    "National Guard": "the US National Guard", "Central Command": "US CENTCOM",
    "Cyber Command": "US Cyber Command", "General Staff": "Russia's or Ukraine's",
    "Foreign Ministry": "several", "Defence Ministry": "several", "Defense Ministry": "several",
    "Ministry of Defence": "UK, Russia, Ukraine", "MoD": "the UK Ministry of Defence",
    "Border Police": "Israel's Border Police", "Red Crescent": "the IFRC",
    "State Council": "China's State Council", "Democratic Alliance": "South Africa's DA",
}

# Aliases that several curated organizations share on purpose. nergraph
# settles a shared name per article (an entity the article already names
# unambiguously wins, then one whose country the article names), so these
# are names whose meaning depends on the country the article is about.
SHARED_OK = {
    "Congress": "US Congress / Indian National Congress",
    "Senate": "national senates: US, Philippines, Italy, France, Australia, Pakistan, Nigeria, "
              "Poland, Mexico, Canada",
    "Supreme Court": "national supreme courts",
    "National Assembly": "national assemblies: France, South Korea, Pakistan, Venezuela, "
                         "Nigeria, Kenya, Vietnam",
    "Democratic Party": "the US party and the Democratic Party of Korea",
    "Party Congress": "the congress of the ruling communist party: China, North Korea, Vietnam",
    "PPP": "Pakistan Peoples Party / South Korea's People Power Party",
    "PTI": "Pakistan Tehreek-e-Insaf / Press Trust of India",
    "PAP": "Singapore's People's Action Party / the Polish Press Agency",
    "ADF": "Allied Democratic Forces (Congo, Uganda) / Australian Defence Force",
    "CSIS": "Canadian Security Intelligence Service / Center for Strategic and International "
            "Studies (Washington)",
    "ABC": "American Broadcasting Company / Australian Broadcasting Corporation",
    "House of Representatives": "lower houses: US, Australia, Japan, Philippines, Nigeria",
    "AAP": "Aam Aadmi Party (India) / Australian Associated Press",
    "BIS": "Bank for International Settlements / US Bureau of Industry and Security",
    "BSP": "Bahujan Samaj Party (India) / Bangko Sentral ng Pilipinas",
    "JCS": "the US and South Korean Joint Chiefs of Staff",
    "Joint Chiefs of Staff": "the US and South Korean Joint Chiefs of Staff",
    "Social Democrats": "the SPD (Germany), the Social Democrats (Denmark), the Swedish Social "
                        "Democratic Party",
}

# Curated aliases that are also the name of a place or person in another
# gazetteer file, kept on purpose. nergraph prefers a country, then an
# organization, then a region or person for a shared name, and prefers the
# entity whose country the article names.
EXTERNAL_OK = {
    "Meta": "Meta Platforms; also Meta Department (Colombia), which wins when the article "
            "names Colombia",
}

# Aliases never taken from the data sources (supraverden, Phoenix), on any
# entry: too generic, another organization's acronym in news, or wrong.
DATA_DROP_ALIASES = {
    "Council of ministers", "Council of Ministers", "IOC", "ESA", "IDB", "ISA", "CBD",
    "ECA", "ELA", "ERA", "EMA", "ETF", "ESS", "SHARE", "ELI", "JIV", "AMA", "CIM",
    "IIN", "EP", "CoR", "CdT", "ACS", "SPC", "ACP", "PCA", "PBC", "PCB", "CPD",
    "CND", "CSW", "ITC", "ILC", "IDA", "IFC", "NIB", "AMF", "AWO", "CFC", "ETI",
    "SAU", "WB", "BIRD", "ONU", "OEA", "OPS", "AN", "SIS", "ALF", "AAA", "NPA",
    "FPS", "Economic and Social Council", "Human Rights Council", "Statistical Commission",
    "Joint Inspection Unit", "Pan-American Union", "Al-Aqsa Foundation",
    "Khaled Meshaal", "Youth", "Falcon", "Tigers", "Free Land", "The Lightning",
    "Islamic Party", "Supporters of Islam", "National Liberation Movement",
    "Loss and Damahe Fund", "Italian Red Brigade", "Red Regiments", "The European Joint Undertaking for ITER and the Development of",
    "General Secretariat of the Benelux Union", "Council of the Entente",
    "Amal", "Popular Resistance", "Immediate Action", "Black Star", "Red Eagles",
    "Martyrs of Democracy", "Action Faction", "Free South Moluccan Youth's",
}

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}

# Entries of the data sources that are left out altogether (by their
# name as printed after conversion): generic descriptions, one-off events,
# duplicates of curated entries under another name.
DATA_DROP_ENTRIES = {
    "International Government Organisation", "International Government Organization",
    "MNCS", "MNC", "Foreign Owned Vessel", "International War Crimes Tribunal",
    "International Truce Monitoring Group", "Christian Catholic", "Oklahoma City Bombing Conspirators",
    "Republic of Texas", "Republic of New Africa", "Brother Julian", "Tigers", "Youth",
    "Shahin", "Eyal", "Hisba", "Yahweh", "Nation of Yahweh", "D Company",
    "Caucasian Mujahideen", "Islamic Society", "Anarchist Faction", "Black Star",
    "Anarchist Struggle", "Popular Resistance", "Immediate Action", "Children of Fire",
    "Fires of Hell", "Melting Nuclei", "Consciously Enraged", "Revolutionary Perspective",
    "Revolutionary Socialists", "International Solidarity", "Friendship Society",
    "Proletarian Solidarity", "Autonomous Cells", "Anti-State Action", "Anti-State Defense",
    "Anti-State Nuclei", "Anti-Power Struggle", "Angry Brigade", "Red Guerrillas",
    "National Warriors", "Black December", "Heroes of Palestine", "The Extraditables",
    "Amal", "Philippine Secessionist Group Moro Islamic Liberation Front", "Union State", "Energy Community", "South Centre", "European Schools",
    "Pacific Community", "Salzburg Forum", "Board of Peace",
}

# Names in a supraverden record that belong to another organization (data
# errors): record name -> names to ignore.
SUPRA_IGNORE = {
    "OPEC Fund for International Development": {"Organization of the Petroleum Exporting Countries"},
    "European Infrastructure of Open Screening Platforms for Chemical Biology": {
        "INFRAFRONTIER", "INFRAFRONTIER ERIC"},
}

# supraverden names replaced by a clearer canonical name (the old name is
# kept as an alias unless it is listed in DATA_DROP_ALIASES).
SUPRA_RENAME = {
    "Statistical Commission": "United Nations Statistical Commission",
    "Joint Inspection Unit of the United Nations System": "UN Joint Inspection Unit",
    "Benelux": "Benelux Union",
    "Low-Frequency Array": "LOFAR",
    "European Ombudsman": "European Ombudsman",
}

# Words that are not in the corpora as lowercase words often enough to be
# caught automatically, but whose capitalised form at a sentence start or
# in a title is a word or another thing (added to the common-word list).
EXTRA_COMMON = {
    "amazon", "senate", "congress", "parliament", "apple", "diet", "total", "target", "delta",
    "visa", "canon", "continental", "reliance", "alphabet", "meta", "oracle", "guardian",
    "economist", "quad", "reform", "greens", "lords", "labor", "treasury", "commonwealth",
    "politburo", "vox", "sputnik", "ford", "navy", "army", "police", "republicans",
    "democrats", "conservatives", "commons", "pentagon", "telegram", "shell", "fed", "labour",
    "mercury", "atlas", "eagle", "phoenix", "alliance", "genesis", "pioneer", "liberty",
    "union", "progress", "unity", "vanguard", "legacy", "summit", "frontier", "pinnacle",
    "premier", "prime", "sterling", "heritage", "horizon", "crown", "dawn", "express",
    "standard", "mirror", "times", "post", "herald", "independent", "observer", "sun", "star",
    "tribune", "chronicle", "telegraph",
}

# Words that a Phoenix phrase writes in capitals but that are not acronyms.
NOT_ACRONYM_WORDS = {"KU", "IZZ", "GAZ", "ABU", "BIN", "IBN", "BAT", "BAN", "LAW", "OIL", "DOW",
                     "ECO", "LUP"}

# Words that keep all capitals in names converted from Phoenix's
# UPPERCASE_WITH_UNDERSCORES (acronyms the automatic rule would miss).
ACRONYM_WORDS = {
    "AMRO", "ASEAN", "NATO", "OPEC", "UNICEF", "UNESCO", "UNHCR", "UNDP", "UNEP",
    "ECOWAS", "SAARC", "INTERPOL", "IAEA", "AIESEC", "CEMEX", "FEMSA", "AECOM",
    "AIPPI", "ACUNS", "AMREF", "CAFOD", "CIDSE", "COOPI", "CESVI", "AVSI", "AMURT",
    "USA", "UK", "EU", "UN", "US", "NGO", "HIV", "AIDS", "IT", "TV", "SOS", "HBOS", "NYSE",
    "BRAC", "UNDP", "UNEP", "OHCHR", "SADC", "IGAD", "ECOMOG", "CEMAC", "BEAC", "OFID",
    "MONUC", "SEATO", "SAFTA", "SLMM", "PSCAU", "AUPSC", "SPSSI", "IEARN", "JSTOR",
}

# ===========================================================================
# The curated organizations.
#
# One organization per line:  Name | aliases | short | country | options
#   aliases, short: ';'-separated; short = forms valid only after the full
#     name in the same article (see docs/gazetteer-format.md).
#   country: ISO alpha-3 of countries.tsv, for organizations of one country.
#   options: id=<key> (keep a legacy id), parent=<id>, kind=<kind>,
#     seat=yes (a seat of government: the text means its country, attribute stands_for).
# "== kind" starts a block of that kind. Trailing fields may be left off.
#
# Conventions: acronyms in capitals; "X armed forces" / "X army" aliases in
# lowercase after the demonym ("Russian army") so that both "Russian army"
# and "Russian Army" match; no "X military"/"X forces" aliases (those words
# describe troops, not the institution); no alias starting with "the".
# ===========================================================================

CURATED = r"""
== international
United Nations | UN; U.N.; United Nations Organization | | | id=united-nations
UN Security Council | United Nations Security Council; U.N. Security Council; UNSC | Security Council | | id=un-security-council parent=organization:united-nations
UN General Assembly | United Nations General Assembly; U.N. General Assembly; UNGA | | | parent=organization:united-nations
UN Human Rights Council | United Nations Human Rights Council; U.N. Human Rights Council; UNHRC | | | parent=organization:united-nations
United Nations Secretariat | UN Secretariat; U.N. Secretariat | | | parent=organization:united-nations
UN Economic and Social Council | United Nations Economic and Social Council; ECOSOC | | | parent=organization:united-nations
International Atomic Energy Agency | IAEA; UN nuclear watchdog; U.N. nuclear watchdog; UN atomic watchdog | | | id=iaea
International Monetary Fund | IMF | | | id=imf
World Bank | World Bank Group | | | id=world-bank
World Health Organization | WHO; World Health Organisation; UN health agency | | | id=who
UNICEF | United Nations Children's Fund; UN Children's Fund; United Nations International Children's Emergency Fund; Unicef; UN children's agency | | | parent=organization:united-nations
UNHCR | Office of the United Nations High Commissioner for Refugees; United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; UN refugee agency; U.N. refugee agency | | | parent=organization:united-nations
World Food Programme | WFP; United Nations World Food Programme; UN World Food Programme; World Food Program; UN food agency | | | parent=organization:united-nations
UN Relief and Works Agency | UNRWA; United Nations Relief and Works Agency for Palestine Refugees in the Near East; United Nations Relief and Works Agency; UN agency for Palestinian refugees | | | parent=organization:united-nations
Office of the UN High Commissioner for Human Rights | OHCHR; Office of the United Nations High Commissioner for Human Rights; Office of the High Commissioner for Human Rights; UN human rights office; U.N. human rights office | | | parent=organization:united-nations
UN Office for the Coordination of Humanitarian Affairs | OCHA; United Nations Office for the Coordination of Humanitarian Affairs; UN humanitarian office; UN aid office | | | parent=organization:united-nations
UN Office on Drugs and Crime | UNODC; United Nations Office on Drugs and Crime | | | parent=organization:united-nations
UN Conference on Trade and Development | UNCTAD; United Nations Conference on Trade and Development | | | parent=organization:united-nations
UNAIDS | Joint United Nations Programme on HIV/AIDS | | | parent=organization:united-nations
Intergovernmental Panel on Climate Change | IPCC; UN climate panel | | | parent=organization:united-nations
UN Framework Convention on Climate Change | UNFCCC; United Nations Framework Convention on Climate Change; UN climate secretariat | | | parent=organization:united-nations
UN Interim Force in Lebanon | UNIFIL; United Nations Interim Force in Lebanon | | | parent=organization:united-nations
UN Mission in South Sudan | UNMISS; United Nations Mission in South Sudan | | | parent=organization:united-nations
MONUSCO | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo; MONUC | | | parent=organization:united-nations
UN Assistance Mission in Afghanistan | UNAMA; United Nations Assistance Mission in Afghanistan | | | parent=organization:united-nations
UN Disengagement Observer Force | UNDOF; United Nations Disengagement Observer Force | | | parent=organization:united-nations
UN Peacekeeping Force in Cyprus | UNFICYP; United Nations Peacekeeping Force in Cyprus | | | parent=organization:united-nations
UN Interim Administration Mission in Kosovo | UNMIK; United Nations Interim Administration Mission in Kosovo | | | parent=organization:united-nations
MINUSMA | United Nations Multidimensional Integrated Stabilization Mission in Mali | | | parent=organization:united-nations
UN Women | United Nations Entity for Gender Equality and the Empowerment of Women | | | parent=organization:united-nations
International Organization for Migration | IOM; International Organisation for Migration; UN migration agency | | | parent=organization:united-nations
Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO; Comprehensive Nuclear-Test-Ban Treaty Organisation; Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization
Organisation for the Prohibition of Chemical Weapons | OPCW; Organization for the Prohibition of Chemical Weapons; chemical weapons watchdog
NATO | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Nato; North Atlantic Alliance | | | id=nato
NATO Allied Command Operations | Supreme Headquarters Allied Powers Europe; Allied Command Operations | | | parent=organization:nato
European Union | EU; E.U. | | | id=european-union
European Commission | EU Commission; European Union Commission | | | id=european-commission parent=organization:european-union
European Council | EUCO | | | parent=organization:european-union
Council of the European Union | Council of the EU; EU Council; EU Council of Ministers | | | parent=organization:european-union
European Parliament | EU Parliament; Europarliament; European Union Parliament | | | parent=organization:european-union
Court of Justice of the European Union | CJEU; European Court of Justice; ECJ; EU Court of Justice | | | parent=organization:european-union kind=court
European External Action Service | EEAS; EU diplomatic service | | | parent=organization:european-union
Eurogroup | Euro Group | | | parent=organization:european-union
European Investment Bank | EIB | | | parent=organization:european-union
European Stability Mechanism | ESM; eurozone bailout fund | | | parent=organization:european-union
European Border and Coast Guard Agency | Frontex | | | parent=organization:european-union
Europol | European Union Agency for Law Enforcement Cooperation; European Police Office | | | parent=organization:european-union
European Medicines Agency | EMA | | | parent=organization:european-union
European Space Agency | ESA | | |
European Organization for Nuclear Research | CERN; European Council for Nuclear Research
Council of Europe | CoE | | |
European Court of Human Rights | ECHR; ECtHR; Strasbourg court | | | kind=court
Organization for Security and Co-operation in Europe | OSCE; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe
Organisation for Economic Co-operation and Development | OECD; Organization for Economic Cooperation and Development; Organisation for Economic Cooperation and Development
Organization of the Petroleum Exporting Countries | OPEC; Opec; Organisation of the Petroleum Exporting Countries | | | id=opec
OPEC+ | OPEC Plus; Opec+; OPEC-plus | | | id=opec-plus
G7 | Group of Seven; G-7; Group of 7 | | | id=g7
G20 | Group of Twenty; G-20; Group of 20 | | | id=g20
G8 | Group of Eight; G-8 | | |
Group of 77 | G77; G-77
BRICS | BRICS group; BRICS bloc | | | id=brics
New Development Bank | NDB; BRICS bank
ASEAN | Association of Southeast Asian Nations; Asean; Association of South East Asian Nations | | | id=asean
African Union | AU; African Union Commission | | | id=african-union
Arab League | League of Arab States
Gulf Cooperation Council | GCC; Cooperation Council for the Arab States of the Gulf
Shanghai Cooperation Organisation | SCO; Shanghai Cooperation Organization
Collective Security Treaty Organization | CSTO; Collective Security Treaty Organisation
Mercosur | Mercosul; Southern Common Market
Organisation of Islamic Cooperation | OIC; Organization of Islamic Cooperation; Organisation of the Islamic Conference; Organization of the Islamic Conference
Commonwealth of Nations | Commonwealth Secretariat | Commonwealth
Commonwealth of Independent States | CIS
Eurasian Economic Union | EAEU
Economic Community of West African States | ECOWAS
Southern African Development Community | SADC
East African Community | EAC
Intergovernmental Authority on Development | IGAD
Alliance of Sahel States | Confederation of Sahel States
Caribbean Community | CARICOM; Caricom
Organization of American States | OAS; Organisation of American States
Community of Latin American and Caribbean States | CELAC
Asia-Pacific Economic Cooperation | APEC
Quadrilateral Security Dialogue | Quad alliance | Quad
AUKUS | AUKUS pact; AUKUS alliance
Five Eyes | Five Eyes alliance
Non-Aligned Movement | NAM; Nonaligned Movement
International Energy Agency | IEA
World Trade Organization | WTO; World Trade Organisation
Bank for International Settlements | BIS
Bureau of Industry and Security | BIS; US Bureau of Industry and Security; U.S. Bureau of Industry and Security | | USA | kind=government
International Finance Corporation | IFC
Asian Infrastructure Investment Bank | AIIB
Asian Development Bank | ADB
African Development Bank | AfDB
European Bank for Reconstruction and Development | EBRD
Inter-American Development Bank | IDB; IADB
Islamic Development Bank | IsDB
Interpol | INTERPOL; International Criminal Police Organization; International Criminal Police Organisation
Financial Action Task Force | FATF
Financial Stability Board
Paris Club
Visegrad Group | Visegrád Group; Visegrad Four; Visegrád Four
Nordic Council
Arctic Council
Council of the Baltic Sea States | CBSS
Warsaw Pact | Warsaw Treaty Organization; Warsaw Treaty Organisation
League of Nations
International Committee of the Red Cross | ICRC; Red Cross | | | kind=ngo
International Federation of Red Cross and Red Crescent Societies | IFRC | Red Crescent | | kind=ngo
World Economic Forum | WEF | | | kind=ngo
European Free Trade Association | EFTA
Organization of Turkic States | Organisation of Turkic States; Turkic Council
Pacific Islands Forum
South Asian Association for Regional Cooperation | SAARC
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation | BIMSTEC
Economic Community of Central African States | ECCAS
Union for the Mediterranean | UfM
Organisation internationale de la Francophonie | La Francophonie; International Organisation of La Francophonie; OIF
International Renewable Energy Agency | IRENA
International Maritime Organization | IMO; International Maritime Organisation
International Civil Aviation Organization | ICAO
International Telecommunication Union | ITU
Food and Agriculture Organization | FAO; Food and Agriculture Organisation; UN food and agriculture agency
International Labour Organization | ILO; International Labour Organisation; International Labor Organization
UNESCO | United Nations Educational, Scientific and Cultural Organization; UN cultural agency
United Nations Development Programme | UNDP; UN Development Programme
United Nations Environment Programme | UNEP; UN Environment Programme; UN Environment
United Nations Population Fund | UNFPA; UN Population Fund
Universal Postal Union | UPU
World Meteorological Organization | WMO; UN weather agency
World Intellectual Property Organization | WIPO
International Fund for Agricultural Development | IFAD
United Nations Industrial Development Organization | UNIDO
European Atomic Energy Community | Euratom

== court
International Criminal Court | ICC; Hague-based International Criminal Court
International Court of Justice | ICJ; World Court
Permanent Court of Arbitration
International Tribunal for the Law of the Sea | ITLOS
International Criminal Tribunal for the former Yugoslavia | ICTY; Yugoslav war crimes tribunal
International Criminal Tribunal for Rwanda | ICTR; Rwanda war crimes tribunal
Special Tribunal for Lebanon | STL
Court of Arbitration for Sport | CAS; Lausanne-based Court of Arbitration for Sport
Supreme Court of the United States | US Supreme Court; U.S. Supreme Court; United States Supreme Court; Supreme Court; SCOTUS | | USA
Supreme Court of the United Kingdom | UK Supreme Court; Supreme Court | | GBR
Supreme Court of India | Indian Supreme Court; Supreme Court | | IND
Supreme Court of Israel | Israeli Supreme Court; Israel's Supreme Court; Supreme Court | | ISR
Supreme Court of Pakistan | Pakistani Supreme Court; Pakistan Supreme Court; Supreme Court | | PAK
Supreme Federal Court | Brazilian Supreme Court; Brazil's Supreme Court; Supremo Tribunal Federal; STF; Supreme Court | | BRA
Supreme Court of Russia | Russian Supreme Court; Supreme Court | | RUS
Supreme Court of Canada | Canadian Supreme Court; Supreme Court | | CAN
Supreme Court of the Philippines | Philippine Supreme Court; Supreme Court | | PHL
Supreme Court of Korea | South Korean Supreme Court; Supreme Court | | KOR
Constitutional Court of Korea | South Korean Constitutional Court | | KOR
Federal Constitutional Court | German Constitutional Court; Bundesverfassungsgericht; German Federal Constitutional Court | | DEU
Constitutional Court of Ukraine | Ukrainian Constitutional Court | | UKR
Constitutional Court of Russia | Russian Constitutional Court | | RUS

== military
Korean People's Army | KPA; North Korean People's Army; North Korean army; Korean People's Army Ground Force | | PRK | id=korean-peoples-army
Korean People's Army Navy | North Korean navy | | PRK | parent=organization:korean-peoples-army
Korean People's Army Strategic Force | Strategic Force of the Korean People's Army | | PRK | parent=organization:korean-peoples-army
Republic of Korea Armed Forces | South Korean armed forces; South Korean army; ROK Armed Forces; Republic of Korea Army | | KOR
Joint Chiefs of Staff of South Korea | South Korea's Joint Chiefs of Staff; South Korean Joint Chiefs of Staff; Joint Chiefs of Staff; JCS | | KOR
United States Armed Forces | US Armed Forces; U.S. Armed Forces; US armed forces; U.S. armed forces; American armed forces | | USA
US Army | United States Army; U.S. Army; American army | | USA | parent=organization:united-states-armed-forces
US Navy | United States Navy; U.S. Navy; American navy | | USA | parent=organization:united-states-armed-forces
US Air Force | United States Air Force; U.S. Air Force; USAF | | USA | parent=organization:united-states-armed-forces
US Marine Corps | United States Marine Corps; U.S. Marine Corps; USMC; US Marines; U.S. Marines | | USA | parent=organization:united-states-armed-forces
US Space Force | United States Space Force; U.S. Space Force | Space Force | USA | parent=organization:united-states-armed-forces
US Coast Guard | United States Coast Guard; U.S. Coast Guard; USCG | | USA
US National Guard | U.S. National Guard; Army National Guard; Air National Guard | National Guard | USA
US Joint Chiefs of Staff | U.S. Joint Chiefs of Staff; Joint Chiefs of Staff; Joint Chiefs; JCS | | USA
US Central Command | CENTCOM; U.S. Central Command; United States Central Command | Central Command | USA
US Indo-Pacific Command | INDOPACOM; U.S. Indo-Pacific Command; Indo-Pacific Command | | USA
US European Command | EUCOM; U.S. European Command | | USA
US Africa Command | AFRICOM; U.S. Africa Command | | USA
US Southern Command | SOUTHCOM; U.S. Southern Command | | USA
US Northern Command | NORTHCOM; U.S. Northern Command | | USA
US Special Operations Command | SOCOM; U.S. Special Operations Command | | USA
US Strategic Command | STRATCOM; U.S. Strategic Command | | USA
US Cyber Command | U.S. Cyber Command; United States Cyber Command | Cyber Command | USA
North American Aerospace Defense Command | NORAD
Russian Armed Forces | Armed Forces of the Russian Federation; Russian armed forces; Russian army; Russia's armed forces | | RUS | id=russian-armed-forces
Russian Ground Forces | | | RUS | parent=organization:russian-armed-forces
Russian Navy | Russian navy; Russia's navy | | RUS | parent=organization:russian-armed-forces
Russian Aerospace Forces | VKS; Russian air force; Russia's air force | | RUS | parent=organization:russian-armed-forces
Russian Airborne Forces | VDV | | RUS | parent=organization:russian-armed-forces
Strategic Rocket Forces | Russian Strategic Rocket Forces | | RUS | parent=organization:russian-armed-forces
Black Sea Fleet | Russian Black Sea Fleet; Russia's Black Sea Fleet | | RUS | parent=organization:russian-armed-forces
Northern Fleet | Russian Northern Fleet | | RUS | parent=organization:russian-armed-forces
Baltic Fleet | Russian Baltic Fleet | | RUS | parent=organization:russian-armed-forces
General Staff of the Russian Armed Forces | Russian General Staff; Russia's General Staff | General Staff | RUS | parent=organization:russian-armed-forces
Rosgvardia | National Guard of Russia; Russian National Guard; Rosgvardiya; Russian Guard | | RUS
Armed Forces of Ukraine | Ukrainian Armed Forces; Ukrainian armed forces; Ukrainian army; Ukraine's armed forces; ZSU | | UKR | id=armed-forces-of-ukraine
Ukrainian Navy | Ukrainian navy; Ukraine's navy | | UKR | parent=organization:armed-forces-of-ukraine
Ukrainian Air Force | Ukrainian air force; Ukraine's air force | | UKR | parent=organization:armed-forces-of-ukraine
General Staff of the Armed Forces of Ukraine | Ukrainian General Staff; Ukraine's General Staff | General Staff | UKR | parent=organization:armed-forces-of-ukraine
National Guard of Ukraine | Ukrainian National Guard | | UKR
Azov Brigade | Azov Regiment; Azov Battalion; 12th Azov Brigade | | UKR
People's Liberation Army | PLA; Chinese People's Liberation Army; Chinese army | | CHN | id=peoples-liberation-army
People's Liberation Army Navy | PLA Navy; Chinese navy | | CHN | parent=organization:peoples-liberation-army
People's Liberation Army Air Force | PLA Air Force; PLAAF; Chinese air force | | CHN | parent=organization:peoples-liberation-army
People's Liberation Army Rocket Force | PLA Rocket Force | | CHN | parent=organization:peoples-liberation-army
Eastern Theater Command | PLA Eastern Theater Command; Eastern Theatre Command | | CHN | parent=organization:peoples-liberation-army
Central Military Commission | China's Central Military Commission | | CHN
China Coast Guard | Chinese coast guard | | CHN
People's Armed Police | Chinese People's Armed Police | | CHN
Israel Defense Forces | IDF; Israeli Defense Forces; Israel Defence Forces; Israeli Defence Forces; Israeli army; Tsahal | | ISR
Israeli Air Force | Israeli air force | | ISR | parent=organization:israel-defense-forces
Israeli Navy | Israeli navy | | ISR | parent=organization:israel-defense-forces
Indian Armed Forces | Indian armed forces | | IND
Indian Army | Indian army | | IND | parent=organization:indian-armed-forces
Indian Navy | Indian navy | | IND | parent=organization:indian-armed-forces
Indian Air Force | Indian air force | | IND | parent=organization:indian-armed-forces
Pakistan Armed Forces | Pakistani armed forces; Pakistan's armed forces | | PAK
Pakistan Army | Pakistani army; Pakistan's army | | PAK | parent=organization:pakistan-armed-forces
Pakistan Air Force | PAF; Pakistani air force | | PAK | parent=organization:pakistan-armed-forces
Pakistan Navy | Pakistani navy | | PAK | parent=organization:pakistan-armed-forces
Inter-Services Public Relations | ISPR | | PAK
British Armed Forces | UK Armed Forces; UK armed forces; British armed forces; HM Armed Forces | | GBR
British Army | British army | | GBR | parent=organization:british-armed-forces
Royal Navy | | | GBR | parent=organization:british-armed-forces
Royal Air Force | RAF | | GBR | parent=organization:british-armed-forces
Royal Marines | | | GBR | parent=organization:british-armed-forces
French Armed Forces | French armed forces; French army | | FRA
French Navy | French navy; Marine nationale | | FRA | parent=organization:french-armed-forces
French Air and Space Force | French air force | | FRA | parent=organization:french-armed-forces
French Foreign Legion | Foreign Legion; Légion étrangère | | FRA
Bundeswehr | German armed forces; German army | | DEU
Japan Self-Defense Forces | JSDF; Japanese Self-Defense Forces; Japan Self-Defence Forces; Self-Defense Forces | | JPN
Japan Maritime Self-Defense Force | JMSDF | | JPN | parent=organization:japan-self-defense-forces
Japan Air Self-Defense Force | JASDF | | JPN | parent=organization:japan-self-defense-forces
Japan Ground Self-Defense Force | JGSDF | | JPN | parent=organization:japan-self-defense-forces
Turkish Armed Forces | TSK; Turkish armed forces; Turkish army | | TUR
Islamic Revolutionary Guard Corps | IRGC; Revolutionary Guards; Revolutionary Guard; Iranian Revolutionary Guard; Iranian Revolutionary Guards; Revolutionary Guard Corps; Sepah; Pasdaran | | IRN
Quds Force | IRGC Quds Force; Qods Force; IRGC-QF | | IRN | parent=organization:islamic-revolutionary-guard-corps
Basij | Basij militia; Basij Resistance Force | | IRN | parent=organization:islamic-revolutionary-guard-corps
Islamic Republic of Iran Army | Artesh; Iranian army; Iranian armed forces | | IRN
Syrian Arab Army | Syrian army; Syrian armed forces | | SYR
Lebanese Armed Forces | Lebanese army; LAF | | LBN
Iraqi Security Forces | Iraqi army; Iraqi armed forces | | IRQ
Egyptian Armed Forces | Egyptian army; Egyptian armed forces | | EGY
Saudi Arabian Armed Forces | Saudi army; Saudi armed forces | | SAU
Royal Saudi Air Force | Saudi air force | | SAU
Sudanese Armed Forces | SAF; Sudanese army; Sudan's army | | SDN
Tatmadaw | Myanmar army; Myanmar armed forces; Myanmar military junta; Burmese army | | MMR
Indonesian National Armed Forces | TNI; Indonesian army; Indonesian armed forces | | IDN
Royal Thai Army | Thai army | | THA
Armed Forces of the Philippines | Philippine army; Philippine armed forces | | PHL
Australian Defence Force | ADF; Australian army; Australian armed forces | | AUS
Canadian Armed Forces | Canadian armed forces; Canadian army | | CAN
Polish Armed Forces | Polish army; Polish armed forces | | POL
Ethiopian National Defense Force | ENDF; Ethiopian army | | ETH
Kenya Defence Forces | KDF; Kenyan army | | KEN
Uganda People's Defence Force | UPDF; Ugandan army | | UGA
Armed Forces of the Democratic Republic of the Congo | FARDC; Congolese army | | COD
Nigerian Army | Nigerian army; Nigerian armed forces | | NGA
Malian Armed Forces | Malian army; FAMa | | MLI
Israeli Border Police | | Border Police | ISR
Georgian Armed Forces | Georgian army | | GEO
Armenian Armed Forces | Armenian army | | ARM
Azerbaijani Armed Forces | Azerbaijani army | | AZE
Belarusian Armed Forces | Belarusian army | | BLR
Taiwanese Armed Forces | Republic of China Armed Forces; Taiwan's armed forces; Taiwanese army | | TWN
Mexican Army | Mexican army; Mexican armed forces | | MEX
Colombian Army | Colombian army; National Army of Colombia | | COL
Brazilian Army | Brazilian army | | BRA
Afghan National Army | Afghan army | | AFG
Iraqi Kurdish Peshmerga | Peshmerga | | IRQ

== intelligence
Central Intelligence Agency | CIA | | USA
Federal Bureau of Investigation | FBI | | USA
National Security Agency | NSA | | USA
Defense Intelligence Agency | DIA | | USA
Office of the Director of National Intelligence | ODNI | | USA
US Secret Service | U.S. Secret Service; United States Secret Service; Secret Service | | USA
Drug Enforcement Administration | DEA | | USA
MI5 | British Security Service | Security Service | GBR
MI6 | Secret Intelligence Service; SIS | | GBR
GCHQ | Government Communications Headquarters | | GBR
Federal Security Service | FSB; Russian Federal Security Service; Russia's Federal Security Service | | RUS
Foreign Intelligence Service of Russia | SVR; Russian Foreign Intelligence Service; Russia's Foreign Intelligence Service | | RUS
GRU | Main Intelligence Directorate; Russian military intelligence; Main Directorate of the General Staff | | RUS
KGB | Committee for State Security; Soviet KGB | | SUHH
Mossad | Institute for Intelligence and Special Operations; Israeli Mossad | | ISR
Shin Bet | Shabak; Israel Security Agency; Israeli Security Agency | | ISR
Inter-Services Intelligence | ISI; Pakistani intelligence agency | | PAK
Research and Analysis Wing | R&AW; Indian intelligence agency | | IND
Security Service of Ukraine | SBU; Ukrainian Security Service | | UKR
Defence Intelligence of Ukraine | HUR; GUR; Main Directorate of Intelligence; Ukrainian military intelligence; Ukraine's military intelligence | | UKR
Foreign Intelligence Service of Ukraine | SZRU; Ukrainian Foreign Intelligence Service | | UKR
Ministry of State Security (China) | MSS; Chinese Ministry of State Security; China's Ministry of State Security | | CHN
Reconnaissance General Bureau | North Korean Reconnaissance General Bureau | | PRK
National Intelligence Service (South Korea) | NIS; South Korean National Intelligence Service; South Korea's National Intelligence Service | | KOR
Directorate-General for External Security | DGSE; French foreign intelligence | | FRA
Directorate-General for Internal Security | DGSI | | FRA
Federal Intelligence Service (Germany) | BND; German Federal Intelligence Service; Bundesnachrichtendienst | | DEU
Federal Office for the Protection of the Constitution | BfV; Verfassungsschutz | | DEU
Canadian Security Intelligence Service | CSIS | | CAN
Australian Secret Intelligence Service | ASIS | | AUS
Australian Security Intelligence Organisation | ASIO | | AUS
Ministry of Intelligence of Iran | MOIS; Iranian Ministry of Intelligence; Iran's Ministry of Intelligence; VAJA | | IRN
National Intelligence Organization (Turkey) | MİT; Turkish National Intelligence Organization; Turkish intelligence agency | | TUR
Stasi | Ministry for State Security | | DDDE
Saudi General Intelligence Presidency | Saudi intelligence agency | | SAU
Belarusian KGB | KGB of Belarus | | BLR

== government
Kremlin | Kremlin administration; Presidential Administration of Russia | | RUS | id=kremlin seat=yes
White House | | | USA | id=white-house seat=yes
US State Department | State Department; U.S. State Department; Department of State; United States Department of State; State Dept | | USA | id=us-state-department
Pentagon | US Department of Defense; Department of Defense; U.S. Department of Defense; United States Department of Defense; DoD; Department of War; US Department of War | | USA | id=pentagon
US Congress | United States Congress; U.S. Congress; Capitol Hill; Congress | | USA
US Senate | United States Senate; U.S. Senate; Senate | | USA | parent=organization:us-congress
US House of Representatives | United States House of Representatives; U.S. House of Representatives; US House; U.S. House; House of Representatives | | USA | parent=organization:us-congress
US Department of the Treasury | US Treasury; U.S. Treasury; Treasury Department; US Treasury Department; U.S. Treasury Department | Treasury | USA
US Department of Justice | Justice Department; DOJ; U.S. Justice Department; US Justice Department; United States Department of Justice | | USA
US Department of Homeland Security | DHS; Department of Homeland Security; Homeland Security Department | | USA
US Immigration and Customs Enforcement | ICE; Immigration and Customs Enforcement; U.S. Immigration and Customs Enforcement | | USA
US Customs and Border Protection | CBP; Customs and Border Protection; U.S. Customs and Border Protection; Border Patrol; US Border Patrol | | USA
US Department of Commerce | Commerce Department; U.S. Commerce Department; US Commerce Department | | USA
US Department of Energy | Energy Department; U.S. Energy Department; US Energy Department | | USA
US Department of Agriculture | USDA; Agriculture Department | | USA
US Department of Health and Human Services | HHS; Health and Human Services Department | | USA
US Department of Veterans Affairs | Veterans Affairs Department | | USA
US Department of Education | Education Department; U.S. Education Department | | USA
US Department of Labor | Labor Department; U.S. Labor Department | | USA
US Trade Representative | USTR; Office of the United States Trade Representative | | USA
National Security Council | NSC; US National Security Council; U.S. National Security Council | | USA
Centers for Disease Control and Prevention | CDC; US Centers for Disease Control and Prevention; U.S. Centers for Disease Control | | USA
Food and Drug Administration | FDA; US Food and Drug Administration; U.S. Food and Drug Administration | | USA
Environmental Protection Agency | EPA; US Environmental Protection Agency; U.S. Environmental Protection Agency | | USA
NASA | National Aeronautics and Space Administration | | USA
Securities and Exchange Commission | SEC; US Securities and Exchange Commission; U.S. Securities and Exchange Commission | | USA
Federal Trade Commission | FTC | | USA
Federal Communications Commission | FCC | | USA
Federal Aviation Administration | FAA | | USA
National Transportation Safety Board | NTSB | | USA
Internal Revenue Service | IRS | | USA
National Institutes of Health | NIH | | USA
US Agency for International Development | USAID; United States Agency for International Development; U.S. Agency for International Development | | USA
Bureau of Alcohol, Tobacco, Firearms and Explosives | ATF | | USA
Department of Government Efficiency | DOGE | | USA
Downing Street | No 10; No. 10; 10 Downing Street | | GBR | seat=yes
UK Parliament | Parliament of the United Kingdom; British Parliament; Houses of Parliament | Parliament | GBR
House of Commons | Commons; UK House of Commons; British House of Commons | | GBR | id=house-of-commons parent=organization:uk-parliament
House of Lords | | Lords | GBR | parent=organization:uk-parliament
Foreign, Commonwealth and Development Office | FCDO; Foreign Office; UK Foreign Office; British Foreign Office; Foreign and Commonwealth Office; FCO | | GBR
Home Office | UK Home Office; British Home Office | | GBR
HM Treasury | UK Treasury; British Treasury; Her Majesty's Treasury; His Majesty's Treasury | Treasury | GBR
UK Ministry of Defence | British Ministry of Defence; Ministry of Defence of the United Kingdom | MoD; Ministry of Defence | GBR
Metropolitan Police | Met Police; Scotland Yard; Metropolitan Police Service | | GBR
Scottish Parliament | Holyrood | | GBR
Élysée Palace | Élysée; Elysee; Elysee Palace; French presidency | | FRA | seat=yes
French Foreign Ministry | Quai d'Orsay; French foreign ministry; France's foreign ministry | Foreign Ministry | FRA
French National Assembly | Assemblée nationale; National Assembly | | FRA
French Senate | Sénat; Senate | | FRA
Bundestag | German Bundestag; German parliament | | DEU
Bundesrat | German Bundesrat | | DEU
German Chancellery | Kanzleramt; Federal Chancellery | | DEU
German Foreign Office | Auswärtiges Amt; German foreign ministry; German Foreign Ministry | Foreign Ministry | DEU
Knesset | Israeli parliament | | ISR
Israeli Foreign Ministry | Israeli foreign ministry; Israel's Foreign Ministry; Israel's foreign ministry | Foreign Ministry | ISR
Israeli Defense Ministry | Israeli Ministry of Defense; Israel's Defense Ministry; Israeli defence ministry | Defense Ministry | ISR
Palestinian Authority | Palestinian National Authority | | PSE
State Duma | Duma; Russian State Duma; Russian Duma | | RUS
Federation Council | Russian Federation Council; Russia's Federation Council | | RUS
Security Council of Russia | Russian Security Council; Russia's Security Council | Security Council | RUS
Russian Ministry of Defence | Russian Defence Ministry; Russian Defense Ministry; Russian Ministry of Defense; Russia's Defence Ministry; Russia's Defense Ministry; Ministry of Defence of the Russian Federation; Russian defence ministry; Russian defense ministry | Ministry of Defence; Defence Ministry; Defense Ministry | RUS
Russian Foreign Ministry | Russian Ministry of Foreign Affairs; Russia's Foreign Ministry; Russian foreign ministry; Russia's foreign ministry; Ministry of Foreign Affairs of the Russian Federation | Foreign Ministry | RUS
Verkhovna Rada | Rada; Ukrainian parliament; Ukraine's parliament | | UKR
Office of the President of Ukraine | Ukrainian presidential office; Ukraine's presidential office | | UKR
Ukrainian Ministry of Defence | Ukrainian Defence Ministry; Ukrainian Defense Ministry; Ukraine's Defence Ministry; Ukraine's Defense Ministry; Ukrainian defence ministry | Ministry of Defence; Defence Ministry; Defense Ministry | UKR
Ukrainian Foreign Ministry | Ukraine's Foreign Ministry; Ukrainian foreign ministry; Ukraine's foreign ministry; Ministry of Foreign Affairs of Ukraine | Foreign Ministry | UKR
Zhongnanhai | | | CHN | seat=yes
State Council of China | Chinese State Council; China's State Council | State Council | CHN
National People's Congress | NPC; China's National People's Congress; Chinese parliament | | CHN
Chinese Foreign Ministry | Chinese foreign ministry; China's Foreign Ministry; China's foreign ministry; Chinese Ministry of Foreign Affairs; Ministry of Foreign Affairs of China | Foreign Ministry | CHN
Chinese Ministry of National Defense | Chinese Defense Ministry; China's Defense Ministry; Chinese defence ministry; China's defence ministry | Defense Ministry | CHN
Chinese Ministry of Commerce | MOFCOM; China's Commerce Ministry; Chinese Commerce Ministry | | CHN
Ministry of Public Security (China) | Chinese Ministry of Public Security | | CHN
Taiwan Affairs Office | China's Taiwan Affairs Office | | CHN
Legislative Yuan | Taiwan's parliament | | TWN
Mainland Affairs Council | Taiwan's Mainland Affairs Council | | TWN
National Diet | Japanese parliament; Japan's parliament | Diet | JPN
Japanese Ministry of Defense | Japan's Defense Ministry; Japanese Defense Ministry | Defense Ministry | JPN
Japanese Foreign Ministry | Japan's Foreign Ministry; Japanese foreign ministry; Ministry of Foreign Affairs of Japan | Foreign Ministry | JPN
National Assembly of South Korea | South Korean National Assembly; South Korea's National Assembly; South Korean parliament; National Assembly | | KOR
South Korean Ministry of Unification | Unification Ministry; South Korea's Unification Ministry | | KOR
South Korean Ministry of National Defense | South Korean Defense Ministry; South Korea's Defense Ministry | Defense Ministry | KOR
South Korean Foreign Ministry | South Korea's Foreign Ministry | Foreign Ministry | KOR
Supreme People's Assembly | North Korean parliament; North Korea's parliament | | PRK
State Affairs Commission | North Korea's State Affairs Commission | | PRK
North Korean Foreign Ministry | North Korea's Foreign Ministry; North Korean foreign ministry | Foreign Ministry | PRK
North Korean Ministry of National Defence | North Korea's Defence Ministry; North Korean Defence Ministry; North Korea's Defense Ministry | Defence Ministry | PRK
Lok Sabha | | | IND
Rajya Sabha | | | IND
Parliament of India | Indian parliament; India's parliament; Sansad | | IND
Ministry of External Affairs | Indian Ministry of External Affairs; India's foreign ministry; Indian foreign ministry | | IND
Indian Ministry of Defence | Indian Defence Ministry; India's Defence Ministry | Defence Ministry | IND
National Assembly of Pakistan | Pakistani National Assembly; Pakistan's National Assembly; National Assembly | | PAK
Pakistani Foreign Office | Pakistan's Foreign Office; Pakistani foreign ministry; Pakistan's foreign ministry | | PAK
Guardian Council | Iran's Guardian Council; Council of Guardians; The Guardian Council | | IRN
Assembly of Experts | Iran's Assembly of Experts | | IRN
Islamic Consultative Assembly | Iranian parliament; Iran's parliament | Majlis | IRN
Supreme National Security Council | SNSC; Iran's Supreme National Security Council | | IRN
Iranian Foreign Ministry | Iran's Foreign Ministry; Iranian foreign ministry; Iran's foreign ministry | Foreign Ministry | IRN
Grand National Assembly of Turkey | Turkish parliament; Turkey's parliament; Turkish Grand National Assembly | | TUR
Turkish Foreign Ministry | Turkey's Foreign Ministry; Turkish foreign ministry | Foreign Ministry | TUR
Turkish Defence Ministry | Turkey's Defence Ministry; Turkish Ministry of National Defence | Defence Ministry | TUR
Saudi Foreign Ministry | Saudi foreign ministry; Saudi Arabia's foreign ministry | Foreign Ministry | SAU
Planalto Palace | Planalto | | BRA
Itamaraty | Brazilian foreign ministry; Brazil's foreign ministry | | BRA
National Congress of Brazil | Brazilian Congress; Brazil's Congress | | BRA
Senate of the Philippines | Philippine Senate; Senate | | PHL
House of Representatives of the Philippines | Philippine House of Representatives; House of Representatives | | PHL
Italian Senate | Senate of the Republic; Senate | | ITA
Italian Chamber of Deputies | Chamber of Deputies of Italy | | ITA
Palazzo Chigi | | | ITA
Australian Senate | Senate | | AUS
Australian House of Representatives | House of Representatives | | AUS
Parliament of Australia | Australian parliament | | AUS
House of Representatives of Japan | Japanese House of Representatives; House of Representatives | | JPN
Senate of Pakistan | Pakistani Senate; Senate | | PAK
Nigerian Senate | Senate of Nigeria; Senate | | NGA
House of Representatives of Nigeria | Nigerian House of Representatives; House of Representatives | | NGA
National Assembly of Nigeria | Nigerian National Assembly; National Assembly | | NGA
Polish Senate | Senate of Poland; Senate | | POL
Sejm | Polish parliament | | POL
Senate of Mexico | Mexican Senate; Senate | | MEX
Senate of Canada | Canadian Senate; Senate | | CAN
House of Commons of Canada | Canadian House of Commons | | CAN
National Assembly of Venezuela | Venezuelan National Assembly; National Assembly | | VEN
National Assembly of Kenya | Kenyan National Assembly; National Assembly | | KEN
National Assembly of Vietnam | Vietnamese National Assembly; National Assembly | | VNM
Storting | Norwegian parliament | | NOR
Riksdag | Swedish parliament | | SWE
Hungarian Parliament | Országgyűlés | | HUN
Dáil Éireann | Dáil; Dail | | IRL
Cortes Generales | Spanish parliament | | ESP
Moncloa Palace | Moncloa | | ESP
Federal Assembly of Switzerland | Swiss parliament | | CHE
Presidential Office of South Korea | Blue House; Cheong Wa Dae; Yongsan presidential office | | KOR | seat=yes
Afghan Interim Government | Islamic Emirate government; Taliban government | | AFG

== party
Kurdistan Democratic Party | KDP; Kurdistan Democratic Party of Iraq | | IRQ
Democratic Party of Iranian Kurdistan | KDPI; PDKI; Kurdistan Democratic Party of Iran | | IRN
Democratic Party | Democrats; US Democratic Party; U.S. Democratic Party; Democratic National Committee; DNC | | USA
Republican Party | Republicans; GOP; US Republican Party; U.S. Republican Party; Grand Old Party; Republican National Committee; RNC | | USA
Labour Party | Labour; UK Labour Party; British Labour Party | | GBR | id=labour-party
Conservative Party | Tories; Tory Party; Conservatives; Conservative and Unionist Party; UK Conservative Party | | GBR | id=conservative-party
Liberal Democrats | Lib Dems; Lib Dem | | GBR | id=liberal-democrats
Reform UK | Reform Party UK | Reform | GBR
Scottish National Party | SNP | | GBR
Plaid Cymru | | | GBR
Democratic Unionist Party | DUP | | GBR
Ulster Unionist Party | UUP | | GBR
Social Democratic and Labour Party | SDLP | | GBR
UK Independence Party | UKIP | | GBR
Brexit Party | | | GBR
Green Party of England and Wales | | Green Party | GBR
Sinn Féin | Sinn Fein | | IRL
Fianna Fáil | Fianna Fail | | IRL
Fine Gael | | | IRL
Christian Democratic Union | CDU; Christian Democratic Union of Germany; Christian Democrats | | DEU
Christian Social Union in Bavaria | CSU; Christian Social Union | | DEU
Social Democratic Party of Germany | SPD; German Social Democrats; Social Democrats | | DEU
Social Democrats (Denmark) | Danish Social Democrats; Social Democrats | | DNK
Swedish Social Democratic Party | Swedish Social Democrats; Social Democrats | | SWE
Alternative for Germany | AfD; Alternative für Deutschland | | DEU
Free Democratic Party | FDP; Free Democrats | | DEU
Alliance 90/The Greens | German Greens; Bündnis 90/Die Grünen | Greens | DEU
Die Linke | Left Party | | DEU
Sahra Wagenknecht Alliance | BSW; Bündnis Sahra Wagenknecht | | DEU
La République En Marche | LREM; En Marche; Renaissance party | | FRA
National Rally | Rassemblement National; Front National; French National Front | | FRA
Les Républicains | Les Republicains | | FRA
Socialist Party of France | French Socialist Party; Parti Socialiste | | FRA
La France Insoumise | LFI; France Unbowed | | FRA
Brothers of Italy | Fratelli d'Italia; FdI | | ITA
Lega Nord | Northern League; League party | Lega | ITA
Forza Italia | | | ITA
Partito Democratico | Italian Democratic Party | | ITA
Five Star Movement | M5S; Movimento 5 Stelle | | ITA
Spanish Socialist Workers' Party | PSOE; Spanish Socialist Workers Party | | ESP
People's Party of Spain | Partido Popular; Spanish People's Party | | ESP
Vox party | Spanish far-right Vox | Vox | ESP
Podemos | | | ESP
Party for Freedom | PVV | | NLD
People's Party for Freedom and Democracy | VVD | | NLD
Fidesz | Fidesz-KDNP; Fidesz party | | HUN
Jobbik | | | HUN
Law and Justice party | PiS | Law and Justice | POL
Civic Platform | Civic Coalition | | POL
Freedom Party of Austria | FPÖ; FPO; Austrian Freedom Party | | AUT
Austrian People's Party | ÖVP; OVP | | AUT
Sweden Democrats | | | SWE
Syriza | | | GRC
New Democracy | | | GRC
Golden Dawn | | | GRC
Justice and Development Party | AKP; AK Party | | TUR
Republican People's Party | CHP | | TUR
Nationalist Movement Party | MHP | | TUR
Peoples' Equality and Democracy Party | DEM Party; HDP; Peoples' Democratic Party | | TUR
United Russia | Yedinaya Rossiya | | RUS
Communist Party of the Russian Federation | KPRF; CPRF; Russian Communist Party | | RUS
Liberal Democratic Party of Russia | LDPR | | RUS
Servant of the People | Servant of the People party | | UKR
Chinese Communist Party | Communist Party of China; CCP; CPC; Chinese Communist Party Central Committee; Party Congress | | CHN | id=chinese-communist-party
Politburo Standing Committee | Politburo Standing Committee of the Chinese Communist Party | Politburo | CHN | parent=organization:chinese-communist-party
Workers' Party of Korea | Workers Party of Korea; WPK; Korean Workers' Party; Party Congress | | PRK | id=workers-party-of-korea
Kuomintang | KMT; Chinese Nationalist Party | | TWN
Democratic Progressive Party | DPP | | TWN
Liberal Democratic Party of Japan | LDP; Japanese Liberal Democratic Party; Japan's Liberal Democratic Party | | JPN
Constitutional Democratic Party of Japan | CDP; CDPJ | | JPN
Komeito | | | JPN
Japan Innovation Party | Nippon Ishin no Kai | | JPN
Democratic Party of Korea | Democratic Party; DPK; South Korean Democratic Party | | KOR
People Power Party | PPP | | KOR
Bharatiya Janata Party | BJP | | IND
Indian National Congress | Congress party; Congress | | IND
Aam Aadmi Party | AAP | | IND
All India Trinamool Congress | Trinamool Congress; TMC | | IND
Samajwadi Party | | | IND
Bahujan Samaj Party | BSP | | IND
Communist Party of India (Marxist) | CPI(M); CPI-M | | IND
Dravida Munnetra Kazhagam | DMK | | IND
Shiv Sena | | | IND
Rashtriya Swayamsevak Sangh | RSS | | IND | kind=ngo
Pakistan Tehreek-e-Insaf | PTI; Pakistan Tehrik-e-Insaf | | PAK
Pakistan Muslim League (N) | PML-N; Pakistan Muslim League-Nawaz | | PAK
Pakistan Peoples Party | PPP; Pakistan People's Party | | PAK
Jamaat-e-Islami | Jamaat-e-Islami Pakistan | | PAK
Muttahida Qaumi Movement | MQM | | PAK
Awami League | Bangladesh Awami League | | BGD
Bangladesh Nationalist Party | BNP | | BGD
Likud | Likud party | | ISR
Yesh Atid | | | ISR
Shas | Shas party | | ISR
Otzma Yehudit | Jewish Power party | | ISR
Israeli Labor Party | Labor Party of Israel | | ISR
Yisrael Beiteinu | | | ISR
Fatah | Fatah movement | | PSE
Palestine Liberation Organization | PLO; Palestine Liberation Organisation | | PSE
Amal Movement | Amal movement | | LBN
Free Patriotic Movement | | | LBN
Lebanese Forces | Lebanese Forces party | | LBN
African National Congress | ANC | | ZAF
Democratic Alliance of South Africa | South Africa's Democratic Alliance | Democratic Alliance | ZAF
Economic Freedom Fighters | EFF | | ZAF
uMkhonto weSizwe Party | MK Party | | ZAF
Inkatha Freedom Party | IFP | | ZAF
ZANU–PF | ZANU-PF; Zanu-PF; Zimbabwe African National Union – Patriotic Front | | ZWE
All Progressives Congress | | | NGA
People's Democratic Party of Nigeria | PDP | | NGA
Prosperity Party | | | ETH
Tigray People's Liberation Front | TPLF | | ETH
Muslim Brotherhood | Ikhwan; Society of the Muslim Brothers | | EGY
Ennahda | Ennahda Movement; Ennahda party | | TUN
United Socialist Party of Venezuela | PSUV | | VEN
Workers' Party of Brazil | Partido dos Trabalhadores; Brazilian Workers' Party | | BRA
Liberal Party of Brazil | Brazil's Liberal Party | | BRA
National Regeneration Movement | Morena party | Morena | MEX
Institutional Revolutionary Party | PRI | | MEX
Justicialist Party | Peronist party | | ARG
La Libertad Avanza | | | ARG
Liberal Party of Canada | Canadian Liberal Party | | CAN
Conservative Party of Canada | Canadian Conservative Party | | CAN
New Democratic Party | NDP; New Democrats | | CAN
Bloc Québécois | Bloc Quebecois | | CAN
Australian Labor Party | ALP | Labor | AUS
Liberal Party of Australia | Australian Liberal Party | | AUS
Communist Party of Cuba | Cuban Communist Party | | CUB
Communist Party of Vietnam | CPV; Vietnamese Communist Party; Party Congress | | VNM
People's Action Party | PAP | | SGP
United Malays National Organisation | UMNO | | MYS
Cambodian People's Party | CPP | | KHM
National League for Democracy | NLD | | MMR
Union Solidarity and Development Party | USDP | | MMR
Pheu Thai Party | Pheu Thai | | THA
Georgian Dream | | | GEO
Serbian Progressive Party | SNS | | SRB
Direction – Social Democracy | Smer; Smer-SD | | SVK
Hezbollah | Hizbollah; Hizbullah; Hizballah; Hezbollah movement | | LBN | id=hezbollah kind=armed_group

== armed group
Hamas | Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya | | PSE | id=hamas
Izz ad-Din al-Qassam Brigades | Izz ad-Din al-Qassam; Qassam Brigades; al-Qassam Brigades; Ezzedine al-Qassam Brigades; Izz al-Din al-Qassam Brigades; Ezz al-Din al-Qassam Brigades | | PSE | parent=organization:hamas
Palestinian Islamic Jihad | PIJ; Islamic Jihad; Islamic Jihad Movement in Palestine | | PSE
Al-Quds Brigades | al-Quds Brigades; Saraya al-Quds | | PSE | parent=organization:palestinian-islamic-jihad
Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades; Al-Aqsa Martyrs Brigade | | PSE
Popular Front for the Liberation of Palestine | PFLP | | PSE
Houthis | Ansar Allah; Ansarallah; Houthi movement; Houthi rebels; Houthi; Huthis; Huthi; Huthi rebels | | YEM
Taliban | Afghan Taliban; Taleban | | AFG | id=taliban
Tehrik-i-Taliban Pakistan | TTP; Pakistani Taliban; Tehreek-e-Taliban Pakistan | | PAK
Haqqani network | Haqqani Network | | AFG
Islamic State | ISIS; ISIL; Islamic State group; Daesh; Da'esh; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State in Iraq and Syria; Islamic State of Iraq and al-Sham | | | id=islamic-state
Islamic State Khorasan Province | ISIS-K; ISKP; IS-K; Islamic State Khorasan; ISIS-Khorasan | | AFG | parent=organization:islamic-state
Islamic State West Africa Province | ISWAP | | NGA | parent=organization:islamic-state
al-Qaeda | Al-Qaeda; al Qaeda; Al Qaeda; al-Qaida; al Qaida; al-Qa'ida | | | id=al-qaeda
al-Qaeda in the Arabian Peninsula | AQAP; Al-Qaeda in the Arabian Peninsula | | YEM | parent=organization:al-qaeda
al-Qaeda in the Islamic Maghreb | AQIM | | | parent=organization:al-qaeda
Jama'at Nusrat al-Islam wal-Muslimin | JNIM; Jamaat Nusrat al-Islam wal-Muslimin | | MLI | parent=organization:al-qaeda
al-Shabaab | al-Shabab; Harakat al-Shabaab al-Mujahideen | | SOM
Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | | NGA
Hayat Tahrir al-Sham | HTS; Tahrir al-Sham; Hay'at Tahrir al-Sham | | SYR
al-Nusra Front | Nusra Front; Jabhat al-Nusra; Jabhat Fateh al-Sham | | SYR
Syrian Democratic Forces | SDF | | SYR
People's Protection Units | YPG | | SYR
Free Syrian Army | FSA | | SYR
Syrian National Army | Turkish-backed Syrian National Army | | SYR
Kurdistan Workers' Party | PKK; Kurdistan Workers Party | | TUR
Popular Mobilization Forces | PMF; Hashd al-Shaabi; Popular Mobilisation Forces; Popular Mobilization Units; PMU | | IRQ
Kata'ib Hezbollah | Kataib Hezbollah; Kata'ib Hizballah | | IRQ
Asa'ib Ahl al-Haq | Asaib Ahl al-Haq | | IRQ
Harakat Hezbollah al-Nujaba | Nujaba movement | | IRQ
Islamic Resistance in Iraq | | | IRQ
Rapid Support Forces | RSF; Sudan's Rapid Support Forces | | SDN
Janjaweed | | | SDN
M23 | March 23 Movement; M23 rebels; Mouvement du 23 mars | | COD
Allied Democratic Forces | ADF | | COD
Lord's Resistance Army | LRA | | UGA
Revolutionary Armed Forces of Colombia | FARC; FARC-EP | | COL
National Liberation Army of Colombia | ELN; Ejército de Liberación Nacional | | COL
Shining Path | Sendero Luminoso | | PER
Zapatista Army of National Liberation | EZLN; Zapatistas | | MEX
ETA | Euskadi Ta Askatasuna; Basque Fatherland and Freedom | | ESP
Provisional Irish Republican Army | Provisional IRA; Irish Republican Army | IRA | GBR
New IRA | New Irish Republican Army | | GBR
Real Irish Republican Army | Real IRA; RIRA | | GBR
Continuity Irish Republican Army | Continuity IRA; CIRA | | GBR
Ulster Volunteer Force | UVF | | GBR
Ulster Defence Association | UDA | | GBR
Liberation Tigers of Tamil Eelam | LTTE; Tamil Tigers | | LKA
Lashkar-e-Taiba | Lashkar-e-Toiba; Lashkar-e-Tayyiba; Laskar e Tayyiba; Laskar-e-Taiba | | PAK
Jaish-e-Mohammed | JeM; Jaish-e-Muhammad; Jaish-e-Mohammad | | PAK
Hizbul Mujahideen | Hizb-ul-Mujahideen | | IND
Balochistan Liberation Army | BLA; Baloch Liberation Army | | PAK
Abu Sayyaf | Abu Sayyaf Group; ASG | | PHL
Moro Islamic Liberation Front | MILF | | PHL
New People's Army | NPA rebels | | PHL
Jemaah Islamiyah | Jemaah Islamiah; Jemaah Islamiya | | IDN
Arakan Army | | | MMR
Kachin Independence Army | | | MMR
Karen National Union | KNU; Kayin National Union | | MMR
United Wa State Army | UWSA | | MMR
Three Brotherhood Alliance | | | MMR
Polisario Front | Polisario | | ESH
Tigray Defense Forces | TDF | | ETH
Oromo Liberation Army | OLA | | ETH
Wagner Group | Wagner PMC; Wagner mercenaries; PMC Wagner; Wagner private military company; Wagner mercenary group | | RUS | id=wagner-group
Russian Volunteer Corps | RDK | | RUS
Freedom of Russia Legion | Legion Freedom of Russia | | RUS
Proud Boys | | | USA
Oath Keepers | | | USA
Sinaloa Cartel | Sinaloa cartel | | MEX
Jalisco New Generation Cartel | CJNG; Jalisco cartel | | MEX
Gulf Cartel | Gulf cartel | | MEX
Tren de Aragua | | | VEN
MS-13 | Mara Salvatrucha | | SLV
Kurdistan Free Life Party | PJAK | | IRN
Jaish al-Adl | | | IRN
Ansar al-Sharia | | | LBY
Libyan National Army | LNA; Haftar's forces | | LBY
Seleka | Séléka | | CAF
Anti-balaka | | | CAF

== media
Korean Central News Agency | KCNA | | PRK | id=korean-central-news-agency
Rodong Sinmun | | | PRK
Korean Central Television | | | PRK
Yonhap | Yonhap News Agency | | KOR
KBS | Korean Broadcasting System | | KOR
TASS | ITAR-TASS; Itar-Tass; Tass | | RUS
RIA Novosti | RIA | | RUS
Interfax | | | RUS
RT | Russia Today | | RUS
Sputnik News | Sputnik news agency | Sputnik | RUS
Channel One Russia | Pervy Kanal | | RUS
Izvestia | | | RUS
Kommersant | | | RUS
Vedomosti | | | RUS
Novaya Gazeta | | | RUS
Meduza | | | RUS
Komsomolskaya Pravda | | | RUS
Ukrinform | | | UKR
Ukrainska Pravda | | | UKR
Kyiv Independent | | | UKR
Kyiv Post | | | UKR
Xinhua | Xinhua News Agency | | CHN
China Central Television | China Central TV | CCTV | CHN
CGTN | China Global Television Network | | CHN
People's Daily | | | CHN
Global Times | | | CHN
China Daily | | | CHN
South China Morning Post | SCMP | | HKG
Kyodo News | Kyodo | | JPN
NHK | Japan Broadcasting Corporation | | JPN
Nikkei Asia | Nihon Keizai Shimbun; Nikkei newspaper | | JPN
Asahi Shimbun | | | JPN
Yomiuri Shimbun | | | JPN
Mainichi Shimbun | | | JPN
Japan Times | | | JPN
Islamic Republic News Agency | IRNA | | IRN
Press TV | PressTV | | IRN
Tasnim News Agency | Tasnim | | IRN
Fars News Agency | Fars news agency | | IRN
Mehr News Agency | | | IRN
Iranian Students' News Agency | | | IRN
Anadolu Agency | Anadolu; Anadolu Ajansı | | TUR
TRT | Turkish Radio and Television Corporation; TRT World | | TUR
Agence France-Presse | AFP; Agence France Presse | | FRA
Associated Press | AP | | USA
Reuters | Thomson Reuters | | GBR | id=reuters
Bloomberg News | Bloomberg; Bloomberg L.P. | | USA
United Press International | UPI | | USA
CNN | Cable News Network | | USA
BBC | British Broadcasting Corporation; BBC News; BBC World Service | | GBR | id=bbc
Sky News | | | GBR
ITV | ITV News | | GBR
Channel 4 News | | | GBR
The Guardian | Guardian newspaper | Guardian | GBR
Financial Times | | | GBR
The Economist | | Economist | GBR
Daily Telegraph | Telegraph newspaper | | GBR
Daily Mail | MailOnline | | GBR
Evening Standard | | | GBR
New York Times | NYT; The New York Times | | USA
Washington Post | The Washington Post | | USA
Wall Street Journal | WSJ; The Wall Street Journal | | USA
Los Angeles Times | LA Times | | USA
USA Today | | | USA
New York Post | | | USA
Politico | | | USA
Axios | | | USA
Newsweek | | | USA
Fox News | Fox News Channel | | USA
NBC News | NBC | | USA
CBS News | CBS | | USA
ABC News | ABC; American Broadcasting Company | | USA
MSNBC | | | USA
CNBC | | | USA
NPR | National Public Radio | | USA
PBS | Public Broadcasting Service | | USA
Voice of America | VOA | | USA
Radio Free Europe/Radio Liberty | RFE/RL; Radio Free Europe; Radio Liberty | | USA
Radio Free Asia | RFA | | USA
Al Jazeera | Al-Jazeera; Aljazeera | | QAT
Al Arabiya | Al-Arabiya | | SAU
Al-Monitor | | | USA
Al Mayadeen | Al-Mayadeen | | LBN
Al-Manar | Al Manar | | LBN
Haaretz | | | ISR
Times of Israel | | | ISR
Jerusalem Post | | | ISR
Der Spiegel | | Spiegel | DEU
Bild | Bild-Zeitung | | DEU
Deutsche Welle | | | DEU
Frankfurter Allgemeine Zeitung | FAZ | | DEU
Süddeutsche Zeitung | Sueddeutsche Zeitung | | DEU
Deutsche Presse-Agentur | dpa | | DEU
Le Monde | | | FRA
Le Figaro | | | FRA
France 24 | | | FRA
Radio France Internationale | RFI | | FRA
El País | El Pais | | ESP
EFE | Agencia EFE | | ESP
ANSA | | | ITA
Corriere della Sera | | | ITA
La Repubblica | | | ITA
Polish Press Agency | PAP | | POL
Press Trust of India | PTI | | IND
Asian News International | ANI | | IND
NDTV | | | IND
Times of India | | | IND
Hindustan Times | | | IND
Indian Express | | | IND
Geo News | | | PAK
Antara | Antara News Agency | | IDN
Bernama | | | MYS
Vietnam News Agency | VNA | | VNM
Syrian Arab News Agency | SANA | | SYR
Saba News Agency | | | YEM
WAFA | Wafa news agency | | PSE
Qatar News Agency | QNA | | QAT
Saudi Press Agency | | | SAU
Emirates News Agency | WAM | | ARE
Kuwait News Agency | KUNA | | KWT
Al-Ahram | Al Ahram | | EGY
Australian Broadcasting Corporation | ABC | | AUS
Australian Associated Press | AAP | | AUS
Canadian Broadcasting Corporation | CBC | | CAN
News Corp | | | USA | kind=company

== company
Apple Inc. | Apple | | USA | id=apple
Microsoft | Microsoft Corporation | | USA | id=microsoft
Google | Google LLC; Alphabet Inc. | Alphabet | USA | id=google
Amazon.com | Amazon.com Inc.; Amazon Inc; Amazon Web Services; AWS | Amazon | USA
Meta Platforms | Meta; Facebook; Facebook Inc. | | USA
Tesla | Tesla Inc.; Tesla Motors | | USA
Nvidia | NVIDIA; Nvidia Corporation | | USA
Intel | Intel Corporation | | USA
Advanced Micro Devices | AMD | | USA
Qualcomm | | | USA
Broadcom | | | USA
Oracle Corporation | Oracle | | USA
IBM | International Business Machines | | USA
Cisco | Cisco Systems | | USA
Salesforce | Salesforce.com | | USA
Adobe Inc. | Adobe Systems; Adobe | | USA
Netflix | | | USA
Uber | Uber Technologies | | USA
Airbnb | | | USA
OpenAI | | | USA
Anthropic | | | USA
SpaceX | Space Exploration Technologies; Starlink | | USA
Palantir | Palantir Technologies | | USA
Dell Technologies | Dell | | USA
Hewlett-Packard | HP Inc.; Hewlett Packard Enterprise | | USA
Micron Technology | | | USA
PayPal | | | USA
eBay | eBay Inc. | | USA
Visa Inc. | | Visa | USA
Mastercard | | | USA
X Corp. | Twitter | | USA
TikTok | | | CHN
ByteDance | | | CHN
Berkshire Hathaway | | | USA
BlackRock | | | USA
Charles Schwab Corporation | Charles Schwab | | USA
American Express | AmEx | | USA
Walmart | Wal-Mart | | USA
Costco | | | USA
Target Corporation | | Target | USA
Home Depot | | | USA
Procter & Gamble | P&G; Procter and Gamble | | USA
Johnson & Johnson | J&J; Johnson and Johnson | | USA
Pfizer | | | USA
Moderna | | | USA
Merck & Co. | Merck Sharp & Dohme; MSD | | USA
AbbVie | | | USA
Eli Lilly and Company | Eli Lilly | | USA
UnitedHealth Group | UnitedHealth | | USA
CVS Health | | | USA
Coca-Cola | Coca-Cola Company | | USA
PepsiCo | | | USA
McDonald's | McDonald's Corporation | | USA
Starbucks | | | USA
Nike | Nike Inc. | | USA
Walt Disney Company | Disney; Walt Disney | | USA
Comcast | | | USA
Warner Bros. Discovery | Warner Bros | | USA
AT&T | | | USA
Verizon | Verizon Communications | | USA
T-Mobile | | | USA
Boeing | | | USA
Lockheed Martin | | | USA
RTX Corporation | RTX; Raytheon; Raytheon Technologies | | USA
Northrop Grumman | | | USA
General Dynamics | | | USA
L3Harris | L3Harris Technologies | | USA
Anduril | Anduril Industries | | USA
General Electric | | | USA
Honeywell | | | USA
Caterpillar Inc. | | | USA
Ford Motor Company | Ford Motor | Ford | USA
General Motors | | | USA
Stellantis | | | NLD
ExxonMobil | Exxon Mobil; Exxon | | USA
Chevron | Chevron Corporation | | USA
ConocoPhillips | | | USA
Occidental Petroleum | | | USA
Halliburton | | | USA
SLB | Schlumberger | | USA
Koch Industries | | | USA
Cargill | | | USA
Archer Daniels Midland | ADM | | USA
Shell plc | Shell; Royal Dutch Shell; Shell Oil | | GBR
BP | British Petroleum | | GBR
Unilever | | | GBR
GSK | GlaxoSmithKline | | GBR
AstraZeneca | | | GBR
Rolls-Royce | Rolls-Royce Holdings | | GBR
BAE Systems | | | GBR
Vodafone | | | GBR
BT Group | British Telecom | | GBR
Tesco | | | GBR
Rio Tinto | | | GBR
Glencore | | | CHE
Anglo American | | | GBR
Diageo | | | GBR
British American Tobacco | | | GBR
Arm Holdings | | | GBR
Jaguar Land Rover | JLR | | GBR
Thames Water | | | GBR
Sky Group | BSkyB; Sky plc | | GBR
ASML | | | NLD
Philips | Royal Philips | | NLD
Heineken | | | NLD
Airbus | Airbus SE | | FRA
TotalEnergies | Total SA | Total | FRA
LVMH | | | FRA
AXA | | | FRA
Sanofi | | | FRA
L'Oréal | L'Oreal | | FRA
Renault | | | FRA
EDF | Électricité de France; Electricite de France | | FRA
Engie | | | FRA
Orange S.A. | France Télécom | | FRA
Carrefour | | | FRA
Danone | | | FRA
Thales | Thales Group | | FRA
Dassault Aviation | | | FRA
Safran | | | FRA
Naval Group | | | FRA
MBDA | | | FRA
Vinci SA | | Vinci | FRA
Michelin | | | FRA
Vivendi | | | FRA
Bouygues | | | FRA
Volkswagen | VW; Volkswagen Group | | DEU
Mercedes-Benz Group | Mercedes-Benz; Daimler | | DEU
BMW | | | DEU
Siemens | | | DEU
Allianz | | | DEU
BASF | | | DEU
Bayer | | | DEU
SAP | SAP SE | | DEU
Deutsche Telekom | | | DEU
Lufthansa | | | DEU
Rheinmetall | | | DEU
Porsche | | | DEU
Bosch | Robert Bosch | | DEU
Uniper | | | DEU
RWE | | | DEU
E.ON | | | DEU
Thyssenkrupp | ThyssenKrupp | | DEU
Continental AG | | Continental | DEU
Adidas | | | DEU
Deutsche Post | DHL | | DEU
Infineon | Infineon Technologies | | DEU
Merck KGaA | | | DEU
KNDS | | | DEU
Nestlé | Nestle | | CHE
Novartis | | | CHE
Roche | | | CHE
ABB | | | CHE
Zurich Insurance Group | Zurich Insurance | | CHE
Swiss Re | | | CHE
Eni | | | ITA
Enel | | | ITA
Leonardo S.p.A. | Leonardo SpA; Finmeccanica | | ITA
Generali | Assicurazioni Generali | | ITA
Ferrari | | | ITA
Fincantieri | | | ITA
Iberdrola | | | ESP
Repsol | | | ESP
Telefónica | Telefonica | | ESP
Inditex | | | ESP
Equinor | Statoil | | NOR
Novo Nordisk | | | DNK
Maersk | A.P. Moller-Maersk; A.P. Møller-Mærsk | | DNK
Ericsson | LM Ericsson; Telefonaktiebolaget LM Ericsson | | SWE
Nokia | | | FIN
Volvo | Volvo Group; Volvo Cars | | SWE
IKEA | Ikea | | SWE
Spotify | | | SWE
Saab | Saab AB | | SWE
Northvolt | | | SWE
AB InBev | Anheuser-Busch InBev | | BEL
ArcelorMittal | Arcelor Mittal | | LUX
Gazprom | | | RUS | id=gazprom
Gazprom Neft | | | RUS
Rosneft | | | RUS
Lukoil | | | RUS
Novatek | | | RUS
Rosatom | | | RUS
Rostec | | | RUS
Roscosmos | | | RUS | kind=government
Aeroflot | | | RUS
Norilsk Nickel | Nornickel | | RUS
Alrosa | | | RUS
Transneft | | | RUS
Rosoboronexport | | | RUS
Yandex | | | RUS
Kalashnikov Concern | | | RUS
United Aircraft Corporation | | | RUS
Almaz-Antey | | | RUS
Russian Railways | | | RUS
Rusal | | | RUS
Sovcomflot | | | RUS
Naftogaz | | | UKR
Ukrenergo | | | UKR
Energoatom | | | UKR
Ukrainian Railways | Ukrzaliznytsia | | UKR
State Grid Corporation of China | State Grid | | CHN
Sinopec | China Petroleum & Chemical Corporation; China Petrochemical Corporation | | CHN
China National Petroleum Corporation | CNPC | | CHN
PetroChina | | | CHN
CNOOC | China National Offshore Oil Corporation | | CHN
China State Construction Engineering | CSCEC | | CHN
Ping An Insurance | Ping An | | CHN
China Life Insurance | | | CHN
Huawei | Huawei Technologies | | CHN
ZTE | ZTE Corporation | | CHN
Alibaba Group | Alibaba | | CHN
Tencent | | | CHN
Baidu | | | CHN
JD.com | | | CHN
Xiaomi | | | CHN
BYD | BYD Auto | | CHN
Geely | | | CHN
SAIC Motor | | | CHN
CATL | Contemporary Amperex Technology | | CHN
Lenovo | | | CHN
COSCO | COSCO Shipping; China COSCO Shipping | | CHN
China Mobile | | | CHN
SMIC | Semiconductor Manufacturing International Corporation | | CHN
DJI | | | CHN
Hikvision | | | CHN
CRRC | | | CHN
Sinochem | | | CHN
ChemChina | China National Chemical Corporation | | CHN
AVIC | Aviation Industry Corporation of China | | CHN
COMAC | Commercial Aircraft Corporation of China | | CHN
Norinco | China North Industries Group | | CHN
Evergrande | China Evergrande; China Evergrande Group | | CHN
Country Garden | | | CHN
Temu | | | CHN
Shein | | | CHN
Meituan | | | CHN
CK Hutchison | CK Hutchison Holdings; Hutchison Whampoa | | HKG
Jardine Matheson | | | HKG
Cathay Pacific | | | HKG
Toyota | Toyota Motor; Toyota Motor Corporation | | JPN
Honda | Honda Motor | | JPN
Nissan | | | JPN
Sony | Sony Group | | JPN
SoftBank | SoftBank Group | | JPN
Mitsubishi Corporation | | | JPN
Mitsubishi Heavy Industries | MHI | | JPN
Mitsui & Co. | | | JPN
Hitachi | | | JPN
Panasonic | | | JPN
Toshiba | | | JPN
Nintendo | | | JPN
Fast Retailing | Uniqlo | | JPN
Seven & I Holdings | | | JPN
Nippon Steel | | | JPN
Tokyo Electric Power Company | TEPCO | | JPN
Canon Inc. | | Canon | JPN
Fujitsu | | | JPN
Kawasaki Heavy Industries | | | JPN
Mazda | | | JPN
Suzuki Motor | | | JPN
Rakuten | | | JPN
Samsung | Samsung Group | | KOR
Samsung Electronics | | | KOR
SK Hynix | | | KOR
SK Group | | | KOR
Hyundai Motor Company | Hyundai Motor; Hyundai | | KOR
HD Hyundai | Hyundai Heavy Industries | | KOR
Kia | Kia Motors | | KOR
LG Electronics | | | KOR
POSCO | | | KOR
Hanwha | Hanwha Aerospace | | KOR
Korea Aerospace Industries | | | KOR
Coupang | | | KOR
TSMC | Taiwan Semiconductor Manufacturing Company; Taiwan Semiconductor Manufacturing Co | | TWN
Foxconn | Hon Hai Precision Industry; Hon Hai Precision Industries; Hon Hai | | TWN
MediaTek | | | TWN
Reliance Industries | | Reliance | IND
Tata Group | Tata Sons | Tata | IND
Tata Motors | | | IND
Tata Consultancy Services | TCS | | IND
Infosys | | | IND
Wipro | | | IND
Adani Group | | Adani | IND
Mahindra & Mahindra | Mahindra | | IND
Larsen & Toubro | L&T | | IND
Bharti Airtel | Airtel | | IND
ONGC | Oil and Natural Gas Corporation | | IND
Hindustan Aeronautics | Hindustan Aeronautics Limited | | IND
Coal India | | | IND
Saudi Aramco | Aramco; Saudi Arabian Oil Company | | SAU
SABIC | | | SAU
Public Investment Fund | PIF; Saudi Public Investment Fund | | SAU
ADNOC | Abu Dhabi National Oil Company | | ARE
QatarEnergy | Qatar Petroleum | | QAT
Qatar Airways | | | QAT
Qatar Investment Authority | QIA | | QAT
Emirates airline | Emirates Airlines | | ARE
Etihad Airways | Etihad | | ARE
Mubadala | Mubadala Investment Company | | ARE
Kuwait Petroleum Corporation | | | KWT
Elbit Systems | | | ISR
Israel Aerospace Industries | IAI | | ISR
Rafael Advanced Defense Systems | | | ISR
Teva Pharmaceutical Industries | Teva | | ISR
NSO Group | | | ISR
Turkish Airlines | | | TUR
Baykar | | | TUR
Aselsan | | | TUR
Petrobras | Petróleo Brasileiro | | BRA
Vale | Vale S.A. | | BRA
Embraer | | | BRA
JBS | | | BRA
Pemex | Petróleos Mexicanos; Petroleos Mexicanos | | MEX
América Móvil | America Movil | | MEX
Cemex | | | MEX
PDVSA | Petróleos de Venezuela; Petroleos de Venezuela | | VEN
Ecopetrol | | | COL
YPF | | | ARG
Codelco | | | CHL
BHP | BHP Billiton | | AUS
Fortescue | | | AUS
Qantas | | | AUS
Shopify | | | CAN
Bombardier | | | CAN
Sasol | | | ZAF
Naspers | | | ZAF
MTN Group | | | ZAF
Eskom | | | ZAF
Transnet | | | ZAF
Dangote Group | | | NGA
Nigerian National Petroleum Company | NNPC | | NGA
Sonatrach | | | DZA
Ethiopian Airlines | | | ETH
Safaricom | | | KEN
Delta Air Lines | | Delta | USA
United Airlines | | | USA
American Airlines | | | USA
Air France-KLM | Air France; KLM | | FRA
British Airways | | | GBR
Ryanair | | | IRL
EasyJet | easyJet | | GBR
Singapore Airlines | | | SGP
Air India | | | IND
BioNTech | | | DEU
Sinovac | | | CHN
Sinopharm | | | CHN
Binance
Coinbase | | | USA
FTX | | | BHS
Tether Holdings | Tether Limited | Tether | SLV
McKinsey & Company | McKinsey | | USA
Deloitte
PricewaterhouseCoopers | PwC
Ernst & Young
KPMG
Accenture | | | IRL
Moody's | Moody's Investors Service; Moody's Ratings | | USA
S&P Global | Standard & Poor's; S&P Global Ratings | | USA
Fitch Ratings | | | USA
New York Stock Exchange | NYSE | | USA
Nasdaq | | | USA
London Stock Exchange | | | GBR
Telegram | Telegram Messenger | | ARE
WhatsApp | | | USA | parent=organization:meta-platforms
YouTube | | | USA | parent=organization:google
Instagram | | | USA | parent=organization:meta-platforms
Gaza Health Ministry | Gaza health ministry; Hamas-run health ministry; Gaza's health ministry | | PSE | kind=government

== bank
JPMorgan Chase | JPMorgan; JP Morgan; J.P. Morgan; JPMorgan Chase & Co.; J.P. Morgan Chase | | USA
Goldman Sachs | | | USA
Morgan Stanley | | | USA
Bank of America | BofA | | USA
Citigroup | Citi; Citibank | | USA
Wells Fargo | | | USA
Silicon Valley Bank | SVB | | USA
Lehman Brothers | | | USA
Merrill Lynch | | | USA
HSBC | HSBC Holdings | | GBR
Barclays | | | GBR
Lloyds Banking Group | Lloyds Bank; Lloyds | | GBR
NatWest Group | NatWest | | GBR
Standard Chartered | | | GBR
BNP Paribas | | | FRA
Société Générale | Societe Generale; SocGen | | FRA
Crédit Agricole | Credit Agricole | | FRA
Deutsche Bank | | | DEU
Commerzbank | | | DEU
UBS | UBS Group | | CHE
Credit Suisse | | | CHE
Banco Santander | Santander Group | | ESP
BBVA | Banco Bilbao Vizcaya Argentaria | | ESP
ING Group | ING | | NLD
ABN AMRO | | | NLD
Rabobank | | | NLD
UniCredit | | | ITA
Intesa Sanpaolo | | | ITA
Raiffeisen Bank International | Raiffeisen | | AUT
Nordea | | | FIN
Danske Bank | | | DNK
Industrial and Commercial Bank of China | ICBC | | CHN
China Construction Bank | CCB | | CHN
Agricultural Bank of China | | | CHN
Bank of China | | | CHN
China Development Bank | | | CHN
Mitsubishi UFJ Financial Group | MUFG | | JPN
Sumitomo Mitsui Financial Group | SMBC | | JPN
Mizuho Financial Group | Mizuho | | JPN
Nomura | Nomura Holdings | | JPN
Sberbank | Sber | | RUS
VTB Bank | VTB | | RUS
Gazprombank | | | RUS
Alfa-Bank | Alfa Bank | | RUS
HDFC Bank | | | IND
ICICI Bank | | | IND
State Bank of India | SBI | | IND
Royal Bank of Canada | RBC | | CAN
Toronto-Dominion Bank | TD Bank | | CAN
Commonwealth Bank of Australia | Commonwealth Bank | | AUS
Qatar National Bank | QNB | | QAT

== central bank
Federal Reserve | Fed; US Federal Reserve; U.S. Federal Reserve; Federal Reserve Board; Federal Reserve System; US central bank | | USA | id=federal-reserve
European Central Bank | ECB | | | id=european-central-bank
Bank of England | BoE | | GBR | id=bank-of-england
Bank of Japan | BOJ; BoJ | | JPN
People's Bank of China | PBOC; PBoC; Chinese central bank; China's central bank | | CHN
Central Bank of Russia | Bank of Russia; Russian central bank; Russia's central bank | | RUS
Reserve Bank of India | RBI; Indian central bank; India's central bank | | IND
Swiss National Bank | SNB | | CHE
Bank of Canada | | | CAN
Reserve Bank of Australia | RBA | | AUS
Reserve Bank of New Zealand | RBNZ | | NZL
Deutsche Bundesbank | Bundesbank | | DEU
Banque de France | Bank of France | | FRA
Bank of Italy | Banca d'Italia | | ITA
Bank of Spain | Banco de España | | ESP
Sveriges Riksbank | Riksbank | | SWE
Norges Bank | | | NOR
Danmarks Nationalbank | | | DNK
National Bank of Poland | NBP | | POL
Magyar Nemzeti Bank | Hungarian National Bank; Hungarian central bank | | HUN
Czech National Bank | CNB | | CZE
Central Bank of the Republic of Turkey | CBRT; Turkish central bank; Turkey's central bank | | TUR
Central Bank of Iran | Iranian central bank; Iran's central bank | | IRN
Saudi Central Bank | SAMA; Saudi Arabian Monetary Authority | | SAU
Central Bank of the UAE | Central Bank of the United Arab Emirates | | ARE
Central Bank of Egypt | Egyptian central bank; Egypt's central bank | | EGY
South African Reserve Bank | SARB | | ZAF
Central Bank of Nigeria | CBN | | NGA
Central Bank of Brazil | Banco Central do Brasil; Brazilian central bank; Brazil's central bank | | BRA
Bank of Mexico | Banxico; Banco de México | | MEX
Central Bank of Argentina | BCRA; Argentine central bank | | ARG
Bank of Korea | BOK; South Korean central bank | | KOR
Bank of Israel | | | ISR
State Bank of Pakistan | | | PAK
Bank Indonesia | | | IDN
Bank of Thailand | | | THA
Bangko Sentral ng Pilipinas | BSP; Philippine central bank | | PHL
Monetary Authority of Singapore | MAS | | SGP
Hong Kong Monetary Authority | HKMA | | HKG
Central Bank of Sri Lanka | | | LKA
National Bank of Ukraine | NBU; Ukrainian central bank; Ukraine's central bank | | UKR
National Bank of Kazakhstan | | | KAZ
Central Bank of Chile | | | CHL
Central Bank of Ireland | | | IRL
National Bank of Belgium | | | BEL
Bank of Greece | | | GRC
De Nederlandsche Bank | Dutch central bank | | NLD
Central Bank of Kenya | | | KEN
Bank of Ghana | | | GHA
Central Bank of West African States | BCEAO
Bank of Central African States | BEAC; Bank of the Central African States
Eastern Caribbean Central Bank | ECCB

== ngo
Amnesty International | Amnesty
Human Rights Watch | HRW
Médecins Sans Frontières | MSF; Doctors Without Borders; Medecins Sans Frontieres
Oxfam | Oxfam International
Save the Children
Greenpeace
World Wide Fund for Nature | WWF; World Wildlife Fund; Worldwide Fund for Nature
Reporters Without Borders | Reporters sans frontières; Reporters sans frontieres
Committee to Protect Journalists | CPJ
Transparency International
International Rescue Committee | IRC
Norwegian Refugee Council | | | NOR
Mercy Corps
World Vision
Caritas Internationalis | Caritas
Islamic Relief | Islamic Relief Worldwide
Bill & Melinda Gates Foundation | Gates Foundation; Bill and Melinda Gates Foundation | | USA
Open Society Foundations | | | USA
Wikimedia Foundation | | | USA
Anti-Corruption Foundation | FBK | | RUS
OVD-Info | | | RUS
Memorial Human Rights Centre | Memorial human rights group | | RUS
B'Tselem | | | ISR
Peace Now | | | ISR
Bellingcat
World Uyghur Congress | World Uighur Congress
Freedom House | | | USA
International Crisis Group | Crisis Group
Chatham House | Royal Institute of International Affairs | | GBR
Brookings Institution | Brookings | | USA
RAND Corporation | | | USA
Carnegie Endowment for International Peace | | | USA
Council on Foreign Relations | CFR | | USA
Institute for the Study of War | ISW | | USA
Center for Strategic and International Studies | CSIS | | USA
International Institute for Strategic Studies | IISS | | GBR
Stockholm International Peace Research Institute | SIPRI | | SWE
Atlantic Council | | | USA
Heritage Foundation | | | USA
Royal United Services Institute | RUSI | | GBR
Global Witness
Syrian Observatory for Human Rights | SOHR | | GBR
Armed Conflict Location & Event Data Project | ACLED; Armed Conflict Location and Event Data Project
WikiLeaks | Wikileaks
Extinction Rebellion
Just Stop Oil | | | GBR
Salvation Army
Rotary International
Gavi, the Vaccine Alliance | Gavi; GAVI
Global Fund to Fight AIDS, Tuberculosis and Malaria | Global Fund to Fight AIDS
Norwegian Nobel Committee | Nobel Committee | | NOR
White Helmets | Syria Civil Defence; Syrian Civil Defence | | SYR
BRAC | | | BGD
AFL-CIO | | | USA
Trades Union Congress | TUC | | GBR
American Civil Liberties Union | ACLU | | USA
Southern Poverty Law Center | | | USA
National Rifle Association | NRA | | USA
Palestine Red Crescent Society | Palestinian Red Crescent | | PSE
Magen David Adom | | | ISR
American Red Cross | | | USA
British Red Cross | | | GBR
Russian Orthodox Church | Moscow Patriarchate | | RUS
Orthodox Church of Ukraine | | | UKR

== sport
FIFA | Fédération Internationale de Football Association; International Federation of Association Football
International Olympic Committee | IOC
International Paralympic Committee
UEFA | Union of European Football Associations
World Athletics | IAAF
World Anti-Doping Agency | WADA
Russian Anti-Doping Agency | RUSADA | | RUS
Board of Control for Cricket in India | BCCI | | IND
International Cricket Council
FIA | Fédération Internationale de l'Automobile
Formula One Group | Formula One; Formula 1
National Basketball Association | NBA | | USA
National Football League | NFL | | USA
Major League Baseball | MLB | | USA
National Hockey League | NHL | | USA
Premier League | English Premier League | | GBR
English Football Association | | | GBR
Asian Football Confederation
CONCACAF
CONMEBOL
Confederation of African Football
FIBA | International Basketball Federation
World Rugby
ATP | Association of Tennis Professionals
WTA | Women's Tennis Association
Russian Olympic Committee | | | RUS
# Professional clubs. Aliases are multi-word forms with the club's city or a
# club word ("Ajax Amsterdam", "Bayern Munich"), or a one-word club name that
# is not a word, place or person; never the bare city or a nickname that is a
# common word ("Rangers", "Giants", "United"), which would be false hits.
# England
Arsenal FC | Arsenal F.C. | | GBR
Aston Villa | Aston Villa FC | | GBR
Blackburn Rovers | | | GBR
Bolton Wanderers | | | GBR
AFC Bournemouth | | | GBR
Brentford FC | | | GBR
Brighton & Hove Albion | Brighton and Hove Albion | | GBR
Burnley FC | | | GBR
Charlton Athletic | | | GBR
Chelsea FC | Chelsea F.C. | | GBR
Coventry City | | | GBR
Crystal Palace FC | | | GBR
Derby County | | | GBR
Everton FC | Everton F.C. | | GBR
Fulham FC | | | GBR
Ipswich Town | | | GBR
Leeds United | | | GBR
Leicester City | | | GBR
Liverpool FC | Liverpool F.C. | | GBR
Manchester City | Man City | | GBR
Manchester United | Man United; Man Utd; Manchester Utd | | GBR
Middlesbrough FC | | | GBR
Newcastle United | | | GBR
Norwich City | | | GBR
Nottingham Forest | | | GBR
Queens Park Rangers | QPR | | GBR
Sheffield United | | | GBR
Sheffield Wednesday | | | GBR
Southampton FC | | | GBR
Stoke City | | | GBR
Sunderland AFC | | | GBR
Tottenham Hotspur | | | GBR
Watford FC | | | GBR
West Bromwich Albion | | | GBR
West Ham United | | | GBR
Wimbledon FC | | | GBR
Wolverhampton Wanderers | | | GBR
Birmingham City | | | GBR
Bradford City | | | GBR
Oldham Athletic | | | GBR
Tranmere Rovers | | | GBR
Preston North End | | | GBR
Huddersfield Town | | | GBR
Hull City | | | GBR
Swansea City | | | GBR
Cardiff City | | | GBR
# Scotland
Celtic FC | Glasgow Celtic; Celtic Glasgow | | GBR
Rangers FC | Glasgow Rangers | | GBR
Aberdeen FC | | | GBR
Heart of Midlothian | | | GBR
Hibernian FC | | | GBR
Dundee United | | | GBR
Motherwell FC | | | GBR
Kilmarnock FC | | | GBR
Raith Rovers | | | GBR
Dunfermline Athletic | | | GBR
Partick Thistle | | | GBR
St Johnstone | St. Johnstone | | GBR
# Spain
Real Madrid | Real Madrid CF | | ESP
FC Barcelona | Barcelona FC | | ESP
Atletico Madrid | Atlético Madrid; Atletico de Madrid; Atlético de Madrid | | ESP
Athletic Bilbao | Athletic Club Bilbao | | ESP
Valencia CF | | | ESP
Sevilla FC | | | ESP
Real Betis | Betis Sevilla | | ESP
Real Sociedad | | | ESP
Deportivo La Coruna | Deportivo Coruna; Deportivo La Coruña; Deportivo Coruña | | ESP
Celta Vigo | | | ESP
RCD Espanyol | Espanyol | | ESP
Real Zaragoza | | | ESP
Racing Santander | | | ESP
Sporting Gijon | Sporting Gijón | | ESP
Real Valladolid | | | ESP
Real Oviedo | | | ESP
Rayo Vallecano | | | ESP
Villarreal CF | | | ESP
CD Tenerife | | | ESP
# Italy
Juventus | Juventus Turin; Juventus FC | | ITA
AC Milan | | | ITA
Inter Milan | Internazionale; Inter Milano; FC Internazionale | | ITA
AS Roma | | | ITA
SS Lazio | Lazio Rome | | ITA
SSC Napoli | | | ITA
Fiorentina | ACF Fiorentina | | ITA
Sampdoria | Sampdoria Genoa; UC Sampdoria | | ITA
Genoa CFC | | | ITA
Atalanta | Atalanta Bergamo | | ITA
Udinese | Udinese Calcio | | ITA
Parma Calcio | | | ITA
Bologna FC | | | ITA
Hellas Verona | | | ITA
Torino FC | | | ITA
Cagliari Calcio | | | ITA
# Germany
Bayern Munich | FC Bayern Munich; Bayern München; FC Bayern München; Bayern Muenchen | | DEU
Borussia Dortmund | | | DEU
Bayer Leverkusen | | | DEU
Schalke 04 | FC Schalke 04; Schalke | | DEU
Werder Bremen | SV Werder Bremen | | DEU
VfB Stuttgart | | | DEU
Hamburger SV | Hamburg SV | | DEU
1. FC Köln | 1. FC Cologne; FC Cologne; FC Koeln | | DEU
Borussia Mönchengladbach | Borussia Moenchengladbach; Borussia Monchengladbach | | DEU
Eintracht Frankfurt | | | DEU
Hertha BSC | Hertha Berlin | | DEU
VfL Wolfsburg | | | DEU
1. FC Kaiserslautern | | | DEU
Karlsruher SC | | | DEU
Hansa Rostock | | | DEU
TSV 1860 Munich | 1860 Munich; TSV 1860 München | | DEU
FC St. Pauli | St. Pauli; St Pauli | | DEU
Arminia Bielefeld | | | DEU
Fortuna Düsseldorf | Fortuna Duesseldorf | | DEU
MSV Duisburg | | | DEU
SC Freiburg | | | DEU
VfL Bochum | | | DEU
Hannover 96 | | | DEU
1. FSV Mainz 05 | Mainz 05 | | DEU
TSG Hoffenheim | | | DEU
RB Leipzig | | | DEU
1. FC Union Berlin | Union Berlin | | DEU
1. FC Nürnberg | 1. FC Nuremberg; FC Nuremberg | | DEU
Dynamo Dresden | | | DEU
# France
Paris Saint-Germain | Paris St Germain; Paris St-Germain; Paris Saint Germain; PSG | | FRA
Olympique de Marseille | Olympique Marseille | | FRA
Olympique Lyonnais | Olympique Lyon | | FRA
Girondins de Bordeaux | Girondins Bordeaux; Bordeaux Girondins | | FRA
AS Monaco | | | MCO
FC Nantes | | | FRA
RC Lens | | | FRA
Lille OSC | | | FRA
AJ Auxerre | | | FRA
RC Strasbourg | | | FRA
FC Metz | | | FRA
Stade Rennais | Stade Rennes | | FRA
AS Saint-Etienne | Saint-Etienne FC; AS St Etienne | | FRA
OGC Nice | | | FRA
Montpellier HSC | | | FRA
AS Cannes | | | FRA
EA Guingamp | | | FRA
SC Bastia | | | FRA
# Netherlands
AFC Ajax | Ajax Amsterdam | | NLD
PSV Eindhoven | PSV | | NLD
Feyenoord | Feyenoord Rotterdam | | NLD
Vitesse Arnhem | | | NLD
FC Twente | Twente Enschede | | NLD
SC Heerenveen | | | NLD
NAC Breda | | | NLD
Roda JC Kerkrade | Roda JC | | NLD
Willem II Tilburg | | | NLD
Sparta Rotterdam | | | NLD
FC Utrecht | | | NLD
FC Groningen | | | NLD
Fortuna Sittard | | | NLD
RKC Waalwijk | | | NLD
NEC Nijmegen | | | NLD
AZ Alkmaar | | | NLD
De Graafschap | Graafschap Doetinchem | | NLD
# Portugal
FC Porto | | | PRT
SL Benfica | Benfica Lisbon | | PRT
Sporting CP | Sporting Lisbon | | PRT
Boavista FC | | | PRT
Vitoria Guimaraes | Vitória Guimarães | | PRT
SC Braga | Sporting Braga | | PRT
# Turkey
Galatasaray | Galatasaray Istanbul | | TUR
Fenerbahçe | Fenerbahce Istanbul | | TUR
Beşiktaş JK | Besiktas Istanbul | | TUR
Trabzonspor | | | TUR
# Other Europe
RSC Anderlecht | | | BEL
Club Brugge | Club Bruges | | BEL
Standard Liege | Standard Liège | | BEL
Olympiakos Piraeus | Olympiacos Piraeus | | GRC
Panathinaikos | Panathinaikos Athens | | GRC
AEK Athens | | | GRC
Red Star Belgrade | | | SRB
Partizan Belgrade | | | SRB
Dynamo Kiev | Dynamo Kyiv | | UKR
Shakhtar Donetsk | | | UKR
Spartak Moscow | | | RUS
CSKA Moscow | | | RUS
Lokomotiv Moscow | | | RUS
Dinamo Zagreb | | | HRV
Steaua Bucharest | | | ROU
Sparta Prague | | | CZE
Slavia Prague | | | CZE
Ferencvaros | Ferencváros | | HUN
Legia Warsaw | | | POL
Rapid Vienna | | | AUT
Austria Vienna | | | AUT
Grasshoppers Zurich | Grasshopper Zurich | | CHE
FC Basel | | | CHE
IFK Gothenburg | IFK Göteborg | | SWE
Rosenborg BK | Rosenborg Trondheim | | NOR
Brondby IF | | | DNK
FC Copenhagen | | | DNK
# South America
Boca Juniors | | | ARG
River Plate | | | ARG
CR Flamengo | | | BRA
SE Palmeiras | | | BRA
Santos FC | | | BRA
Sao Paulo FC | São Paulo FC | | BRA
CA Penarol | | | URY
# Japan
Kashima Antlers | | | JPN
Yokohama Marinos | Yokohama F. Marinos | | JPN
Yokohama Flugels | Yokohama Flügels | | JPN
Verdy Kawasaki | Tokyo Verdy | | JPN
Kawasaki Frontale | | | JPN
Urawa Red Diamonds | Urawa Reds | | JPN
Gamba Osaka | | | JPN
Cerezo Osaka | | | JPN
Jubilo Iwata | Júbilo Iwata | | JPN
Shimizu S-Pulse | | | JPN
Nagoya Grampus | Nagoya Grampus Eight | | JPN
Sanfrecce Hiroshima | | | JPN
Kashiwa Reysol | | | JPN
Bellmare Hiratsuka | Shonan Bellmare | | JPN
JEF United Ichihara | JEF United | | JPN
Avispa Fukuoka | | | JPN
Kyoto Purple Sanga | Kyoto Sanga | | JPN
Vissel Kobe | | | JPN
# Major League Baseball
Arizona Diamondbacks | | | USA
Atlanta Braves | | | USA
Baltimore Orioles | | | USA
Boston Red Sox | | | USA
Chicago Cubs | | | USA
Chicago White Sox | | | USA
Cincinnati Reds | | | USA
Cleveland Guardians | Cleveland Indians | | USA
Colorado Rockies | | | USA
Detroit Tigers | | | USA
Houston Astros | | | USA
Kansas City Royals | | | USA
Los Angeles Angels | California Angels; Anaheim Angels | | USA
Los Angeles Dodgers | | | USA
Miami Marlins | Florida Marlins | | USA
Milwaukee Brewers | | | USA
Minnesota Twins | | | USA
New York Mets | | | USA
New York Yankees | | | USA
Oakland Athletics | Oakland A's | | USA
Philadelphia Phillies | | | USA
Pittsburgh Pirates | | | USA
San Diego Padres | | | USA
San Francisco Giants | | | USA
Seattle Mariners | | | USA
St. Louis Cardinals | St Louis Cardinals | | USA
Tampa Bay Rays | Tampa Bay Devil Rays | | USA
Texas Rangers | | | USA
Toronto Blue Jays | | | CAN
Washington Nationals | Montreal Expos | | USA
# National Basketball Association
Atlanta Hawks | | | USA
Boston Celtics | | | USA
Brooklyn Nets | New Jersey Nets | | USA
Charlotte Hornets | | | USA
Chicago Bulls | | | USA
Cleveland Cavaliers | | | USA
Dallas Mavericks | | | USA
Denver Nuggets | | | USA
Detroit Pistons | | | USA
Golden State Warriors | | | USA
Houston Rockets | | | USA
Indiana Pacers | | | USA
Los Angeles Clippers | | | USA
Los Angeles Lakers | | | USA
Memphis Grizzlies | Vancouver Grizzlies | | USA
Miami Heat | | | USA
Milwaukee Bucks | | | USA
Minnesota Timberwolves | | | USA
New Orleans Pelicans | | | USA
New York Knicks | | | USA
Oklahoma City Thunder | Seattle SuperSonics | | USA
Orlando Magic | | | USA
Philadelphia 76ers | | | USA
Phoenix Suns | | | USA
Portland Trail Blazers | | | USA
Sacramento Kings | | | USA
San Antonio Spurs | | | USA
Toronto Raptors | | | CAN
Utah Jazz | | | USA
Washington Wizards | Washington Bullets | | USA
# National Football League
Arizona Cardinals | | | USA
Atlanta Falcons | | | USA
Baltimore Ravens | | | USA
Buffalo Bills | | | USA
Carolina Panthers | | | USA
Chicago Bears | | | USA
Cincinnati Bengals | | | USA
Cleveland Browns | | | USA
Dallas Cowboys | | | USA
Denver Broncos | | | USA
Detroit Lions | | | USA
Green Bay Packers | | | USA
Houston Texans | | | USA
Indianapolis Colts | | | USA
Jacksonville Jaguars | | | USA
Kansas City Chiefs | | | USA
Las Vegas Raiders | Oakland Raiders | | USA
Los Angeles Chargers | San Diego Chargers | | USA
Los Angeles Rams | St. Louis Rams; St Louis Rams | | USA
Miami Dolphins | | | USA
Minnesota Vikings | | | USA
New England Patriots | | | USA
New Orleans Saints | | | USA
New York Giants | | | USA
New York Jets | | | USA
Philadelphia Eagles | | | USA
Pittsburgh Steelers | | | USA
San Francisco 49ers | | | USA
Seattle Seahawks | | | USA
Tampa Bay Buccaneers | | | USA
Tennessee Titans | Houston Oilers | | USA
Washington Commanders | Washington Redskins | | USA
# National Hockey League
Boston Bruins | | | USA
Buffalo Sabres | | | USA
Calgary Flames | | | CAN
Chicago Blackhawks | | | USA
Colorado Avalanche | | | USA
Dallas Stars | | | USA
Detroit Red Wings | | | USA
Edmonton Oilers | | | CAN
Florida Panthers | | | USA
Los Angeles Kings | | | USA
Montreal Canadiens | | | CAN
New Jersey Devils | | | USA
New York Islanders | | | USA
New York Rangers | | | USA
Ottawa Senators | | | CAN
Philadelphia Flyers | | | USA
Pittsburgh Penguins | | | USA
St. Louis Blues | St Louis Blues | | USA
Tampa Bay Lightning | | | USA
Toronto Maple Leafs | | | CAN
Vancouver Canucks | | | CAN
Washington Capitals | | | USA
Winnipeg Jets | | | CAN
"""

# ===========================================================================
# Text helpers
# ===========================================================================

# Characters the matcher folds before matching (typographic quotes, dashes,
# spaces); applied here too, so that two spellings the matcher cannot tell
# apart count as the same name.
_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ",
}


def fold(text):
    """The text as nergraph's matcher sees it (quotes, dashes, spaces folded)."""
    return "".join(_FOLD.get(c, c) for c in text)


def match_key(text):
    """Two spellings with the same key are one automaton pattern in nergraph."""
    return re.sub(r"\s+", " ", fold(text).strip()).lower()


def ascii_fold(text):
    """Diacritics removed: 'Société Générale' -> 'Societe Generale'."""
    out = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("Ø", "O") \
        .replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss").replace("đ", "d")


def slug(text):
    """Lowercase ASCII slug used in ids: "People's Liberation Army" -> peoples-liberation-army."""
    s = ascii_fold(fold(text)).lower().replace("&", " and ").replace("+", " plus ")
    s = s.replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


_SPELLING = [
    (r"\borganisation", "organization"), (r"\bcentre\b", "center"), (r"\bprogramme\b", "program"),
    (r"\bdefence\b", "defense"), (r"\blabour\b", "labor"), (r"\bco operation\b", "cooperation"),
    (r"\bco-operation\b", "cooperation"),
]
_CORP_WORDS = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
    "sa", "nv", "ag", "lp", "llc", "se", "group", "holdings", "holding", "berhad", "sak",
}


def merge_key(text, corporate=False):
    """A loose key for recognising one organization in two sources."""
    s = ascii_fold(fold(text)).lower().replace("&", " and ")
    s = re.sub(r"['\u2019`]", "", s)
    for pat, rep in _SPELLING:
        s = re.sub(pat, rep, s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    if corporate:
        while len(words) > 1 and words[-1] in _CORP_WORDS:
            words.pop()
    return " ".join(words)


def capitals(text):
    """Positions of ASCII capitals after folding (what nergraph's case policy checks)."""
    return frozenset(i for i, c in enumerate(fold(text)) if "A" <= c <= "Z")


def is_acronym(alias):
    """All capitals (digits, '&', '-', '.', '/' allowed): 'NATO', 'U.N.', 'RFE/RL', 'M23'."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and " " not in alias \
        and re.fullmatch(r"[A-Z0-9&\-\./()]+", ascii_fold(alias)) is not None


STOPWORDS = {
    "of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "against",
    "de", "la", "le", "les", "du", "des", "el", "los", "las", "del", "y", "e", "et", "di",
    "della", "dei", "da", "do", "dos", "das", "van", "von", "der", "den", "die", "das",
    "und", "fur", "für", "pour", "para", "por", "per", "il", "al", "en", "au", "aux", "sur",
}


# ===========================================================================
# Inputs
# ===========================================================================

class InputError(Exception):
    """A required input is missing or unreadable (exit status 2)."""


class CheckError(Exception):
    """A consistency check failed (exit status 1)."""


def read_bytes(path):
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None


def decode_lenient(data):
    """UTF-8, line by line falling back to Windows-1252 for stray bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace").replace("\ufffd", ""))
    return "\n".join(lines)


def read_tsv_names(path):
    """Every name, alias and demonym (with the loader's plurals) of a gazetteer file.

    Returns {match_key: entity id}. Short forms are not names and are skipped.
    """
    text = decode_lenient(read_bytes(path))
    out = {}
    header = None
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        row = dict(zip(header, cols))
        names = [row.get("name", "")]
        names += [a for a in row.get("aliases", "").split("|")]
        for d in row.get("demonyms", "").split("|"):
            if d:
                names.append(d)
                plural = demonym_plural(d)
                if plural:
                    names.append(plural)
        for n in names:
            n = n.strip()
            if n:
                out.setdefault(match_key(n), row.get("id", "?"))
    if header is None:
        raise InputError(f"{path}: no header line")
    return out


def demonym_plural(d):
    """The plural nergraph's loader adds to a demonym (mirrors src/matcher/build.rs)."""
    low = d.lower()
    if any(low.endswith(s) for s in ("s", "sh", "ch", "x", "z", "ese")):
        return None
    if " " in d and not low.endswith("an"):
        return None
    if not d[-1:].isalpha():
        return None
    return d + "s"


def read_country_codes(path):
    text = decode_lenient(read_bytes(path))
    codes = set()
    for line in text.split("\n"):
        if line.startswith("country:"):
            codes.add(line.split("\t", 1)[0].split(":", 1)[1])
    if not codes:
        raise InputError(f"{path}: no country lines")
    return codes


class Lexicon:
    """What the corpora say about words.

    common: lowercase words seen at least twice in lowercase in the BBC and
    CoNLL corpora (plus EXTRA_COMMON). names: capitalised words that are
    people's or places' names (CoNLL PER/LOC tokens, tokens of person-like
    entries in Phoenix.Countries.actors.txt, GeoNames city names).
    """

    def __init__(self, shared):
        lower = Counter()
        bbc = shared / "data/news/bbc/bbc"
        files = sorted(bbc.glob("*/*.txt"))
        if not files:
            raise InputError(f"{bbc}: no article files")
        word_re = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
        for f in files:
            for w in word_re.findall(decode_lenient(read_bytes(f))):
                if w.islower():
                    lower[w] += 1
        self.names = set()
        # Train only: the dev split is held out for scripts/eval-conll.
        for name in ("eng.train",):
            text = decode_lenient(read_bytes(shared / "data/conll2003" / name))
            for line in text.split("\n"):
                parts = line.split(" ")
                if len(parts) < 4 or parts[0] == "-DOCSTART-":
                    continue
                tok, tag = parts[0], parts[3]
                if tok.islower():
                    lower[tok] += 1
                elif tag.endswith("PER") or tag.endswith("LOC"):
                    self.names.add(tok.lower())
        self.lower_count = lower
        self.common = {w for w, n in lower.items() if n >= 2} | EXTRA_COMMON
        cities = decode_lenient(read_bytes(shared / "data/geonames/cities15000.txt"))
        for line in cities.split("\n"):
            cols = line.split("\t")
            if len(cols) > 2:
                for n in (cols[1], cols[2]):
                    if n and " " not in n:
                        self.names.add(n.lower())
        actors = decode_lenient(read_bytes(shared / "data/petrarch/Phoenix.Countries.actors.txt"))
        self.first_names = set()
        for line in actors.split("\n"):
            if not line or line[0] in "#+ \t":
                continue
            phrase = line.split("[", 1)[0].split("#", 1)[0].strip().strip("_")
            toks = [t for t in re.split(r"[_\s]+", phrase) if t]
            if 2 <= len(toks) <= 4 and not any(t in ORG_WORDS for t in toks) \
                    and all(re.fullmatch(r"[A-Z][A-Z'\-]+", t) for t in toks):
                self.first_names.add(toks[0].lower())
                for t in toks:
                    if len(t) >= 3:
                        self.names.add(t.lower())


# ===========================================================================
# Organizations
# ===========================================================================

class Org:
    """One organization being assembled."""

    def __init__(self, name, kind, source, country=None, parent=None, id_=None, curated=False):
        self.name = name
        self.kind = kind
        self.source = source
        self.country = country
        self.parent = parent
        self.fixed_id = id_
        self.curated = curated
        self.aliases = []        # curated aliases: must be kept (checked, fail loudly)
        self.data_aliases = []   # from data sources or automatic variants: dropped on conflict
        self.short = []
        self.attrs = {}
        self.sources = {source}
        self.id = None

    def all_names(self):
        return [self.name] + self.aliases + self.data_aliases

    def add_data_alias(self, alias):
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases \
                and alias not in self.data_aliases:
            self.data_aliases.append(alias)


def parse_curated(report):
    orgs = []
    kind = None
    for lineno, raw in enumerate(CURATED.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            kind = line[2:].strip()
            if kind not in KINDS:
                raise CheckError(f"CURATED line {lineno}: unknown kind '{kind}'")
            continue
        fields = [f.strip() for f in line.split("|")]
        fields += [""] * (5 - len(fields))
        if len(fields) > 5:
            raise CheckError(f"CURATED line {lineno}: too many fields: {line}")
        name, aliases, short, country, opts = fields
        options = {}
        for opt in opts.split():
            k, _, v = opt.partition("=")
            if k not in ("id", "parent", "kind", "seat") or not v:
                raise CheckError(f"CURATED line {lineno}: bad option '{opt}'")
            options[k] = v.replace("_", " ") if k == "kind" else v
        org_kind = options.get("kind", kind)
        if org_kind not in KINDS:
            raise CheckError(f"CURATED line {lineno}: unknown kind '{org_kind}'")
        org = Org(name, org_kind, "curated", country or None, options.get("parent"),
                  ("organization:" + options["id"]) if "id" in options else None, curated=True)
        for a in aliases.split(";"):
            a = a.strip()
            if a and a != name and a not in org.aliases:
                org.aliases.append(a)
        org.short = [s.strip() for s in short.split(";") if s.strip()]
        if options.get("seat") == "yes":
            if not country:
                raise CheckError(f"CURATED line {lineno}: seat=yes needs a country")
            # A seat of government stands for its country's government
            # ("the Kremlin said"): nergraph resolves it to the country.
            org.attrs["stands_for"] = "country:" + country
        org.line = lineno
        orgs.append(org)
    return orgs


class Registry:
    """All organizations, with the keys used to merge sources into them."""

    def __init__(self, report):
        self.orgs = []
        self.by_key = {}
        self.report = report

    def add(self, org):
        self.orgs.append(org)
        self._index(org, [org.name] + org.aliases
                    + (org.data_aliases if org.source == "supraverden" else []))

    def _index(self, org, names=None):
        """Index an organization under its name, its curated aliases and the
        given trusted names (supraverden's English names). Phoenix synonyms
        are not indexed: they are too loose to merge on."""
        corporate = org.kind in ("company", "bank")
        if names is None:
            names = [org.name] + org.aliases + org.data_aliases
        for n in names:
            for key in {merge_key(n), merge_key(n, corporate)}:
                if key:
                    self.by_key.setdefault(key, org)

    def find(self, names, kinds_for_single=None, corporate=False):
        """An existing organization sharing a name: multi-word names match any
        organization, one-word names only one of the listed kinds."""
        for n in names:
            for key in (merge_key(n), merge_key(n, corporate)):
                org = self.by_key.get(key)
                if org is None:
                    continue
                if " " in key or (kinds_for_single and org.kind in kinds_for_single):
                    return org
        return None

    def merge(self, target, name, aliases, source, attrs=None, trusted=False):
        for a in [name] + list(aliases):
            target.add_data_alias(a)
        target.sources.add(source)
        for k, v in (attrs or {}).items():
            target.attrs.setdefault(k, v)
        self._index(target, [name] + (list(aliases) if trusted else []))
        self.report.append(f"merge: {source} '{name}' into '{target.name}'")


# ---------------------------------------------------------------------------
# supraverden
# ---------------------------------------------------------------------------

def load_supraverden(shared, registry, report):
    path = shared / "data/orgs/general_list.yaml"
    data = read_bytes(path)
    if yaml is None:
        raise InputError("PyYAML is not installed (python3 -m pip install pyyaml)")
    try:
        records = yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot parse: {e}") from None
    if not isinstance(records, dict) or not records:
        raise InputError(f"{path}: expected a mapping of organisations")
    count = 0
    for key in records:  # file order: deterministic
        rec = records[key]
        if not isinstance(rec, dict):
            continue
        name = str(rec.get("Name_en") or key).strip()
        names = []
        for field in sorted(rec):
            if not field.endswith("_en") or field == "Name_en":
                continue
            if field.startswith(("Name_other", "Name_former", "Abbreviation")):
                v = rec[field]
                for item in (v if isinstance(v, list) else [v]):
                    if isinstance(item, str) and item.strip():
                        names.append(item.strip())
        if str(key).strip() != name:
            names.append(str(key).strip())
        if name in SUPRA_RENAME:
            names.append(name)
            name = SUPRA_RENAME[name]
        count += 1
        attrs = {}
        if rec.get("Wikidata_code"):
            attrs["wikidata"] = str(rec["Wikidata_code"])
        family = rec.get("Org_family") or ""
        ignore = SUPRA_IGNORE.get(name, set())
        names = [n for n in names if n not in ignore and n not in DATA_DROP_ALIASES]
        existing = registry.find([name] + [n for n in names if " " in n])
        if existing is not None:
            registry.merge(existing, name, names, "supraverden", attrs, trusted=True)
            continue
        if name in DATA_DROP_ENTRIES:
            report.append(f"drop entry: supraverden '{name}' (DATA_DROP_ENTRIES)")
            continue
        low = name.lower()
        if "central bank" in low:
            kind = "central bank"
        elif re.search(r"\b(court|tribunal)\b", low):
            kind = "court"
        else:
            kind = "international"
        org = Org(name, kind, "supraverden")
        org.attrs.update(attrs)
        if family == "EU institutions and bodies" and name != "European Union":
            org.parent = "organization:european-union"
        elif family == "UN and affiliates" and name != "United Nations":
            org.parent = "organization:united-nations"
        for n in names:
            org.add_data_alias(n)
        registry.add(org)
    if count < 100:
        raise InputError(f"{path}: only {count} records; is this the supraverden list?")
    return count


# ---------------------------------------------------------------------------
# Phoenix (TABARI actor dictionaries)
# ---------------------------------------------------------------------------

# Words that make a phrase an organization's name rather than a person's.
ORG_WORDS = {
    "ORGANIZATION", "ORGANISATION", "ORGANIZATIONS", "ASSOCIATION", "ASSOCIATIONS",
    "FOUNDATION", "FUND", "INSTITUTE", "INSTITUTION", "COUNCIL", "COMMITTEE", "COMMISSION",
    "CENTER", "CENTRE", "BANK", "BANCORP", "BANCSHARES", "BANCO", "BANCA", "BANQUE", "AGENCY",
    "AUTHORITY", "BOARD", "BUREAU", "OFFICE", "FEDERATION", "CONFEDERATION", "UNION", "LEAGUE",
    "SOCIETY", "ALLIANCE", "COALITION", "NETWORK", "PARTNERSHIP", "INTERNATIONAL",
    "INTERNACIONAL", "INTERNATIONALE", "WORLDWIDE", "GROUP", "GROUPS", "CORPORATION", "CORP",
    "COMPANY", "INC", "LTD", "LIMITED", "PLC", "HOLDINGS", "INDUSTRIES", "ENTERPRISES",
    "SYSTEMS", "TECHNOLOGIES", "TRUST", "CLUB", "ACADEMY", "UNIVERSITY", "COLLEGE", "PROJECT",
    "PROGRAM", "PROGRAMME", "MISSION", "SERVICE", "SERVICES", "RELIEF", "AID", "CARE", "ACTION",
    "MOVEMENT", "FRONT", "ARMY", "BRIGADE", "BRIGADES", "FORCE", "FORCES", "PARTY", "MILITIA",
    "COMMAND", "COMMANDO", "COMMANDOS", "CELL", "CELLS", "NUCLEI", "NUCLEUS", "FACTION",
    "REGIMENT", "BATTALION", "GUARD", "GUARDS", "SQUAD", "GUERRILLA", "GUERRILLAS", "GUERILLA",
    "MUJAHIDEEN", "MUJAHIDIN", "JIHAD", "HARAKAT", "HARKAT", "JAMAAT", "JAMAAH", "JEMAAH",
    "JAMIAT", "JAISH", "JAYSH", "LASHKAR", "LASKAR", "KATAIB", "KATA'IB", "SARAYA", "TANZIM",
    "HIZB", "HIZBUL", "ANSAR", "JABHAT", "JUND", "TEHRIK", "TEHREEK", "ASSEMBLY", "PARLIAMENT",
    "CONGRESS", "CHAMBER", "FORUM", "INITIATIVE", "SECRETARIAT", "TRIBUNAL", "COURT", "CORPS",
    "CONSORTIUM", "COOPERATIVE", "ASOCIACION", "ASSOCIAZIONE", "COMITE", "COMITATO", "CENTRO",
    "FUNDACION", "FONDATION", "STIFTUNG", "CONFERENCE", "COMMUNITY", "ORDER", "BROTHERHOOD",
    "LIBERATION", "SOLIDARITY", "REVOLUTIONARY", "RESISTANCE", "VOLUNTEERS", "TIGERS",
    "PANTHERS", "KNIGHTS", "SOLDIERS", "WARRIORS", "FIGHTERS", "BRIGATE", "AGENCE",
    "ORGANIZACION", "MOVIMIENTO", "FRENTE", "EJERCITO", "COMANDO", "PATROL",
}

# Words that make a phrase a role, a group of people or a description, not a
# named organization ("UN staff", "ASEAN defense ministers", "chief executive of").
ROLE_WORDS = {
    "STAFF", "OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "MEMBERS",
    "MEMBER", "CHIEF", "PRESIDENT", "SECRETARY", "SECRETARY-GENERAL", "DIRECTOR", "CHAIRMAN",
    "LEADER", "LEADERS", "MINISTER", "MINISTERS", "AMBASSADOR", "ENVOY", "DELEGATION",
    "PEACEKEEPER", "PEACEKEEPERS", "MONITOR", "MONITORS", "COUNTRIES", "NATIONS'", "TROOPS",
    "OPERATIVES", "REPRESENTATIVE", "HEAD", "EXECUTIVE", "EMPLOYEES", "WORKERS'", "CONTINGENT",
    "VESSEL", "EXTREMIST", "LINKED", "AFFILIATED", "OFFSHOOT", "SECY", "SEC.", "GEN",
    "INSPECTORS", "INSPECTOR", "COMMANDER", "EMIR",
}

_ARABIC_PARTICLES = {"al", "el", "ul", "ud", "ad", "an", "ash", "as", "at", "az", "ar", "ath",
                     "adh", "e", "i", "wal", "bil", "fi", "bin", "ibn", "wa", "li"}
_SMALL = STOPWORDS | {"contra", "et", "pour", "dans", "sans", "y", "o"}
_SUFFIX_DISPLAY = {
    "INC": "Inc.", "INC.": "Inc.", "INCORPORATED": "Incorporated", "CORP": "Corp.",
    "CORP.": "Corp.", "CO": "Co.", "CO.": "Co.", "LTD": "Ltd", "LTD.": "Ltd", "LIMITED": "Limited",
    "PLC": "plc", "SA": "S.A.", "S.A.": "S.A.", "NV": "N.V.", "N.V.": "N.V.", "AG": "AG",
    "LP": "L.P.", "L.P.": "L.P.", "LLC": "LLC", "SE": "SE", "BERHAD": "Berhad", "SAK": "SAK",
    "AKTIENGESELLSCHAFT": "AG", "L": None, "CORPORATION": "Corporation", "COMPANY": "Company",
}
_STRIP_SUFFIX = set(_SUFFIX_DISPLAY) - {"CORPORATION", "COMPANY"}


class Phoenix:
    """Reads TABARI actor files and turns their phrases into English names."""

    def __init__(self, lexicon, country_codes, country_names=None):
        self.lex = lexicon
        self.codes = country_codes
        self.country_names = country_names or {}
        self.place_words = set()

    @staticmethod
    def parse(path):
        """Entries of a TABARI actor file: {phrase, synonyms, codes, comment, line}."""
        text = decode_lenient(read_bytes(path))
        entries = []
        cur = None
        for lineno, raw in enumerate(text.split("\n"), 1):
            line = raw.rstrip("\r")
            if line.startswith("#"):
                continue
            body, _, comment = line.partition("#")
            codes = re.findall(r"\[([^\]]*)\]", body)
            phrase = re.sub(r"\[[^\]]*\]", "", body).strip()
            if not phrase and not codes:
                continue
            if line[:1] in (" ", "\t"):
                if cur is not None:
                    cur["codes"] += codes
                    if phrase and not codes:
                        cur["synonyms"].append(phrase)
                continue
            if phrase.startswith("+"):
                if cur is not None:
                    cur["synonyms"] += [p for p in phrase[1:].split("+") if p.strip()]
                    cur["codes"] += codes
                continue
            cur = {"phrase": phrase, "synonyms": [], "codes": codes, "comment": comment,
                   "line": lineno}
            entries.append(cur)
        if len(entries) < 100:
            raise InputError(f"{path}: only {len(entries)} entries; is this a TABARI actor file?")
        return entries

    # --- names ------------------------------------------------------------

    @staticmethod
    def tokens(phrase):
        return [t for t in re.split(r"[_\s]+", phrase.strip().strip("_")) if t]

    def looks_acronym(self, word):
        w = word.strip("().,")
        if not w.isalpha() or not w.isupper():
            return False
        if w in ACRONYM_WORDS:
            return True
        if w in NOT_ACRONYM_WORDS or w.lower() in self.place_words:
            return False
        low = w.lower()
        if low in _SMALL or low in self.lex.common or low in self.lex.names:
            return False
        vowels = sum(c in "AEIOU" for c in w)
        if len(w) <= 3:
            return True
        return vowels == 0

    def word_case(self, word, first):
        """One word of an UPPERCASE phrase in English capitalization."""
        if "-" in word and len(word) > 1:
            parts = word.split("-")
            out = []
            for i, p in enumerate(parts):
                if not p:
                    out.append(p)
                    continue
                low = p.lower()
                if i == 0 and low in ("al", "el") and len(parts) > 1:
                    out.append(low)
                elif i > 0 and low in _ARABIC_PARTICLES:
                    out.append(low)
                else:
                    out.append(self.word_case(p, first and i == 0))
            return "-".join(out)
        w = word
        low = w.lower()
        if re.fullmatch(r"\d+(ST|ND|RD|TH)", w):
            return w.lower()
        if re.fullmatch(r"[IVX]{2,4}", w):
            return w  # a roman numeral: "ORDER_II"
        if any(c.isdigit() for c in w):
            return w
        if re.fullmatch(r"([A-Z]\.)+[A-Z]?", w):
            return w
        if low.endswith(".com"):
            return w[:-4].capitalize() + ".com"
        if not first and low in _SMALL:
            return low
        if low in _ARABIC_PARTICLES and not first:
            return low
        if self.looks_acronym(w):
            return w
        m = re.fullmatch(r"([DL])'(.+)", w)
        if m:
            rest = m.group(2).capitalize()
            return (m.group(1) if first else m.group(1).lower()) + "'" + rest
        m = re.fullmatch(r"O'(.+)", w)
        if m:
            return "O'" + m.group(1).capitalize()
        if re.fullmatch(r"MC[A-Z]{2,}.*", w):
            return "Mc" + w[2:].capitalize()
        if "." in w:
            return ".".join(p.capitalize() for p in w.split("."))
        return w.capitalize()

    def pretty(self, toks):
        out = []
        for i, t in enumerate(toks):
            out.append(self.word_case(t, i == 0))
        name = " ".join(out)
        name = re.sub(r"\s+,", ",", name)
        return name

    def convert(self, phrase):
        """(name, acronyms, country hint) of a Phoenix phrase, or None if unusable."""
        phrase = phrase.replace("\t", "_").strip()
        acronyms, hint, inner_names = [], None, []
        inners = [i.strip("_ ") for i in re.findall(r"\(([^()]*)\)", phrase)]
        phrase = re.sub(r"_?\([^()]*\)_?", "_", phrase)
        toks = self.tokens(phrase)
        initials = "".join(t[0] for t in toks if t and t[0].isalpha())
        content_initials = "".join(t[0] for t in toks if t and t[0].isalpha()
                                   and t.lower() not in STOPWORDS)
        for clean in inners:
            plain = clean.replace("_", " ")
            letters = re.sub(r"[^A-Z]", "", clean)
            if self.country_names and match_key(plain) in self.country_names:
                hint = plain
            elif re.fullmatch(r"[A-Z0-9&\-\.]{2,12}", clean) and (
                    self.looks_acronym(letters) or letters in (initials, content_initials)):
                acronyms.append(clean)
            elif " " in plain or "_" in clean:
                inner_names.append(self.pretty(self.tokens(clean)))
        # ", THE" at the end: "CITIZENS_FOUNDATION,_THE_"
        if len(toks) >= 2 and toks[-1] == "THE" and toks[-2].endswith(","):
            toks = ["THE"] + toks[:-2] + [toks[-2].rstrip(",")]
        if toks and toks[0] == "THE" and len(toks) > 1:
            toks = toks[1:]
        if not toks or any(re.search(r"[^A-Z0-9'&\-\.,ÀÉÖÜÄ]", t) for t in toks):
            return None
        return toks, acronyms + inner_names, hint

    def split_company(self, toks):
        """(base tokens, suffix tokens) of a company phrase: ACE_LTD -> (ACE, LTD)."""
        base = list(toks)
        suffix = []
        while len(base) > 1 and base[-1].rstrip(",") in _STRIP_SUFFIX | {"CORPORATION", "COMPANY"}:
            suffix.insert(0, base.pop().rstrip(","))
        base[-1] = base[-1].rstrip(",")
        if len(base) > 1 and base[-1] in ("AND", "&") and suffix and suffix[0] in ("CO", "CO.", "COMPANY"):
            base = base[:-1] + ["&", "CO."]
            suffix = suffix[1:]
        return base, suffix

    def company_names(self, toks):
        """(name, other spellings, short forms) of a company.

        A one-word base with a legal suffix ("HESS_CORPORATION_") keeps the
        suffix in its name and gets the bare word only as a short form: a
        lone "Hess" may be a person."""
        base, suffix = self.split_company(toks)
        base_name = self.pretty(base)
        shown = [s for s in (_SUFFIX_DISPLAY.get(x, x.capitalize()) for x in suffix) if s]
        full = " ".join([base_name] + shown) if shown else base_name
        if len(base) == 1:
            if full != base_name:
                short = [base_name] if self.single_word_ok(base_name) else []
                return full, [], short
            return (base_name if self.single_word_ok(base_name) else None), [], []
        if generic(base_name, self.lex):
            return (full if full != base_name else None), [], []
        return base_name, ([full] if full != base_name else []), []

    def single_word_ok(self, word):
        low = ascii_fold(word).lower()
        if len(low) < 4 and not is_acronym(word):
            return False
        if is_acronym(word):
            return low not in self.lex.common and len(low) >= 3
        return low not in self.lex.common and low not in self.lex.names

    def country_of(self, codes):
        for c in codes:
            c = c.split()[0] if c.split() else ""
            if c.startswith("IMG"):
                continue  # IMG<religion>...: "MUS" is Muslim, not Mauritius
            for prefix in ("MNC", "NGO", "IGO", ""):
                if c.startswith(prefix):
                    rest = c[len(prefix):]
                    cand = rest[:3]
                    if len(cand) == 3 and cand in self.codes:
                        return cand
                    if prefix == "" and len(c) >= 6:
                        cand = c[:3]
                        if cand in self.codes and c[3:6] in ("REB", "MIL", "INS", "OPP"):
                            return cand
        return None


# Words that make two common words a name ("Plan International", "Ford
# Foundation"); not used for armed groups ("Revolutionary Army"). "Council",
# "Committee", "Bank" are not among them: "Security Council", "Development
# Bank" are descriptions as often as names.
HEAD_WORDS = {"international", "foundation", "corporation"}


def generic(name, lex, armed=False):
    """True for a name made of at most two common words ('Popular Resistance')."""
    words = [w for w in re.split(r"[\s\-]+", ascii_fold(name)) if w]
    content = [w for w in words if w.lower() not in STOPWORDS]
    if not content:
        return True
    if len(content) > 2:
        return False
    if not armed and any(w.lower() in HEAD_WORDS for w in content):
        return False
    return all(w.strip("'.,").lower() in lex.common and not is_acronym(w) for w in content)


def has_date(codes):
    return any(re.search(r"\d{6}", c) or re.search(r"[<>]\d", c) for c in codes)


def first_code(codes, prefixes):
    for c in codes:
        head = c.split()[0] if c.split() else ""
        if head.startswith(prefixes):
            return head
    return None


def load_phoenix_international(shared, registry, phx, lex, report):
    path = shared / "data/petrarch/Phoenix.International.actors.txt"
    entries = Phoenix.parse(path)
    added = 0
    for e in entries:
        code = first_code(e["codes"], ("IGO", "NGO", "MNC", "MED"))
        if code is None:
            continue
        conv = phx.convert(e["phrase"])
        if conv is None:
            continue
        toks, acronyms, hint = conv
        if any(t.rstrip(",") in ROLE_WORDS for t in toks):
            continue
        keyword = any(t.rstrip(",").strip("'") in ORG_WORDS for t in toks)
        if has_date(e["codes"]) and not keyword:
            continue  # a person holding an office for a period
        if any(len(t.strip(".")) == 1 and t not in ("&",) for t in toks) and not keyword:
            continue  # initials: "R._BERZOK_"
        if code.startswith("MNC"):
            kind = "company"
        elif code.startswith("NGO"):
            kind = "ngo"
        elif code.startswith("MED"):
            kind = "media"
        else:
            kind = "international"
        money = re.search(r"\$([\d,]+)", e["comment"])
        cap = int(money.group(1).replace(",", "")) if money else None
        if kind == "company":
            if cap is not None and cap < 5_000_000_000:
                continue
            if any(t in ("FUND", "FUNDS", "TRUST", "REIT", "INCOME", "MUNICIPAL", "PORTFOLIO")
                   for t in toks):
                continue
            if cap is None and not keyword and len(toks) > 1 \
                    and toks[0].lower() in lex.first_names:
                continue  # "TOM_FAILLA_", a spokesman
            name, extra, short = phx.company_names(toks)
            if name is None:
                continue
            if re.search(r"\b(Bank|Bancorp|Bancshares|Banco|Banca|Banque)\b", name):
                kind = "bank"
        else:
            if len(toks) == 1:
                t = toks[0]
                if kind == "ngo" and (len(t) < 5 or t.lower() in lex.common
                                      or t.lower() in lex.names):
                    continue
                if kind == "international" and not phx.looks_acronym(t) \
                        and registry.find([t], ("international",)) is None:
                    continue
                name = t if (len(t) <= 6 or phx.looks_acronym(t)) else phx.word_case(t, True)
            else:
                if not keyword:
                    continue
                if toks[0].lower() in lex.first_names and not any(
                        t in ORG_WORDS for t in toks[:2]):
                    continue
                if toks[-1].rstrip(",.") in _STRIP_SUFFIX:
                    name, extra, short = phx.company_names(toks)
                    if name is None:
                        continue
                else:
                    name, extra, short = phx.pretty(toks), [], []
            if len(toks) == 1:
                extra, short = [], []
        if name in DATA_DROP_ENTRIES:
            continue
        syns = []
        for s in e["synonyms"]:
            c2 = phx.convert(s)
            if c2 is None:
                continue
            st, sa, _ = c2
            if any(t in ROLE_WORDS for t in st):
                continue
            if len(st) == 1 and phx.looks_acronym(st[0]):
                syns.append(st[0])
            elif any(t.strip("'") in ORG_WORDS for t in st) or len(st) >= 3:
                syns.append(phx.company_names(st)[0] if kind in ("company", "bank")
                            else phx.pretty(st))
                if syns[-1] is None:
                    syns.pop()
            acronyms += sa
        names = [n for n in extra + syns + acronyms if n]
        attrs = {"cameo": code}
        corporate = kind in ("company", "bank")
        single_kinds = {"company": ("company", "bank", "media"), "bank": ("bank", "company"),
                        "ngo": ("ngo",), "media": ("media", "company"),
                        "international": ("international", "court", "central bank")}[kind]
        existing = registry.find([name] + extra + short, single_kinds, corporate)
        if existing is not None:
            registry.merge(existing, name, names, "phoenix", attrs)
            continue
        if generic(name, lex):
            report.append(f"drop entry: phoenix '{name}' (generic words)")
            continue
        org = Org(name, kind, "phoenix", phx.country_of(e["codes"]))
        if hint and org.country is None:
            org.country = country_from_hint(hint, registry)
        org.attrs.update(attrs)
        org.short = list(short)
        for n in names:
            org.add_data_alias(n)
        registry.add(org)
        added += 1
    return added


def country_from_hint(hint, registry):
    return registry.country_names.get(match_key(hint))


def load_phoenix_milnonstate(shared, registry, phx, lex, report):
    path = shared / "data/petrarch/Phoenix.MilNonState.actors.txt"
    entries = Phoenix.parse(path)
    added = 0
    for e in entries:
        if not e["codes"]:
            continue
        conv = phx.convert(e["phrase"])
        if conv is None:
            continue
        toks, acronyms, hint = conv
        if any(t in ROLE_WORDS for t in toks):
            continue
        keyword = any(t.strip("'") in ORG_WORDS for t in toks)
        late = e["phrase"].rstrip().endswith("__")  # the IMG block: people and groups
        if late and not keyword:
            continue
        if len(toks) == 1 and not (phx.single_word_ok(phx.word_case(toks[0], True))
                                   or phx.looks_acronym(toks[0])):
            continue
        if not keyword and len(toks) in (2, 3) and toks[0].lower() in lex.first_names:
            continue
        name = phx.pretty(toks)
        if name in DATA_DROP_ENTRIES:
            report.append(f"drop entry: phoenix '{name}' (DATA_DROP_ENTRIES)")
            continue
        syns = []
        for s in e["synonyms"]:
            c2 = phx.convert(s)
            if c2 is None:
                continue
            st, sa, _ = c2
            acronyms += sa
            if any(t in ROLE_WORDS for t in st):
                continue
            if len(st) == 1 and phx.looks_acronym(st[0]):
                syns.append(st[0])
            elif any(t.strip("'") in ORG_WORDS for t in st):
                syns.append(phx.pretty(st))
        country = phx.country_of(e["codes"])
        names = syns + acronyms
        attrs = {"cameo": e["codes"][0].split()[0] if e["codes"][0].split() else ""}
        existing = registry.find([name] + acronyms, ("armed group", "party"))
        if hint and existing is None:
            hinted = country_from_hint(hint, registry)
            if hinted:
                country = hinted
                name = f"{name} ({registry.country_label[hinted]})"
                existing = registry.find([name], ("armed group", "party"))
        if existing is not None:
            registry.merge(existing, name, names, "phoenix", attrs)
            continue
        if generic(name, lex, armed=True):
            report.append(f"drop entry: phoenix '{name}' (generic words)")
            continue
        org = Org(name, "armed group", "phoenix", country)
        org.attrs.update(attrs)
        for n in names:
            org.add_data_alias(n)
        registry.add(org)
        added += 1
    return added


# ===========================================================================
# Precision: alias checks and conflicts
# ===========================================================================

def risky(alias, lex):
    """Why a curated alias needs a RISKY_KEPT entry, or None."""
    if " " in alias.strip():
        return None
    if is_acronym(alias):
        if re.search(r"[0-9&./]", alias):
            return None  # 'U.N.', 'P&G', 'M23', 'RFE/RL': not a word in any case
        low = ascii_fold(alias).lower()
        if len(low) <= 2:
            return "acronym of two letters"
        if lex.lower_count[low] >= 5 or low in EXTRA_COMMON:
            return f"acronym spelling the common word '{low}'"
        return None
    low = ascii_fold(alias).lower()
    if low in lex.common:
        return f"'{low}' is a common English word"
    return None


def data_alias_ok(alias, lex):
    """Whether an alias from a data source is precise enough to keep (reason if not)."""
    a = alias.strip()
    if match_key(a) in {match_key(x) for x in DATA_DROP_ALIASES}:
        return "DATA_DROP_ALIASES"
    words = [w.lower().strip(",.") for w in a.split()]
    if all(w in MONTHS or re.fullmatch(r"\d+(st|nd|rd|th)?", w) or w in ("of", "the")
           for w in words):
        return "a date or a number"  # "21 June", "17 November"
    if len(a) < 3:
        return "shorter than three characters"
    if re.search(r"[\t|()\[\]{}<>/]", a):
        return "brackets or separators"
    if a.lower().startswith("the "):
        return "starts with 'the'"
    if " " not in a:
        if is_acronym(a):
            letters = sum(c.isalpha() for c in a)
            low = re.sub(r"[^a-z]", "", ascii_fold(a).lower())
            if letters < 3:
                return "acronym of two letters"
            if lex.lower_count[low] >= 5 or low in EXTRA_COMMON:
                return "acronym spelling a common word"
            return None
        low = ascii_fold(a).lower()
        if len(low) < 4:
            return "one short word"
        if low in lex.common:
            return "common word"
        if low in lex.names:
            return "a person's or place's name"
        return None
    if generic(a, lex):
        return "generic words"
    return None


def variants(name):
    """Automatic spelling variants of a name (kept only if they conflict with nothing)."""
    out = []
    plain = ascii_fold(name)
    if plain != name:
        out.append(plain)
    if " " in name:
        for a, b in (("Organisation", "Organization"), ("Organization", "Organisation"),
                     ("Programme", "Program")):
            if a in name:
                out.append(name.replace(a, b))
        if name.startswith("United Nations ") and len(name) > 15:
            out.append("UN " + name[15:])
            out.append("U.N. " + name[15:])
        elif name.startswith("UN ") and not name.startswith("UN Women"):
            out.append("U.N. " + name[3:])
    return out


def resolve_conflicts(registry, external, lex, report):
    """Enforce: no alias of two organizations (unless SHARED_OK), none equal to a
    country, city, region or person name, every curated alias checked."""
    orgs = registry.orgs
    shared_ok = {match_key(k) for k in SHARED_OK}
    external_ok = {match_key(k) for k in EXTERNAL_OK}
    errors = []

    # 1. Data aliases: precision filter, automatic variants.
    for org in orgs:
        kept = []
        for a in org.data_aliases:
            why = data_alias_ok(a, lex)
            if why is None:
                kept.append(a)
            else:
                report.append(f"drop alias: '{a}' of '{org.name}' ({why})")
        org.data_aliases = kept
        for n in list(org.all_names()):
            for v in variants(n):
                if data_alias_ok(v, lex) is None:
                    org.add_data_alias(v)

    # 1b. A data entry whose own name fails the checks takes a longer alias
    #     as its name, or is left out.
    for org in orgs:
        if org.curated:
            continue
        why = data_alias_ok(org.name, lex)
        if why is None or why == "DATA_DROP_ALIASES":
            continue
        m = re.fullmatch(r"(.+) \((.+)\)", org.name)
        if m and m.group(2) in registry.country_label.values():
            continue  # "Direct Action (Greece)": qualified by its country on purpose
        candidates = [a for a in org.data_aliases if " " in a and data_alias_ok(a, lex) is None]
        if candidates:
            old = org.name
            org.name = max(candidates, key=lambda x: (len(x), x))
            org.data_aliases.remove(org.name)
            report.append(f"rename: '{old}' -> '{org.name}' ({why})")
        else:
            report.append(f"drop entry: '{org.name}' ({why})")
            org.dropped = True
    orgs[:] = [o for o in orgs if not getattr(o, "dropped", False)]

    # 2. Curated aliases: the risk check.
    for org in orgs:
        if not org.curated:
            continue
        for a in [org.name] + org.aliases:
            why = risky(a, lex)
            if why and a not in RISKY_KEPT:
                errors.append(f"curated alias '{a}' of '{org.name}' is risky ({why}); drop it, "
                              f"move it to the short column, or list it in RISKY_KEPT with a reason")

    # 3. Conflicts, repeated until stable (a renamed entry may collide again).
    for _ in range(5):
        claims = defaultdict(list)
        for org in orgs:
            claims[match_key(org.name)].append((org, org.name, "name"))
            for a in org.aliases:
                claims[match_key(a)].append((org, a, "curated"))
            for a in org.data_aliases:
                claims[match_key(a)].append((org, a, "data"))
        changed = False
        lost_name = set()
        for key in sorted(claims):
            cl = claims[key]
            strong = [(o, a, c) for o, a, c in cl if o.curated and c in ("name", "curated")]
            if key in external:
                for o, a, c in cl:
                    if (o, a, c) in strong and key in external_ok:
                        continue
                    if (o, a, c) in strong:
                        errors.append(f"curated alias '{a}' of '{o.name}' equals a name of "
                                      f"{external[key]}")
                    elif c == "name":
                        lost_name.add(o)
                    else:
                        o.data_aliases.remove(a)
                        changed = True
                        report.append(f"drop alias: '{a}' of '{o.name}' (name of {external[key]})")
                continue
            owners = {id(o) for o, _, _ in cl}
            if len(owners) < 2:
                continue
            strong_owners = {id(o) for o, _, _ in strong}
            if len(strong_owners) > 1 and key not in shared_ok:
                names = sorted({o.name for o, _, _ in strong})
                errors.append(f"curated alias '{strong[0][1]}' is claimed by {names}; "
                              f"keep it on one, or list it in SHARED_OK")
            if strong_owners:
                weak = [(o, a, c) for o, a, c in cl if id(o) not in strong_owners]
            else:
                named = [(o, a, c) for o, a, c in cl if c == "name"]
                if named:
                    winner = named[0][0]  # first registered: supraverden before Phoenix
                    weak = [(o, a, c) for o, a, c in cl if o is not winner]
                else:
                    weak = cl
            for o, a, c in weak:
                if c == "name":
                    lost_name.add(o)
                elif c == "data" and a in o.data_aliases:
                    o.data_aliases.remove(a)
                    changed = True
                    report.append(f"drop alias: '{a}' of '{o.name}' (shared with another "
                                  f"organization)")
        for o in sorted(lost_name, key=lambda x: x.name):
            if o.curated:
                continue
            changed = True
            old = o.name
            label = registry.country_label.get(o.country) if o.country else None
            candidates = [a for a in o.data_aliases if " " in a and not is_acronym(a)]
            if candidates and (is_acronym(old) or not label):
                o.name = max(candidates, key=lambda x: (len(x), x))
                o.data_aliases.remove(o.name)
            elif label and f"({label})" not in old:
                o.name = f"{old} ({label})"
            else:
                report.append(f"drop entry: '{old}' (its name belongs to another entity)")
                o.dropped = True
                continue
            report.append(f"rename: '{old}' -> '{o.name}' (name taken)")
        orgs[:] = [o for o in orgs if not getattr(o, "dropped", False)]
        if not changed:
            break
    else:
        errors.append("alias conflicts did not settle after 5 rounds")

    # 4. Short forms: never another organization's name or a place or person.
    names_now = defaultdict(set)
    for org in orgs:
        for n in org.all_names():
            names_now[match_key(n)].add(org.name)
    for org in orgs:
        if not org.curated:
            org.short = [s for s in org.short if match_key(s) not in external
                         and not (names_now.get(match_key(s), set()) - {org.name})]
            continue
        kept = []
        for s in org.short:
            key = match_key(s)
            if key in external:
                # A place or person generated later took the name (e.g. a new
                # city): the place keeps it, the short form goes, with a note.
                print(f"organizations.py: note: dropped short form '{s}' of '{org.name}': "
                      f"it is a name of {external[key]}", file=sys.stderr)
                continue
            kept.append(s)
        org.short = kept
        for s in org.short:
            key = match_key(s)
            others = names_now.get(key, set()) - {org.name}
            if others and key not in shared_ok:
                errors.append(f"short form '{s}' of '{org.name}' is a name of {sorted(others)}")

    # 5. Within one organization, keep one spelling per matcher key: the one
    #    with the fewest capitals covers the others ("Nato" matches "NATO").
    for org in orgs:
        best = {}
        for a in org.aliases + org.data_aliases:
            k = match_key(a)
            best.setdefault(k, []).append(a)
        name_key = match_key(org.name)

        curated_keys = {match_key(a) for a in [org.name] + org.aliases} if org.curated else set()

        def keep(a, pool):
            k = match_key(a)
            if k == name_key and capitals(org.name) <= capitals(a):
                return False
            return not any(b != a and capitals(b) <= capitals(a) and
                           (capitals(b) < capitals(a) or b < a) for b in pool if match_key(b) == k)
        org.aliases = [a for a in org.aliases if keep(a, org.aliases)]
        org.data_aliases = [a for a in org.data_aliases if match_key(a) not in curated_keys
                            and keep(a, org.data_aliases + org.aliases)]
    if errors:
        raise CheckError("\n".join(sorted(set(errors))))


# ===========================================================================
# Output
# ===========================================================================

def assign_ids(orgs):
    seen = {}
    errors = []
    for org in sorted(orgs, key=lambda o: (not o.curated, o.source != "supraverden", o.name)):
        base = org.fixed_id or "organization:" + slug(org.name)
        oid = base
        if oid in seen:
            if org.curated:
                errors.append(f"id {oid} of '{org.name}' is also the id of '{seen[oid].name}'")
            n = 2
            while oid in seen:
                suffix = org.country.lower() if org.country and n == 2 else str(n)
                oid = f"{base}-{suffix}"
                n += 1
        seen[oid] = org
        org.id = oid
    missing = [i for i in LEGACY_IDS if i not in seen]
    if missing:
        errors.append(f"legacy ids lost: {missing}")
    if errors:
        raise CheckError("\n".join(errors))
    return seen


def check_references(orgs, by_id, country_codes):
    errors = []
    for org in orgs:
        if org.kind not in KINDS:
            errors.append(f"'{org.name}': unknown kind {org.kind}")
        if org.country and org.country not in country_codes:
            if org.curated:
                errors.append(f"'{org.name}': country {org.country} is not in countries.tsv")
            else:
                org.country = None
        if org.parent and org.parent not in by_id:
            if org.curated:
                errors.append(f"'{org.name}': parent {org.parent} is not an organization here")
            else:
                org.parent = None
        if org.parent == org.id:
            org.parent = None
        for value in [org.name] + org.aliases + org.data_aliases + org.short:
            if not value.strip() or re.search(r"[\t\n\r|]", value) or len(value.encode()) > 500:
                errors.append(f"'{org.name}': bad value {value!r}")
    if errors:
        raise CheckError("\n".join(errors))


def sha256(path):
    return hashlib.sha256(read_bytes(path)).hexdigest()


def render(orgs, inputs, stats):
    counts = Counter(o.kind for o in orgs)
    by_source = Counter()
    for o in orgs:
        for s in o.sources:
            by_source[s] += 1
    lines = [
        "# nergraph gazetteer: organizations (type organization).",
        f"# Generated by {SCRIPT_NAME}; do not edit by hand. Put hand additions and",
        "# corrections in the curated tables of that script and re-run it.",
        "#",
        "# Sources and licences:",
        "#   supraverden (https://github.com/confirmordeny/supraverden), general_list.yaml:",
        "#   international organisations, their names and acronyms. Copyright (c) Confirmordeny",
        "#   2025-2026, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).",
        "#   Because this list is derived from it, the share-alike term applies: this file",
        "#   (or a database derived from it) is distributed under CC BY-SA 4.0 too.",
        "#   Open Event Data PETRARCH-2 dictionaries (Phoenix.International.actors.txt,",
        "#   Phoenix.MilNonState.actors.txt; Computational Event Data System Project, START",
        "#   TOPS): IGOs, NGOs, companies, armed groups. Copyright (c) 2014 Open Event Data, MIT.",
        "#   Hand-curated facts (names, aliases, countries, kinds) in the tables of the script.",
        "#   Common-word and person/place-name lists used to reject risky aliases were computed",
        "#   from the BBC News and CoNLL-2003 corpora, GeoNames cities15000 (CC BY 4.0) and",
        "#   Phoenix.Countries.actors.txt; no text of theirs is in this file.",
        "# Input files (sha256):",
    ]
    for label, path in inputs:
        lines.append(f"#   {label}: {sha256(path)}")
    lines += [
        "#",
        "# Counts: " + f"{len(orgs)} organizations ("
        + ", ".join(f"{k} {counts[k]}" for k in KINDS if counts[k]) + ")",
        "#   by source (an organization may come from several): "
        + ", ".join(f"{k} {by_source[k]}" for k in ("curated", "supraverden", "phoenix")),
        "#",
        "# Columns: see docs/gazetteer-format.md. id is organization:<lowercase ASCII slug of",
        "# the name> (a few legacy ids of the starter list are kept). kind is one of:",
        "#   " + ", ".join(KINDS) + ".",
        "# country is the ISO alpha-3 code of countries.tsv for an organization of one",
        "# country; parent is the organization this one belongs to (EU and UN bodies,",
        "# military branches). attrs: source=curated|supraverden|phoenix (comma-separated),",
        "# wikidata=<Q-code> (from supraverden), cameo=<CAMEO actor code> (from Phoenix).",
        "#",
        "# Precision rules (the matcher finds every alias anywhere in a text):",
        "#   1. No name or alias equals a name, alias or demonym of a country, city, region or",
        "#      person in countries.tsv, cities.tsv, regions.tsv, people.tsv (compared ignoring",
        "#      case): the other entity keeps it.",
        "#   2. No alias belongs to two organizations, except names listed in the script's",
        "#      SHARED_OK table, which depend on the article's country (Senate, Supreme Court,",
        "#      National Assembly, Congress, PPP, PTI ...); nergraph settles them per article.",
        "#   3. No one-word alias is a common English word (a word seen in lowercase in the",
        "#      news corpora) or a person's or place's name, and no acronym has two letters or",
        "#      spells a common word ('SHARE', 'ERA'), except curated ones listed in RISKY_KEPT",
        "#      with a reason (UN, EU, AU, AP, BP, RT, VW, WHO, ICE, Fed, Labour, Apple, Shell).",
        "#      Names with a second sense in news (Amazon, Security Council, Treasury, IRA, CCTV)",
        "#      are short forms: they name the organization only after its full name in the article.",
        "#   4. Acronyms are written in capitals, so 'UN' never matches 'un'; a lowercase letter",
        "#      in an alias also matches a capital ('Russian army' matches 'Russian Army').",
        "#   5. Data-source aliases that are generic ('Popular Resistance'), start with 'the',",
        "#      or hold brackets are dropped; so are Phoenix entries that are people, roles or",
        "#      descriptions ('UN staff'), and companies below a $5 billion market value.",
        "#   6. 'Amazon' alone is a short form of Amazon.com: in news it is also the rainforest",
        "#      and the river (regions.tsv); 'Amazon.com', 'AWS' name the company anywhere.",
        "id\ttype\tname\taliases\tshort\tcountry\tparent\tkind\tattrs",
    ]
    for org in sorted(orgs, key=lambda o: o.id):
        aliases = org.aliases + sorted(org.data_aliases, key=lambda a: (a.lower(), a))
        attrs = dict(org.attrs)
        attrs["source"] = ",".join(s for s in ("curated", "supraverden", "phoenix")
                                   if s in org.sources)
        attr_text = ";".join(f"{k}={attrs[k]}" for k in sorted(attrs) if attrs[k])
        cols = [org.id, "organization", org.name, "|".join(aliases), "|".join(org.short),
                org.country or "", org.parent or "", org.kind, attr_text]
        lines.append("\t".join(c.replace("\t", " ") for c in cols).rstrip("\t"))
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared",
                    help="the shared data folder (default: ../shared next to the repository)")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "gazetteers/organizations.tsv",
                    help="output file (default: gazetteers/organizations.tsv)")
    ap.add_argument("--report", action="store_true",
                    help="list merges, dropped aliases and dropped entries on stderr")
    args = ap.parse_args(argv)
    report = []
    try:
        shared = args.shared
        gaz = REPO_ROOT / "gazetteers"
        required = [
            shared / "data/orgs/general_list.yaml",
            shared / "data/petrarch/Phoenix.International.actors.txt",
            shared / "data/petrarch/Phoenix.MilNonState.actors.txt",
            shared / "data/petrarch/Phoenix.Countries.actors.txt",
            shared / "data/conll2003/eng.train",
            shared / "data/geonames/cities15000.txt",
            gaz / "countries.tsv", gaz / "cities.tsv", gaz / "regions.tsv", gaz / "people.tsv",
        ]
        missing = [str(p) for p in required if not p.is_file()]
        if not (shared / "data/news/bbc/bbc").is_dir():
            missing.append(str(shared / "data/news/bbc/bbc"))
        if missing:
            raise InputError("missing input(s):\n  " + "\n  ".join(missing)
                             + "\n(use --shared DIR to point at the shared data folder)")
        country_codes = read_country_codes(gaz / "countries.tsv")
        external = {}
        for f in ("countries.tsv", "cities.tsv", "regions.tsv", "people.tsv"):
            for k, v in read_tsv_names(gaz / f).items():
                external.setdefault(k, v)
        lex = Lexicon(shared)
        registry = Registry(report)
        # English names of countries, for Phoenix's "(COLOMBIA)" hints and for
        # disambiguating names: "People's Revolutionary Army (Colombia)".
        registry.country_names = {}
        registry.country_label = {}
        for line in decode_lenient(read_bytes(gaz / "countries.tsv")).split("\n"):
            cols = line.split("\t")
            if line.startswith("country:") and len(cols) > 3:
                code = cols[0].split(":", 1)[1]
                registry.country_label[code] = cols[2]
                for n in [cols[2]] + cols[3].split("|"):
                    if n:
                        registry.country_names.setdefault(match_key(n), code)
        for org in parse_curated(report):
            registry.add(org)
        n_supra = load_supraverden(shared, registry, report)
        phx = Phoenix(lex, country_codes, registry.country_names)
        phx.place_words = {w for k in external for w in k.split() if w.isalpha()}
        n_intl = load_phoenix_international(shared, registry, phx, lex, report)
        n_mil = load_phoenix_milnonstate(shared, registry, phx, lex, report)
        resolve_conflicts(registry, external, lex, report)
        orgs = registry.orgs
        by_id = assign_ids(orgs)
        check_references(orgs, by_id, country_codes)
        inputs = [
            ("general_list.yaml", shared / "data/orgs/general_list.yaml"),
            ("Phoenix.International.actors.txt",
             shared / "data/petrarch/Phoenix.International.actors.txt"),
            ("Phoenix.MilNonState.actors.txt",
             shared / "data/petrarch/Phoenix.MilNonState.actors.txt"),
            ("countries.tsv", gaz / "countries.tsv"),
            ("cities.tsv", gaz / "cities.tsv"),
            ("regions.tsv", gaz / "regions.tsv"),
            ("people.tsv", gaz / "people.tsv"),
        ]
        text = render(orgs, inputs, None)
    except InputError as e:
        print(f"{SCRIPT_NAME}: error: {e}", file=sys.stderr)
        return 2
    except CheckError as e:
        print(f"{SCRIPT_NAME}: check failed:\n{e}", file=sys.stderr)
        return 1
    if args.report:
        for line in report:
            print(line, file=sys.stderr)
        used = {match_key(a) for o in orgs for a in o.aliases + [o.name]}
        for k in sorted(RISKY_KEPT):
            if match_key(k) not in used:
                print(f"note: RISKY_KEPT '{k}' is not a curated alias (short form or unused)",
                      file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    counts = Counter(o.kind for o in orgs)
    print(f"{SCRIPT_NAME}: wrote {args.out} ({len(orgs)} organizations: "
          + ", ".join(f"{k} {counts[k]}" for k in KINDS if counts[k]) + f"; read {n_supra} "
          f"supraverden records, added {n_intl} + {n_mil} Phoenix entries)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
